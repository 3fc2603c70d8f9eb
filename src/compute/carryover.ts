import { ratio, roundDiv, UNITS_PER_ONE, unitsToMoney } from '../model/exact.js';
import type { Carryover, CarryoverFigures } from '../model/report.js';
import type { PeriodMoney } from './payback.js';

const SCALE = BigInt(UNITS_PER_ONE);

/**
 * Carryover as a geometric adstock: a period's work keeps bringing value afterwards, `decay` times
 * as much each following period (1, d, d², …: 1 / (1 − d) in all). Value seen in a period is partly
 * the echo of earlier periods, which the data already holds; what it cannot hold is the echo still
 * to come from the last period: value × d / (1 − d). Long-term value adds that on.
 *
 * The last period's value is taken as the mean of the last four weeks (or the last month): a last
 * week cut short by the end of the data, or holding a CRM's month-end total, would swing it.
 */
export function carryover(byChannel: ReadonlyMap<string, readonly PeriodMoney[]>, decay: number, unit: 'week' | 'month'): Carryover {
  const channels = [...byChannel]
    .filter(([channel]) => channel !== 'all')
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([channel, points]) => ({ channel, ...figures(points, decay, unit) }));
  const everything = [...byChannel.values()].flat();
  const cost = everything.reduce((sum, p) => sum + p.cost, 0n);
  const value = everything.reduce((sum, p) => sum + p.value, 0n);
  const pending = channels.every((c) => c.pendingValue !== null) ? channels.reduce((sum, c) => sum + c.pendingValue!, 0) : null;
  const lastPeriods = channels
    .map((c) => c.lastPeriod)
    .filter((p): p is string => p !== null)
    .sort();
  return { decay, unit, total: summary(cost, value, pending, lastPeriods.at(-1) ?? null), channels };
}

const RECENT_PERIODS = { week: 4, month: 1 } as const;

function figures(points: readonly PeriodMoney[], decay: number, unit: 'week' | 'month'): CarryoverFigures {
  const cost = points.reduce((sum, p) => sum + p.cost, 0n);
  const value = points.reduce((sum, p) => sum + p.value, 0n);
  const recent = points.slice(-RECENT_PERIODS[unit]);
  const lastValue = recent.reduce((sum, p) => sum + Number(roundDiv(p.value, SCALE)), 0) / Math.max(1, recent.length);
  // A decay of 1 never fades: its echo has no finite total.
  const pending = recent.length > 0 && decay < 1 ? unitsToMoney(Math.round((lastValue * decay) / (1 - decay))) : null;
  return summary(cost, value, pending, points.at(-1)?.period ?? null);
}

function summary(cost: bigint, value: bigint, pendingValue: number | null, lastPeriod: string | null): CarryoverFigures {
  const longTermValue = pendingValue === null ? null : unitsToMoney(roundDiv(value, SCALE)) + pendingValue;
  const longTerm = pendingValue === null ? null : value + BigInt(Math.round(pendingValue * UNITS_PER_ONE)) * SCALE;
  return {
    value: unitsToMoney(roundDiv(value, SCALE)),
    pendingValue,
    longTermValue: longTermValue === null ? null : Math.round(longTermValue * 100) / 100,
    roi: ratio(value - cost, cost),
    longTermRoi: longTerm === null ? null : ratio(longTerm - cost, cost),
    lastPeriod,
  };
}
