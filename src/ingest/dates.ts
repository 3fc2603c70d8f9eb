/**
 * Reads the dates of an export as calendar dates, exactly as written: a time part is ignored and
 * never converted between zones, because the platforms already report in the account's zone.
 *
 * `9/10/2026` cannot be read alone: whether the first number is the month or the day is decided
 * once per column (decideDateOrder), from all its values, and then applied to each (parseDate).
 */
import { formatIso, isValidDate } from '../model/calendar.js';

export type DateOrder = 'ymd' | 'mdy' | 'dmy';

interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * The shape of a cell. `iso` and `text` name their parts (not yet checked against the calendar);
 * `numeric` holds the two leading numbers, whose order is the column's to decide.
 */
export type DateShape =
  | ({ readonly kind: 'iso' } & DateParts)
  | ({ readonly kind: 'text' } & DateParts)
  | { readonly kind: 'numeric'; readonly first: number; readonly second: number; readonly year: number }
  | { readonly kind: 'none' };

/** `ok: false` is a column that proves both orders: `mdyWitness` is month-first only, `dmyWitness` day-first only. */
export type DateOrderDecision =
  | { readonly ok: true; readonly order: DateOrder; readonly ambiguous: boolean }
  | { readonly ok: false; readonly conflict: true; readonly mdyWitness: string; readonly dmyWitness: string };

export interface DateRange {
  readonly start: string;
  readonly end: string;
}

const NOT_A_DATE: DateShape = Object.freeze({ kind: 'none' });

const MONTHS: ReadonlyMap<string, number> = new Map([
  ...monthNames(1, 'january', 'jan', 'janvier', 'janv'),
  ...monthNames(2, 'february', 'feb', 'février', 'fevrier', 'févr', 'fevr', 'fév', 'fev'),
  ...monthNames(3, 'march', 'mar', 'mars'),
  ...monthNames(4, 'april', 'apr', 'avril', 'avr'),
  ...monthNames(5, 'may', 'mai'),
  ...monthNames(6, 'june', 'jun', 'juin'),
  ...monthNames(7, 'july', 'jul', 'juillet', 'juil'),
  ...monthNames(8, 'august', 'aug', 'août', 'aout'),
  ...monthNames(9, 'september', 'sep', 'sept', 'septembre'),
  ...monthNames(10, 'october', 'oct', 'octobre'),
  ...monthNames(11, 'november', 'nov', 'novembre'),
  ...monthNames(12, 'december', 'dec', 'décembre', 'decembre', 'déc'),
]);

const WEEKDAYS: ReadonlySet<string> = new Set([
  ...['monday', 'mon', 'tuesday', 'tue', 'tues', 'wednesday', 'wed', 'thursday', 'thu', 'thur', 'thurs'],
  ...['friday', 'fri', 'saturday', 'sat', 'sunday', 'sun'],
  ...['lundi', 'lun', 'mardi', 'mar', 'mercredi', 'mer', 'jeudi', 'jeu', 'vendredi', 'ven', 'samedi', 'sam'],
  ...['dimanche', 'dim'],
]);

/** `1er septembre`, `September 1st`. */
const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['er', 'st', 'nd', 'rd', 'th']);

const TAB = 0x09;
const SPACE = 0x20;
const NBSP = 0xa0;
const NARROW_NBSP = 0x202f;
const DIGIT_0 = 0x30;
const COLON = 0x3a;

/** What a cell looks like as a date; the calendar check is parseDate's. */
export function classifyDate(text: string): DateShape {
  let start = 0;
  let end = text.length;
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  if (start === end) return NOT_A_DATE;
  return classifyNumeric(text, start, end) ?? classifyText(text.slice(start, end));
}

/**
 * Decides the day/month order of one column from all its values. A value that is a valid date in
 * one order only (`21/9/2026`, `9/21/2026`) proves that order; values that prove both orders are a
 * conflict. When nothing proves either, `fallback` is used, and `ambiguous` says whether that
 * choice changes any date (`1/1/2026` reads the same both ways). A column without numeric dates
 * (ISO or textual only) needs no order: it gets 'ymd'. Values that are not dates are left to
 * parseDate to report.
 */
export function decideDateOrder(values: Iterable<string>, fallback: 'mdy' | 'dmy'): DateOrderDecision {
  const seen = new Set<string>();
  let mdyWitness: string | undefined;
  let dmyWitness: string | undefined;
  let numeric = false;
  let orderMatters = false;
  for (const value of values) {
    if (seen.has(value)) continue;
    seen.add(value);
    const shape = classifyDate(value);
    if (shape.kind !== 'numeric') continue;
    numeric = true;
    const asMdy = isValidDate(shape.year, shape.first, shape.second);
    const asDmy = isValidDate(shape.year, shape.second, shape.first);
    if (asMdy && !asDmy) mdyWitness ??= value;
    else if (asDmy && !asMdy) dmyWitness ??= value;
    else if (asMdy && shape.first !== shape.second) orderMatters = true;
    if (mdyWitness !== undefined && dmyWitness !== undefined) {
      return { ok: false, conflict: true, mdyWitness, dmyWitness };
    }
  }
  if (mdyWitness !== undefined) return { ok: true, order: 'mdy', ambiguous: false };
  if (dmyWitness !== undefined) return { ok: true, order: 'dmy', ambiguous: false };
  if (!numeric) return { ok: true, order: 'ymd', ambiguous: false };
  return { ok: true, order: fallback, ambiguous: orderMatters };
}

