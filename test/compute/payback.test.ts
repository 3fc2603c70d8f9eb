import { describe, expect, it } from 'vitest';
import { type PeriodMoney, payback } from '../../src/compute/payback.js';
import { UNITS_PER_ONE } from '../../src/model/exact.js';

/** Money in units² (exact.ts units, squared), as hard-roi.ts keeps it for running totals. */
const SQUARED = BigInt(UNITS_PER_ONE) * BigInt(UNITS_PER_ONE);
const at = (period: string, cost: number, value: number): PeriodMoney => ({
  period,
  cost: BigInt(cost) * SQUARED,
  value: BigInt(value) * SQUARED,
});

describe('payback', () => {
  it('is reached in the first period whose cumulative value reaches cumulative cost', () => {
    // Cumulative cost 1000, 2000, 3000; value 200, 1200, 3000: equal in March, which counts as reached.
    const points = [at('2026-01', 1000, 200), at('2026-02', 1000, 1000), at('2026-03', 1000, 1800)];
    expect(payback(points, 'month')).toEqual({
      reached: '2026-03',
      projected: null,
      method: 'reached',
      periodsUsed: [],
      netPerPeriod: null,
      trendPerPeriod: null,
      gap: null,
    });
  });

  it('projects a shrinking loss forward along its straight line until it covers the gap', () => {
    // Cost 1000 a month against 0, 500, 800: cumulative 3000 against 1300, a gap of 1700.
    // Nets −1000, −500, −200 at x = 0, 1, 2: mean −566.67, slope ((−1)(−433.33) + (1)(366.67)) / 2 = 400.
    // The line gives +233.33 in April, +633.33 in May, +1033.33 in June: 1900 in all by June ≥ 1700.
    const points = [at('2026-01', 1000, 0), at('2026-02', 1000, 500), at('2026-03', 1000, 800)];
    expect(payback(points, 'month')).toEqual({
      reached: null,
      projected: '2026-06',
      method: 'recent-trend',
      periodsUsed: ['2026-01', '2026-02', '2026-03'],
      netPerPeriod: -566.67,
      trendPerPeriod: 400,
      gap: 1700,
    });
  });

  it('steps weeks across a year end as ISO weeks do', () => {
    // Cost 100, 100 against value 50, 150: cumulative 200 against 200 in 2026-W53 (2026 has 53 weeks).
    expect(payback([at('2026-W52', 100, 50), at('2026-W53', 100, 150)], 'week').reached).toBe('2026-W53');
    // Cost 300, 300 against 100, 250: a gap of 250. Nets −200, −50: mean −125, slope 150; the line
    // gives +100 in 2027-W01 and +250 in 2027-W02: 350 ≥ 250 two weeks on.
    expect(payback([at('2026-W52', 300, 100), at('2026-W53', 300, 250)], 'week')).toMatchObject({
      projected: '2027-W02',
      netPerPeriod: -125,
      trendPerPeriod: 150,
      gap: 250,
    });
  });

  it('projects nothing from one period, from no cost, from a falling trend, or too far ahead', () => {
    expect(payback([at('2026-09', 1000, 100)], 'month')).toMatchObject({ method: 'not-projected:too-few-periods', gap: 900 });
    expect(payback([at('2026-08', 0, 0), at('2026-09', 0, 100)], 'month').method).toBe('not-projected:no-cost');
    // Nets −100 then −300: losing more each month.
    expect(payback([at('2026-08', 1000, 900), at('2026-09', 1000, 700)], 'month')).toMatchObject({
      method: 'not-projected:no-upward-trend',
      trendPerPeriod: -200,
    });
    // A loss of 1000 in May, then six months of +10: the trend, drawn from the last six, is a flat
    // +10 a month, which would need 94 months to cover the gap of 940: more than twice the 7 months.
    const flat = [at('2026-05', 1000, 0), ...['06', '07', '08', '09', '10', '11'].map((m) => at(`2026-${m}`, 100, 110))];
    expect(payback(flat, 'month')).toMatchObject({
      projected: null,
      method: 'not-projected:beyond-horizon',
      periodsUsed: ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'],
      netPerPeriod: 10,
      trendPerPeriod: 0,
      gap: 940,
    });
  });
});
