import { describe, expect, it } from 'vitest';
import { carryover } from '../../src/compute/carryover.js';
import type { PeriodMoney } from '../../src/compute/payback.js';
import { UNITS_PER_ONE } from '../../src/model/exact.js';

const SQUARED = BigInt(UNITS_PER_ONE) * BigInt(UNITS_PER_ONE);
const period = (key: string, cost: number, value: number): PeriodMoney => ({
  period: key,
  cost: (BigInt(Math.round(cost * 100)) * SQUARED) / 100n,
  value: (BigInt(Math.round(value * 100)) * SQUARED) / 100n,
});

describe('carryover', () => {
  it('adds the echo still to come from the last period, value × d / (1 − d), and the long-term ROI', () => {
    // meta: value 100 + 200 = 300 for a cost of 400; with d = 0.5 the last month's 200 echoes
    // 200 × 0.5 / 0.5 = 200 more: long-term value 500. ROI (300 − 400) / 400 = −25 %, long-term
    // (500 − 400) / 400 = +25 %.
    // linkedin: value 1,000 for 500; echo 1,000. Total: value 1,300, echo 1,200, long term 2,500,
    // cost 900: ROI 400 / 900, long-term 1,600 / 900.
    const byChannel = new Map([
      ['meta', [period('2026-08', 300, 100), period('2026-09', 100, 200)]],
      ['linkedin', [period('2026-09', 500, 1000)]],
    ]);
    const result = carryover(byChannel, 0.5, 'month');
    expect(result.channels).toEqual([
      { channel: 'linkedin', value: 1000, pendingValue: 1000, longTermValue: 2000, roi: 1, longTermRoi: 3, lastPeriod: '2026-09' },
      { channel: 'meta', value: 300, pendingValue: 200, longTermValue: 500, roi: -0.25, longTermRoi: 0.25, lastPeriod: '2026-09' },
    ]);
    expect(result.total).toEqual({
      value: 1300,
      pendingValue: 1200,
      longTermValue: 2500,
      roi: 400 / 900,
      longTermRoi: 1600 / 900,
      lastPeriod: '2026-09',
    });
    expect(result).toMatchObject({ decay: 0.5, unit: 'month' });
  });

  it('rounds the echo to the cent: 0.3 a week on a last week of 700.00 is 300.00, on 100.00 is 42.86', () => {
    // 700 × 0.3 / 0.7 = 300 exactly; 100 × 0.3 / 0.7 = 42.857… → 42.86.
    expect(carryover(new Map([['x', [period('2026-W40', 100, 700)]]]), 0.3, 'week').total.pendingValue).toBe(300);
    expect(carryover(new Map([['x', [period('2026-W40', 100, 100)]]]), 0.3, 'week').total.pendingValue).toBe(42.86);
  });

  it('takes a week’s echo from the mean of the last four weeks, so a short or lumpy last week cannot swing it', () => {
    // Weeks of 100, 100, 100 and a last one of 700 (a month-end total): mean 250; 250 × 0.3 / 0.7 = 107.14.
    const weeks = [period('2026-W37', 0, 100), period('2026-W38', 0, 100), period('2026-W39', 0, 100), period('2026-W40', 50, 700)];
    expect(carryover(new Map([['meta', weeks]]), 0.3, 'week').total).toMatchObject({
      value: 1000,
      pendingValue: 107.14,
      lastPeriod: '2026-W40',
    });
  });

  it('has no echo without decay, and no finite one when nothing fades', () => {
    const points = new Map([['meta', [period('2026-09', 100, 150)]]]);
    expect(carryover(points, 0, 'week').total).toMatchObject({ pendingValue: 0, longTermValue: 150, longTermRoi: 0.5 });
    expect(carryover(points, 1, 'week').total).toMatchObject({ pendingValue: null, longTermValue: null, longTermRoi: null, roi: 0.5 });
  });

  it('leaves costs shared in no channel (the group "all") in the total cost, not among the channels', () => {
    // 50 of shared costs with no channel: total cost 150 against value 150, ROI 0.
    const points = new Map([
      ['meta', [period('2026-09', 100, 150)]],
      ['all', [period('2026-09', 50, 0)]],
    ]);
    const result = carryover(points, 0, 'month');
    expect(result.channels.map((c) => c.channel)).toEqual(['meta']);
    expect(result.total.roi).toBe(0);
  });
});
