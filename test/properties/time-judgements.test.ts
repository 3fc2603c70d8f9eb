import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { carryover } from '../../src/compute/carryover.js';
import { fatigueWarnings } from '../../src/compute/fatigue.js';
import { type PeriodMoney, payback } from '../../src/compute/payback.js';
import type { PeriodSums } from '../../src/compute/series.js';
import { UNITS_PER_ONE } from '../../src/model/exact.js';
import { emptySums, METRIC_INDEX, presenceOf } from '../../src/model/metrics.js';
import { shiftPeriod } from '../../src/model/periods.js';
import { runs } from './runs.js';

const SQUARED = BigInt(UNITS_PER_ONE) * BigInt(UNITS_PER_ONE);
const RULE = { periods: 3, volumeRise: 0.3, engagementDrop: 0.2 };

const monthly = (figures: readonly { posts: number; reactions: number; unfollows: number }[], scale = 1): PeriodSums[] =>
  figures.map((f, i) => {
    const sums = emptySums();
    sums[METRIC_INDEX.posts] = f.posts * scale * UNITS_PER_ONE;
    sums[METRIC_INDEX.reactions] = f.reactions * scale * UNITS_PER_ONE;
    sums[METRIC_INDEX.unfollows] = f.unfollows * scale * UNITS_PER_ONE;
    return {
      period: shiftPeriod('month', '2025-11', i),
      sums,
      presence: presenceOf(['posts', 'reactions', 'unfollows']),
      otherCosts: 0,
      conversionsWithoutRevenue: 0,
    };
  });

const month = fc.record({
  posts: fc.integer({ min: 0, max: 60 }),
  reactions: fc.integer({ min: 0, max: 3000 }),
  unfollows: fc.integer({ min: 0, max: 200 }),
});
const money = fc.array(fc.record({ cost: fc.integer({ min: 0, max: 10_000 }), value: fc.integer({ min: 0, max: 20_000 }) }), {
  minLength: 1,
  maxLength: 24,
});
const points = (list: { cost: number; value: number }[]): PeriodMoney[] =>
  list.map((p, i) => ({ period: shiftPeriod('month', '2025-01', i), cost: BigInt(p.cost) * SQUARED, value: BigInt(p.value) * SQUARED }));

describe('judgements over time, on any series', () => {
  it('fatigue: no verdict on fewer periods than the rule, and the same verdict when every count is scaled', () => {
    fc.assert(
      fc.property(fc.array(month, { minLength: 0, maxLength: 8 }), fc.integer({ min: 2, max: 9 }), (series, k) => {
        const verdict = fatigueWarnings(new Map([['meta', monthly(series)]]), RULE);
        if (series.length < RULE.periods) expect(verdict).toEqual([]);
        const scaled = fatigueWarnings(new Map([['meta', monthly(series, k)]]), RULE);
        expect(scaled.length).toBe(verdict.length);
      }),
      { numRuns: runs(200) },
    );
  });

  it('payback: reached where cumulative value first meets cost, projected only when not reached and only ahead', () => {
    fc.assert(
      fc.property(money, (list) => {
        const result = payback(points(list), 'month');
        let cost = 0;
        let value = 0;
        let first: string | null = null;
        list.forEach((p, i) => {
          cost += p.cost;
          value += p.value;
          if (first === null && cost > 0 && value >= cost) first = shiftPeriod('month', '2025-01', i);
        });
        expect(result.reached).toBe(first);
        if (result.projected !== null) {
          expect(result.reached).toBeNull();
          expect(result.projected > shiftPeriod('month', '2025-01', list.length - 1)).toBe(true);
          // Only a trend that improves, or nets already positive, can close a gap.
          expect(Math.max(result.netPerPeriod!, result.trendPerPeriod!)).toBeGreaterThan(0);
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('carryover: the long-term value is never below the value seen, and equals it without decay', () => {
    fc.assert(
      fc.property(money, fc.double({ min: 0, max: 0.95, noNaN: true }), (list, decay) => {
        const result = carryover(new Map([['meta', points(list)]]), decay, 'month').total;
        expect(result.longTermValue!).toBeGreaterThanOrEqual(result.value);
        expect(carryover(new Map([['meta', points(list)]]), 0, 'month').total.longTermValue).toBe(result.value);
      }),
      { numRuns: runs(300) },
    );
  });
});
