import { dayNumber, daysInMonth, formatIso, isoFromDayNumber, isoWeekKey } from './calendar.js';
import type { TimeDimension } from './report.js';

/**
 * Period keys (`2026-09`, `2026-W36`, `2026-Q3`) as calendar spans, and stepping from one to the
 * next: what cumulative curves, projections and "the last N periods" need.
 */
export function periodStart(dimension: TimeDimension, key: string): string {
  const year = Number(key.slice(0, 4));
  if (dimension === 'month') return formatIso(year, Number(key.slice(5, 7)), 1);
  if (dimension === 'quarter') return formatIso(year, (Number(key.slice(6)) - 1) * 3 + 1, 1);
  return isoFromDayNumber(mondayOfWeekOne(year) + (Number(key.slice(6)) - 1) * 7);
}

export function periodEnd(dimension: TimeDimension, key: string): string {
  return isoFromDayNumber(dayNumber(periodStart(dimension, shiftPeriod(dimension, key, 1))) - 1);
}

/** The key `steps` periods later (earlier when negative). */
export function shiftPeriod(dimension: TimeDimension, key: string, steps: number): string {
  const year = Number(key.slice(0, 4));
  if (dimension === 'week') return isoWeekKey(isoFromDayNumber(dayNumber(periodStart('week', key)) + steps * 7));
  const perYear = dimension === 'month' ? 12 : 4;
  const index = year * perYear + Number(key.slice(dimension === 'month' ? 5 : 6)) - 1 + steps;
  const nextYear = Math.floor(index / perYear);
  const number = (index % perYear) + 1;
  return dimension === 'month'
    ? `${String(nextYear).padStart(4, '0')}-${String(number).padStart(2, '0')}`
    : `${String(nextYear).padStart(4, '0')}-Q${number}`;
}

/** Whole days in a period: the weights of a per-unit decay brought to another unit. */
export function periodLength(dimension: TimeDimension, key: string): number {
  if (dimension === 'week') return 7;
  if (dimension === 'month') return daysInMonth(Number(key.slice(0, 4)), Number(key.slice(5, 7)));
  return dayNumber(periodEnd('quarter', key)) - dayNumber(periodStart('quarter', key)) + 1;
}

/** ISO week 1 is the week holding January 4th. */
function mondayOfWeekOne(year: number): number {
  const january4 = dayNumber(formatIso(year, 1, 4));
  const weekday = (((january4 + 3) % 7) + 7) % 7;
  return january4 - weekday;
}
