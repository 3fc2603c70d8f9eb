import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoWeekKey, monthKey, quarterKey } from '../../src/model/calendar.js';
import { periodEnd, periodLength, periodStart, shiftPeriod } from '../../src/model/periods.js';
import type { TimeDimension } from '../../src/model/report.js';

const KEY_OF: Record<TimeDimension, (iso: string) => string> = { month: monthKey, week: isoWeekKey, quarter: quarterKey };

describe('periods', () => {
  it('gives the first and last day of months, quarters and ISO weeks', () => {
    expect([periodStart('month', '2026-02'), periodEnd('month', '2026-02')]).toEqual(['2026-02-01', '2026-02-28']);
    expect([periodStart('month', '2028-02'), periodEnd('month', '2028-02')]).toEqual(['2028-02-01', '2028-02-29']);
    expect([periodStart('quarter', '2026-Q4'), periodEnd('quarter', '2026-Q4')]).toEqual(['2026-10-01', '2026-12-31']);
    // 2026-W01 starts on Monday 29 December 2025 (the week of 1 January 2026, a Thursday).
    expect([periodStart('week', '2026-W01'), periodEnd('week', '2026-W01')]).toEqual(['2025-12-29', '2026-01-04']);
    // 2026 has 53 ISO weeks: W53 runs from 28 December 2026 to 3 January 2027.
    expect([periodStart('week', '2026-W53'), periodEnd('week', '2026-W53')]).toEqual(['2026-12-28', '2027-01-03']);
    expect([periodLength('month', '2026-09'), periodLength('quarter', '2026-Q1'), periodLength('week', '2026-W10')]).toEqual([30, 90, 7]);
  });

  it('steps across year ends', () => {
    expect(shiftPeriod('month', '2026-11', 3)).toBe('2027-02');
    expect(shiftPeriod('month', '2026-01', -1)).toBe('2025-12');
    expect(shiftPeriod('quarter', '2026-Q4', 1)).toBe('2027-Q1');
    expect(shiftPeriod('week', '2026-W52', 1)).toBe('2026-W53');
    expect(shiftPeriod('week', '2026-W53', 1)).toBe('2027-W01');
  });

  it('agrees with the calendar keys: a period holds its own first and last days, and the next starts the day after', () => {
    const day = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 11, 31) }).map((ms) => new Date(ms).toISOString().slice(0, 10));
    const dimension = fc.constantFrom<TimeDimension>('month', 'week', 'quarter');
    fc.assert(
      fc.property(day, dimension, fc.integer({ min: -60, max: 60 }), (iso, dim, steps) => {
        const key = KEY_OF[dim](iso);
        expect(KEY_OF[dim](periodStart(dim, key))).toBe(key);
        expect(KEY_OF[dim](periodEnd(dim, key))).toBe(key);
        expect(periodStart(dim, key) <= iso && iso <= periodEnd(dim, key)).toBe(true);
        expect(shiftPeriod(dim, shiftPeriod(dim, key, steps), -steps)).toBe(key);
        const next = shiftPeriod(dim, key, 1);
        const dayAfter = new Date(Date.parse(`${periodEnd(dim, key)}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        expect(periodStart(dim, next)).toBe(dayAfter);
      }),
    );
  });
});