export interface YearRange {
  first: number;
  last: number;
}

/**
 * The years a date may have. Exports, ledgers and surveys speak of the recent past and the near
 * future; `9999-12-31` is someone's "no end date", and spreading a cost over eight thousand years
 * would give every month a share of nothing. Outside these years a date is an error that says so.
 */
export const READABLE_YEARS: YearRange = { first: 1900, last: 2199 };
/** Any year of the Gregorian calendar's four digits: to tell "out of range" from "not a date". */
export const ANY_YEAR: YearRange = { first: 1, last: 9999 };

/**
 * The ISO date of a cell, or null when it is not a real calendar date within `years`. ISO and
 * textual cells are read whatever the order; numeric cells only under 'mdy' or 'dmy'.
 */
export function parseDate(text: string, order: DateOrder, years: YearRange = READABLE_YEARS): string | null {
  if (isCanonicalIso(text)) return withinYears(text, years) ? text : null;
  const shape = classifyDate(text);
  switch (shape.kind) {
    case 'iso':
    case 'text':
      return isoIfValid(shape.year, shape.month, shape.day, years);
    case 'numeric':
      if (order === 'mdy') return isoIfValid(shape.year, shape.first, shape.second, years);
      if (order === 'dmy') return isoIfValid(shape.year, shape.second, shape.first, years);
      return null;
    case 'none':
      return null;
  }
}

/**
 * A report-range line such as `September 1, 2026 - September 30, 2026` or
 * `1 sept. 2026 – 30 sept. 2026`: two ISO or textual dates around a dash with blanks on both
 * sides. A reversed range is returned as written, for the caller to report.
 */
export function parseDateRange(text: string): DateRange | null {
  const dash = rangeDash(text);
  if (dash < 0) return null;
  const start = parseDate(text.slice(0, dash), 'ymd');
  const end = parseDate(text.slice(dash + 1), 'ymd');
  return start !== null && end !== null ? { start, end } : null;
}

/** Index of the one dash that separates two dates, or -1. */
function rangeDash(text: string): number {
  let found = -1;
  for (let i = 1; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    const isDash = c === 0x2d || c === 0x2013 || c === 0x2014;
    if (isDash && isBlank(text.charCodeAt(i - 1)) && isBlank(text.charCodeAt(i + 1))) {
      if (found >= 0) return -1;
      found = i;
    }
  }
  return found;
}

/**
 * `YYYY-MM-DD`, `D/M/YY`, `MM-DD-YYYY`, `D.M.YYYY`… with one separator kind, optionally followed by
 * a time. Undefined when the cell does not start like a numeric date, so that the textual reader
 * gets its turn (`1 septembre 2026` starts with a number too).
 */
function classifyNumeric(text: string, start: number, end: number): DateShape | undefined {
  const aEnd = digitsEnd(text, start, end);
  const aLength = aEnd - start;
  const separator = text.charCodeAt(aEnd);
  if (aLength === 0 || aLength === 3 || aLength > 4 || !isDateSeparator(separator)) return undefined;
  const bEnd = digitsEnd(text, aEnd + 1, end);
  const bLength = bEnd - aEnd - 1;
  if (bLength < 1 || bLength > 2 || text.charCodeAt(bEnd) !== separator) return undefined;
  const cEnd = digitsEnd(text, bEnd + 1, end);
  const cLength = cEnd - bEnd - 1;
  if (cEnd < end && !isTimeTail(text, cEnd, end)) return undefined;
  const a = digitsValue(text, start, aEnd);
  const b = digitsValue(text, aEnd + 1, bEnd);
  const c = digitsValue(text, bEnd + 1, cEnd);
  if (aLength === 4) {
    return cLength >= 1 && cLength <= 2 ? { kind: 'iso', year: a, month: b, day: c } : undefined;
  }
  if (cLength === 4) return { kind: 'numeric', first: a, second: b, year: c };
  return cLength === 2 ? { kind: 'numeric', first: a, second: b, year: fullYear(c) } : undefined;
}

/** A time after the date (`T00:00:00`, ` 18:42 +0000`, ` 12:00 AM`): it must begin like one; the rest is ignored. */
function isTimeTail(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 0x54 && !isBlank(c)) return false;
  const hoursEnd = digitsEnd(text, i + 1, end);
  const hours = hoursEnd - i - 1;
  const minutesEnd = digitsEnd(text, hoursEnd + 1, end);
  return hours >= 1 && hours <= 2 && text.charCodeAt(hoursEnd) === COLON && minutesEnd === hoursEnd + 3;
}

