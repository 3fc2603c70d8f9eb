import { describe, expect, it } from 'vitest';
import { periodDays } from '../../src/compute/spread.js';

describe('periodDays', () => {
  it('gives each period its days of the range', () => {
    // 2026-01-30 → 2026-03-02: 2 days of January, 28 of February, 2 of March
    expect(periodDays('2026-01-30', '2026-03-02', 'month')).toEqual([
      { period: '2026-01', days: 2 },
      { period: '2026-02', days: 28 },
      { period: '2026-03', days: 2 },
    ]);
    // Thursday 2026-09-03 → Tuesday 2026-09-15: Thu–Sun of week 36 (4), week 37 (7), Mon–Tue of week 38 (2)
    expect(periodDays('2026-09-03', '2026-09-15', 'week')).toEqual([
      { period: '2026-W36', days: 4 },
      { period: '2026-W37', days: 7 },
      { period: '2026-W38', days: 2 },
    ]);
    expect(periodDays('2026-09-10', '2026-09-10', 'quarter')).toEqual([{ period: '2026-Q3', days: 1 }]);
  });

  it('walks a range of centuries a period at a time', () => {
    // 1900-01-01 → 2199-12-31: 300 years, 1,200 quarters; the days add up to the range's 109,573
    // (300 × 365 + 73 leap days: the 75 years divisible by 4, but 1900 and 2100)
    const quarters = periodDays('1900-01-01', '2199-12-31', 'quarter');
    expect(quarters).toHaveLength(1200);
    expect(quarters.reduce((sum, q) => sum + q.days, 0)).toBe(109_573);
    expect(quarters[0]).toEqual({ period: '1900-Q1', days: 90 });
    expect(quarters.at(-1)).toEqual({ period: '2199-Q4', days: 92 });
  });
});
