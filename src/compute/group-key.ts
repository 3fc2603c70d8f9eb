import { isoWeekKey, monthKey, quarterKey } from '../model/calendar.js';
import type { Dimension, GroupKey, TimeDimension } from '../model/report.js';

/** `--by campaign` always carries its channel: a campaign name is only unique within a platform. */
export function normalizeGroupBy(requested: readonly Dimension[]): Dimension[] {
  const dims = new Set(requested);
  if (dims.has('campaign')) dims.add('channel');
  const order: Dimension[] = ['channel', 'campaign', 'month', 'week', 'quarter'];
  return order.filter((d) => dims.has(d));
}

export function timeDimensionOf(groupBy: readonly Dimension[]): TimeDimension | null {
  return (groupBy.find((d) => d === 'month' || d === 'week' || d === 'quarter') as TimeDimension | undefined) ?? null;
}

const PERIOD_KEY: Record<TimeDimension, (iso: string) => string> = {
  month: monthKey,
  week: isoWeekKey,
  quarter: quarterKey,
};

export function periodKey(dimension: TimeDimension, iso: string): string {
  return PERIOD_KEY[dimension](iso);
}

export interface CellCoordinates {
  channel: string;
  campaign: string | null;
  period: string | null;
}

/** The group a cell falls in: only the requested dimensions, in their canonical order. */
export function groupKeyOf(cell: CellCoordinates, groupBy: readonly Dimension[], time: TimeDimension | null): GroupKey {
  const key: GroupKey = {};
  for (const dim of groupBy) {
    if (dim === 'channel') key.channel = cell.channel;
    else if (dim === 'campaign') key.campaign = cell.campaign ?? '';
    else if (dim === time && cell.period !== null) key[dim] = cell.period;
  }
  return key;
}

export function serializeKey(key: GroupKey): string {
  return JSON.stringify(key);
}

/** Groups are sorted by key, dimension by dimension (METRICS.md). */
export function compareKeys(a: GroupKey, b: GroupKey, groupBy: readonly Dimension[]): number {
  for (const dim of groupBy) {
    const x = a[dim] ?? '';
    const y = b[dim] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
