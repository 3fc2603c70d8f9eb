import { dayNumber, isoFromDayNumber } from '../model/calendar.js';

export interface PeriodDays {
  period: string;
  days: number;
}

/**
 * The periods an inclusive date range covers and how many of its days fall in each. A row that
 * covers a range is spread evenly over its days (METRICS.md *Time*): shares by day count.
 */
export function periodDays(start: string, end: string, periodOf: (iso: string) => string): PeriodDays[] {
  const first = dayNumber(start);
  const last = dayNumber(end);
  const result: PeriodDays[] = [];
  for (let day = first; day <= last; day++) {
    const period = periodOf(isoFromDayNumber(day));
    const current = result[result.length - 1];
    if (current && current.period === period) current.days++;
    else result.push({ period, days: 1 });
  }
  return result;
}
