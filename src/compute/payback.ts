import { UNITS_PER_ONE, roundDiv, unitsToMoney } from '../model/exact.js';
import { shiftPeriod } from '../model/periods.js';
import type { Payback, TimeDimension } from '../model/report.js';
import type { ExactMoney } from './hard-roi.js';

/** How many recent periods the trend is taken from. */
export const TREND_PERIODS = 3;

const SCALE = BigInt(UNITS_PER_ONE);

export interface PeriodMoney extends ExactMoney {
  period: string;
}

/**
 * Break-even (METRICS.md `payback`): the first period whose cumulative value reaches cumulative
 * cost; if none has, the period it would be reached in if the mean net value (value − cost) of the
 * last periods held. A trend read from n periods is not stretched further than 2n periods ahead,
 * and a flat or falling one projects nothing.
 */
export function payback(points: readonly PeriodMoney[], dimension: TimeDimension): Payback {
  let cost = 0n;
  let value = 0n;
  for (const point of points) {
    cost += point.cost;
    value += point.value;
    if (cost > 0n && value >= cost) return { reached: point.period, projected: null, method: 'reached', periodsUsed: [], netPerPeriod: null, gap: null };
  }
  const notProjected = (why: string, extra: Partial<Payback> = {}): Payback => ({
    reached: null,
    projected: null,
    method: `not-projected:${why}`,
    periodsUsed: [],
    netPerPeriod: null,
    gap: null,
    ...extra,
  });
  if (cost === 0n) return notProjected('no-cost');
  const gapExact = cost - value;
  const gap = toMoney(gapExact, 1n);
  if (points.length < 2) return notProjected('too-few-periods', { gap });
  const recent = points.slice(-TREND_PERIODS);
  const net = recent.reduce((sum, p) => sum + p.value - p.cost, 0n);
  const periodsUsed = recent.map((p) => p.period);
  const count = BigInt(recent.length);
  const basis = { periodsUsed, netPerPeriod: toMoney(net, count), gap };
  if (net <= 0n) return notProjected('no-upward-trend', basis);
  // Periods needed: the gap over the mean net, rounded up (gap × count / net, in whole periods).
  const steps = (gapExact * count + net - 1n) / net;
  if (steps > BigInt(2 * points.length)) return notProjected('beyond-horizon', basis);
  const last = points[points.length - 1]!.period;
  return { reached: null, projected: shiftPeriod(dimension, last, Number(steps)), method: 'recent-mean-net', ...basis };
}

function toMoney(unitsSquared: bigint, divisor: bigint): number {
  return unitsToMoney(roundDiv(unitsSquared, SCALE * divisor));
}