type Token = string | { readonly value: number; readonly digits: number };

/**
 * `Sun, Sep 13, 2026`, `September 1, 2026`, `1er septembre 2026`, `dim. 13 sept. 2026`, with an
 * optional time after the year (`September 21, 2026, 12:00 AM`).
 */
function classifyText(text: string): DateShape {
  const tokens = tokenize(text.normalize('NFC').toLowerCase());
  if (tokens === undefined) return NOT_A_DATE;
  const parts = matchDateTokens(tokens, 0) ?? (isWeekday(tokens[0]) ? matchDateTokens(tokens, 1) : undefined);
  return parts === undefined ? NOT_A_DATE : { kind: 'text', ...parts };
}

/** Month-first (`Sep 13 2026`) or day-first (`13 sept 2026`) from `from`, then nothing or a time. */
function matchDateTokens(tokens: readonly Token[], from: number): DateParts | undefined {
  let i = from;
  let month = monthOf(tokens[i]);
  let day: Token | undefined;
  if (month !== undefined) {
    day = tokens[i + 1];
    i += 2;
    if (isOrdinalSuffix(tokens[i])) i++;
  } else {
    day = tokens[i];
    i += 1;
    if (isOrdinalSuffix(tokens[i])) i++;
    month = monthOf(tokens[i]);
    i += 1;
  }
  const year = tokens[i];
  if (month === undefined || !isNumber(day, 1, 2) || !isNumber(year, 2, 4) || year.digits === 3) return undefined;
  const rest = tokens.length - i - 1;
  if (rest !== 0 && !(rest === 2 && isNumber(tokens[i + 1], 1, 2) && tokens[i + 2] === ':')) return undefined;
  return { year: year.digits === 2 ? fullYear(year.value) : year.value, month, day: day.value };
}

/**
 * Words, numbers and a final `:` (the start of a time, after which nothing is read). Blanks, commas
 * and dots only separate tokens; any other character means the text is not a date.
 */
function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isBlank(c) || c === 0x2c || c === 0x2e) {
      i++;
    } else if (isDigit(c)) {
      const end = digitsEnd(text, i, text.length);
      tokens.push({ value: digitsValue(text, i, end), digits: end - i });
      i = end;
    } else if (isWordChar(c)) {
      const start = i;
      while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
      tokens.push(text.slice(start, i));
    } else if (c === COLON) {
      tokens.push(':');
      return tokens;
    } else {
      return undefined;
    }
  }
  return tokens;
}

function monthOf(token: Token | undefined): number | undefined {
  return typeof token === 'string' ? MONTHS.get(token) : undefined;
}

function isWeekday(token: Token | undefined): boolean {
  return typeof token === 'string' && WEEKDAYS.has(token);
}

function isOrdinalSuffix(token: Token | undefined): boolean {
  return typeof token === 'string' && ORDINAL_SUFFIXES.has(token);
}

function isNumber(
  token: Token | undefined,
  minDigits: number,
  maxDigits: number,
): token is { readonly value: number; readonly digits: number } {
  return typeof token === 'object' && token.digits >= minDigits && token.digits <= maxDigits;
}

function monthNames(month: number, ...names: string[]): [string, number][] {
  return names.map((name) => [name, month]);
}

/** Two-digit years pivot at 70: `26` is 2026, `85` is 1985. */
function fullYear(twoDigits: number): number {
  return twoDigits < 70 ? 2000 + twoDigits : 1900 + twoDigits;
}

function isoIfValid(year: number, month: number, day: number, years: YearRange): string | null {
  return isValidDate(year, month, day) && year >= years.first && year <= years.last ? formatIso(year, month, day) : null;
}

function withinYears(iso: string, years: YearRange): boolean {
  const year = digitsValue(iso, 0, 4);
  return year >= years.first && year <= years.last;
}

/** The common case, already in the output form: returned as is, without allocating. */
function isCanonicalIso(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 0x2d || text.charCodeAt(7) !== 0x2d) return false;
  if (digitsEnd(text, 0, 4) !== 4 || digitsEnd(text, 5, 7) !== 7 || digitsEnd(text, 8, 10) !== 10) return false;
  return isValidDate(digitsValue(text, 0, 4), digitsValue(text, 5, 7), digitsValue(text, 8, 10));
}

function digitsEnd(text: string, i: number, end: number): number {
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  return i;
}

function digitsValue(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + text.charCodeAt(i) - DIGIT_0;
  return value;
}

function isDateSeparator(c: number): boolean {
  return c === 0x2d || c === 0x2f || c === 0x2e;
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB || c === NBSP || c === NARROW_NBSP;
}

function isDigit(c: number): boolean {
  return c >= DIGIT_0 && c <= 0x39;
}

/** Letters of English and French words once lower-cased: a–z and the Latin-1 letters (é, û, ç…). */
function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}
