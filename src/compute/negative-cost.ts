import { unitsToMoney } from '../model/exact.js';
import { METRIC_INDEX } from '../model/metrics.js';
import { type Problem, warning } from '../model/problem.js';
import type { Cell } from './cells.js';

/**
 * `negative-cost`: credits larger than what was spent leave a channel (or the whole report) with a
 * cost below zero. A return on a negative outlay means nothing, so its ROI is n/a; this says why.
 */
export function negativeCostWarnings(cells: readonly Cell[]): Problem[] {
  const costs = new Map<string, number>();
  for (const cell of cells) costs.set(cell.channel, (costs.get(cell.channel) ?? 0) + cell.sums[METRIC_INDEX.spend]! + cell.otherCosts);
  const total = [...costs.values()].reduce((a, b) => a + b, 0);
  const channels = [...costs].filter(([, cost]) => cost < 0).sort(([a], [b]) => (a < b ? -1 : 1));
  const warnings = channels.map(([channel, cost]) => warning('negative-cost', { channel, cost: unitsToMoney(cost) }));
  return total < 0 && !(channels.length === 1 && costs.size === 1)
    ? [...warnings, warning('negative-cost', { channel: 'total', cost: unitsToMoney(total) })]
    : warnings;
}
