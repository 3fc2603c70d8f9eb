import { roundDiv, UNITS_PER_ONE, unitsToMoney } from '../model/exact.js';
import { shiftPeriod } from '../model/periods.js';
import type { Payback, TimeDimension } from '../model/report.js';
import type { ExactMoney } from './hard-roi.js';

/** How many recent periods the trend is drawn from, at most. */
const TREND_PERIODS = 6;

const SCALE = BigInt(UNITS_PER_ONE);
const UNITS_SQUARED = UNITS_PER_ONE * UNITS_PER_ONE;

export interface PeriodMoney extends ExactMoney {
  period: string;
}

/**
 * Break-even (METRICS.md `payback`): the first period whose cumulative value reaches cumulative
 * cost. If none has, the period it would be reached in if the recent trend held: a straight line
 * fitted to the net value (value − cost) of the last periods, carried forward and added up until it
 * covers the gap. A community whose losses are shrinking is projected, one whose net value falls
 * or stays negative is not; nor is anything further ahead than twice the history it is drawn from.
 */
export function payback(points: readonly PeriodMoney[], dimension: TimeDimension): Payback {
  let cost = 0n;
  let value = 0n;
  for (const point of points) {
    cost += point.cost;
    value += point.value;
    if (cost > 0n && value >= cost)
      return {
        reached: point.period,
        projected: null,
        method: 'reached',
        periodsUsed: [],
        netPerPeriod: null,
        trendPerPeriod: null,
        gap: null,
      };
  }
  const notProjected = (why: string, extra: Partial<Payback> = {}): Payback => ({
    reached: null,
    projected: null,
    method: `not-projected:${why}`,
    periodsUsed: [],
    netPerPeriod: null,
    trendPerPeriod: null,
    gap: null,
    ...extra,
  });
  if (cost === 0n) return notProjected('no-cost');
  const gap = Number(cost - value) / UNITS_SQUARED;
  if (points.length < 2) return notProjected('too-few-periods', { gap: toMoney(cost - value) });
  const recent = points.slice(-TREND_PERIODS);
  const nets = recent.map((p) => Number(p.value - p.cost) / UNITS_SQUARED);
  const line = fitLine(nets);
  const basis = {
    periodsUsed: recent.map((p) => p.period),
    netPerPeriod: round2(line.mean),
    trendPerPeriod: round2(line.slope),
    gap: toMoney(cost - value),
  };
  const horizon = 2 * points.length;
  let covered = 0;
  for (let ahead = 1; ahead <= horizon; ahead++) {
    covered += line.at(nets.length - 1 + ahead);
    if (covered >= gap)
      return {
        reached: null,
        projected: shiftPeriod(dimension, points[points.length - 1]!.period, ahead),
        method: 'recent-trend',
        ...basis,
      };
  }
  return notProjected(line.slope <= 0 && line.mean <= 0 ? 'no-upward-trend' : 'beyond-horizon', basis);
}

/** Least squares over x = 0, 1, …: the mean, the slope, and the line's value at any x. */
function fitLine(ys: readonly number[]): { mean: number; slope: number; at: (x: number) => number } {
  const n = ys.length;
  const meanX = (n - 1) / 2;
  const mean = ys.reduce((sum, y) => sum + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  ys.forEach((y, x) => {
    sxy += (x - meanX) * (y - mean);
    sxx += (x - meanX) ** 2;
  });
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { mean, slope, at: (x) => mean + slope * (x - meanX) };
}

function toMoney(unitsSquared: bigint): number {
  return unitsToMoney(roundDiv(unitsSquared, SCALE));
}

function round2(x: number): number {
  return Math.round(x * 100) / 100 || 0;
}
