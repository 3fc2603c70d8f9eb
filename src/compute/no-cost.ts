import { METRIC_INDEX } from '../model/metrics.js';
import { type Problem, warning } from '../model/problem.js';
import type { Cell } from './cells.js';

/**
 * `no-cost`: a channel with activity in the files but no cost at all, neither media spend nor a
 * ledger line. Organic work is not free: its ROI cannot be computed until the team's time or tools
 * are in the ledger.
 */
export function noCostWarnings(cells: readonly Cell[]): Problem[] {
  const channels = new Map<string, { cost: number; active: boolean }>();
  for (const cell of cells) {
    if (cell.channel === 'all') continue;
    const seen = channels.get(cell.channel) ?? { cost: 0, active: false };
    seen.cost += cell.sums[METRIC_INDEX.spend]! + cell.otherCosts;
    seen.active ||= cell.sums.some((value) => value !== 0);
    channels.set(cell.channel, seen);
  }
  return [...channels]
    .filter(([, seen]) => seen.active && seen.cost === 0)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([channel]) => warning('no-cost', { channel }));
}
