import { dayNumber, isoFromDayNumber } from '../model/calendar.js';
import { periodEnd } from '../model/periods.js';
import type { TimeDimension } from '../model/report.js';
import { periodKey } from './group-key.js';

export interface PeriodDays {
  period: string;
  days: number;
}

/**
 * The periods an inclusive date range covers and how many of its days fall in each. A row that
 * covers a range is spread evenly over its days (METRICS.md *Time*): shares by day count. The walk
 * steps a period at a time, so a range of decades costs its periods, not its days.
 */
export function periodDays(start: string, end: string, dimension: TimeDimension): PeriodDays[] {
  const last = dayNumber(end);
  const result: PeriodDays[] = [];
  for (let day = dayNumber(start); day <= last; ) {
    const period = periodKey(dimension, isoFromDayNumber(day));
    const through = Math.min(dayNumber(periodEnd(dimension, period)), last);
    result.push({ period, days: through - day + 1 });
    day = through + 1;
  }
  return result;
}
