import type { IngestedData } from '../model/ingested.js';
import { emptySums } from '../model/metrics.js';
import type { TimeDimension } from '../model/report.js';
import type { Cell } from './cells.js';
import { fillGrid } from './fill-grid.js';
import type { GroupSums } from './hard-roi.js';

/** One period of one channel (or of everything): its exact sums. */
export interface PeriodSums extends GroupSums {
  period: string;
}

/**
 * Each channel's periods in calendar order, at a unit that may differ from the report's `--by`
 * (carryover decays per week or month; fatigue reads months unless the report is weekly).
 */
export function seriesByChannel(data: IngestedData, unit: TimeDimension): Map<string, PeriodSums[]> {
  const { cells } = fillGrid(data, ['channel', unit]);
  const byChannel = new Map<string, Cell[]>();
  for (const cell of cells) {
    const list = byChannel.get(cell.channel) ?? [];
    list.push(cell);
    byChannel.set(cell.channel, list);
  }
  return new Map([...byChannel].map(([channel, list]) => [channel, periodsOf(list)]));
}

/** Cells added up per period, in calendar order (period keys sort as their dates do). */
export function periodsOf(cells: readonly Cell[]): PeriodSums[] {
  const periods = new Map<string, PeriodSums>();
  for (const cell of cells) {
    const period = cell.period ?? '';
    const sums = periods.get(period) ?? { period, sums: emptySums(), presence: 0, otherCosts: 0, conversionsWithoutRevenue: 0 };
    addInto(sums, cell);
    periods.set(period, sums);
  }
  return [...periods.values()].sort((a, b) => (a.period < b.period ? -1 : 1));
}

export function addInto(total: GroupSums, part: GroupSums): void {
  for (let i = 0; i < total.sums.length; i++) total.sums[i]! += part.sums[i]!;
  total.presence |= part.presence;
  total.otherCosts += part.otherCosts;
  total.conversionsWithoutRevenue += part.conversionsWithoutRevenue;
}
