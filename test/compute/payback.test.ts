import { describe, expect, it } from 'vitest';
import { UNITS_PER_ONE } from '../../src/model/exact.js';
import { payback, type PeriodMoney } from '../../src/compute/payback.js';

/** Money in units² (exact.ts units, squared), as hard-roi.ts keeps it for running totals. */
const SQUARED = BigInt(UNITS_PER_ONE) * BigInt(UNITS_PER_ONE);
const month = (period: string, cost: number, value: number): PeriodMoney => ({ period, cost: BigInt(cost) * SQUARED, value: BigInt(value) * SQUARED });

describe('payback', () => {
  it('is reached in the first period whose cumulative value reaches cumulative cost', () => {
    // Cumulative cost 1000, 2000, 3000; value 200, 1200, 3000: equal in March, which counts as reached.
    const points = [month('2026-01', 1000, 200), month('2026-02', 1000, 1000), month('2026-03', 1000, 1800)];
    expect(payback(points, 'month')).toEqual({ reached: '2026-03', projected: null, method: 'reached', periodsUsed: [], netPerPeriod: null, gap: null });
  });

  it('projects from the mean net value of the last three periods, rounding the periods up', () => {
    // Nets: −900, −500, +100, +300, +500. Cumulative gap at May: 5000 − 4500 = 500.
    // Mean net of March–May: (100 + 300 + 500) / 3 = 300 a month; 500 / 300 = 1.67 → 2 months → July.
    const points = [
      month('2026-01', 1000, 100),
      month('2026-02', 1000, 500),
      month('2026-03', 1000, 1100),
      month('2026-04', 1000, 1300),
      month('2026-05', 1000, 1500),
    ];
    expect(payback(points, 'month')).toEqual({
      reached: null,
      projected: '2026-07',
      method: 'recent-mean-net',
      periodsUsed: ['2026-03', '2026-04', '2026-05'],
      netPerPeriod: 300,
      gap: 500,
    });
  });

  it('steps weeks across a year end as ISO weeks do', () => {
    // Cost 100, 100 against value 50, 150: cumulative 200 against 200 in 2026-W53 (2026 has 53 weeks).
    expect(payback([month('2026-W52', 100, 50), month('2026-W53', 100, 150)], 'week').reached).toBe('2026-W53');
    // Cumulative cost 700 against value 450 at 2027-W01: a gap of 250. Nets of the last three weeks
    // are +50 each; 250 / 50 = 5 weeks after 2027-W01 is 2027-W06.
    const points = [month('2026-W51', 400, 0), month('2026-W52', 100, 150), month('2026-W53', 100, 150), month('2027-W01', 100, 150)];
    expect(payback(points, 'week')).toMatchObject({ projected: '2027-W06', periodsUsed: ['2026-W52', '2026-W53', '2027-W01'], netPerPeriod: 50, gap: 250 });
  });

  it('projects nothing from one period, from no cost, or further ahead than twice the history', () => {
    expect(payback([month('2026-09', 1000, 100)], 'month')).toMatchObject({ method: 'not-projected:too-few-periods', gap: 900 });
    expect(payback([month('2026-08', 0, 0), month('2026-09', 0, 100)], 'month').method).toBe('not-projected:no-cost');
    // Two months that lose money: a gap of 1700 that widens.
    expect(payback([month('2026-08', 1000, 100), month('2026-09', 1000, 200)], 'month').method).toBe('not-projected:no-upward-trend');
    // Cumulative 1500 against 700: a gap of 800, and the mean net (−900 + 50 + 50) / 3 is negative.
    const slow = [month('2026-07', 1300, 400), month('2026-08', 100, 150), month('2026-09', 100, 150)];
    expect(payback(slow, 'month').method).toBe('not-projected:no-upward-trend');
    const far = [month('2026-06', 1000, 0), month('2026-07', 100, 150), month('2026-08', 100, 150), month('2026-09', 100, 150)];
    // Cumulative 1300 against 450: gap 850; mean net of July–September 50; 850 / 50 = 17 months,
    // more than twice the 4 months it is drawn from.
    expect(payback(far, 'month')).toMatchObject({ projected: null, method: 'not-projected:beyond-horizon', netPerPeriod: 50, gap: 850 });
  });
});
