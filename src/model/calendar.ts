/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`) through integer day numbers: days since
 * 1970-01-01 in the proleptic Gregorian calendar. Everything is plain integer arithmetic, so no
 * time zone or daylight-saving rule of the machine running the report can shift a day.
 */

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334] as const;
const DAYS_PER_400_YEARS = 146_097;
const EPOCH_YEAR = 1970;
// 1970-01-01 was a Thursday; with Monday as 0 that is weekday 3.
const EPOCH_WEEKDAY = 3;
const FIRST_DAY = daysBeforeYear(1);
const LAST_DAY = daysBeforeYear(10_000) - 1;

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days in a month (1–12) of a year, or 0 for a month that does not exist. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  if (month === 4 || month === 6 || month === 9 || month === 11) return 30;
  return month >= 1 && month <= 12 ? 31 : 0;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1 &&
    year <= 9999 &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** `YYYY-MM-DD` from parts that are already known to be valid. */
export function formatIso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

export function dayNumber(iso: string): number {
  const { year, month, day } = isoParts(iso);
  return daysBeforeYear(year) + DAYS_BEFORE_MONTH[month - 1]! + (month > 2 && isLeapYear(year) ? 1 : 0) + day - 1;
}

export function isoFromDayNumber(n: number): string {
  if (!Number.isInteger(n) || n < FIRST_DAY || n > LAST_DAY) {
    throw new RangeError(`not a day number of years 1–9999: ${n}`);
  }
  const year = yearOfDay(n);
  let rest = n - daysBeforeYear(year);
  let month = 1;
  while (rest >= daysInMonth(year, month)) {
    rest -= daysInMonth(year, month);
    month += 1;
  }
  return formatIso(year, month, rest + 1);
}

/** `2026-09`. */
export function monthKey(iso: string): string {
  isoParts(iso);
  return iso.slice(0, 7);
}

/** `2026-Q3`. */
export function quarterKey(iso: string): string {
  const { month } = isoParts(iso);
  return `${iso.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

/**
 * ISO 8601 week, `2026-W36`. Weeks start on Monday and belong to the year that holds their
 * Thursday, so the first days of January can fall in the previous year's last week
 * (2027-01-01 is `2026-W53`) and the last days of December in the next year's first week.
 */
export function isoWeekKey(iso: string): string {
  const n = dayNumber(iso);
  const thursday = n - weekdayFromMonday(n) + 3;
  const weekYear = yearOfDay(thursday);
  const week = Math.floor((thursday - daysBeforeYear(weekYear)) / 7) + 1;
  return `${String(weekYear).padStart(4, '0')}-W${week < 10 ? '0' : ''}${week}`;
}

/** Number of days from start to end, both included; a reversed range is a caller's bug. */
export function daysInclusive(startIso: string, endIso: string): number {
  const days = dayNumber(endIso) - dayNumber(startIso) + 1;
  if (days < 1) throw new RangeError(`range ends before it starts: ${startIso} – ${endIso}`);
  return days;
}

/** Monday 0 … Sunday 6. */
function weekdayFromMonday(n: number): number {
  return (((n + EPOCH_WEEKDAY) % 7) + 7) % 7;
}

function yearOfDay(n: number): number {
  // The average Gregorian year gives a year that is at most one off; the loops correct it.
  let year = EPOCH_YEAR + Math.floor((n * 400) / DAYS_PER_400_YEARS);
  while (daysBeforeYear(year) > n) year -= 1;
  while (daysBeforeYear(year + 1) <= n) year += 1;
  return year;
}

/** Day number of January 1st of a year. */
function daysBeforeYear(year: number): number {
  return 365 * (year - EPOCH_YEAR) + leapYearsBefore(year) - leapYearsBefore(EPOCH_YEAR);
}

/** Leap years in 1 … year−1 (extended arithmetically to earlier years). */
function leapYearsBefore(year: number): number {
  const y = year - 1;
  return Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);
}

/** Reads a strict `YYYY-MM-DD`; anything else is a programming error upstream, not input data. */
function isoParts(iso: string): { year: number; month: number; day: number } {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 0x2d || iso.charCodeAt(7) !== 0x2d) {
    throw new RangeError(`not an ISO date: ${iso}`);
  }
  const year = fixedDigits(iso, 0, 4);
  const month = fixedDigits(iso, 5, 7);
  const day = fixedDigits(iso, 8, 10);
  if (!isValidDate(year, month, day)) throw new RangeError(`not an ISO date: ${iso}`);
  return { year, month, day };
}

/** Value of the digits in [from, to), or -1 if any is not a digit. */
function fixedDigits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}
