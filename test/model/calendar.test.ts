import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  daysInclusive,
  daysInMonth,
  formatIso,
  isLeapYear,
  isoFromDayNumber,
  isoWeekKey,
  isValidDate,
  monthKey,
  quarterKey,
} from '../../src/model/calendar.js';

const DAY_MS = 86_400_000;

// Day numbers from `date -u -d <iso> +%s` divided by 86400.
// prettier-ignore
const DAY_NUMBERS: [string, number][] = [
  ['1970-01-01', 0],
  ['1969-12-31', -1],
  ['1900-01-01', -25_567],
  ['2000-03-01', 11_017],
  ['2024-02-29', 19_782],
  ['2026-09-01', 20_697],
  ['2026-12-31', 20_818],
  ['0001-01-01', -719_162],
  ['9999-12-31', 2_932_896],
];

// Week keys from `date +%G-W%V -d <iso>`.
// prettier-ignore
const WEEKS: [string, string][] = [
  ['2026-09-01', '2026-W36'],
  ['2026-12-31', '2026-W53'],
  ['2027-01-01', '2026-W53'],
  ['2027-01-03', '2026-W53'],
  ['2027-01-04', '2027-W01'],
  ['2020-12-31', '2020-W53'],
  ['2021-01-03', '2020-W53'],
  ['2021-01-04', '2021-W01'],
  ['2024-12-30', '2025-W01'],
  ['2008-12-29', '2009-W01'],
  ['2010-01-03', '2009-W53'],
  ['2005-01-01', '2004-W53'],
  ['2000-01-01', '1999-W52'],
  ['1970-01-01', '1970-W01'],
];

describe('calendar', () => {
  it.each(DAY_NUMBERS)('dayNumber(%s) = %i and back', (iso, n) => {
    expect(dayNumber(iso)).toBe(n);
    expect(isoFromDayNumber(n)).toBe(iso);
  });

  it.each(WEEKS)('isoWeekKey(%s) = %s', (iso, key) => {
    expect(isoWeekKey(iso)).toBe(key);
  });

  it.each([
    ['2026-01-01', '2026-01', '2026-Q1'],
    ['2026-03-31', '2026-03', '2026-Q1'],
    ['2026-04-01', '2026-04', '2026-Q2'],
    ['2026-09-30', '2026-09', '2026-Q3'],
    ['2026-10-01', '2026-10', '2026-Q4'],
    ['2026-12-31', '2026-12', '2026-Q4'],
  ])('%s is in month %s and quarter %s', (iso, month, quarter) => {
    expect(monthKey(iso)).toBe(month);
    expect(quarterKey(iso)).toBe(quarter);
  });

  it.each([
    ['2026-09-01', '2026-09-01', 1],
    ['2026-09-01', '2026-09-30', 30],
    ['2024-02-01', '2024-03-01', 30],
    ['2026-02-01', '2026-03-01', 29],
    ['2026-12-31', '2027-01-01', 2],
    ['2024-01-01', '2024-12-31', 366],
  ])('daysInclusive(%s, %s) = %i', (start, end, days) => {
    expect(daysInclusive(start, end)).toBe(days);
  });

  it('refuses a reversed range', () => {
    expect(() => daysInclusive('2026-09-30', '2026-09-01')).toThrow(RangeError);
  });

  it.each(['', '2026-9-1', '2026/09/01', '2026-02-30', '2026-13-01', '0000-01-01', '2026-09-01T00:00', 'abcd-ef-gh'])(
    'refuses %j as an ISO date',
    (text) => {
      expect(() => dayNumber(text)).toThrow(RangeError);
      expect(() => monthKey(text)).toThrow(RangeError);
    },
  );

  it.each([0.5, Number.NaN, -719_163, 2_932_897])('refuses day number %d', (n) => {
    expect(() => isoFromDayNumber(n)).toThrow(RangeError);
  });

  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2024, 2026].map(isLeapYear)).toEqual([false, true, true, false]);
    expect([1, 2, 4, 12, 13, 0].map((m) => daysInMonth(2024, m))).toEqual([31, 29, 30, 31, 0, 0]);
    expect(isValidDate(2026, 2, 29)).toBe(false);
    expect(isValidDate(2026, 1.5, 1)).toBe(false);
    expect(formatIso(33, 2, 5)).toBe('0033-02-05');
  });
});

/**
 * Brute force from the definition: week 1 of a year starts on the Monday on or before 4 January;
 * step back day by day to find it, for the date's year and the next one.
 */
function oracleWeekKey(time: number): string {
  const week1Monday = (year: number): number => {
    let t = Date.UTC(year, 0, 4);
    while (new Date(t).getUTCDay() !== 1) t -= DAY_MS;
    return t;
  };
  let year = new Date(time).getUTCFullYear() + 1;
  while (week1Monday(year) > time) year -= 1;
  const week = Math.floor((time - week1Monday(year)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

const days = fc.integer({ min: Date.UTC(1000, 0, 1) / DAY_MS, max: Date.UTC(9999, 11, 31) / DAY_MS });

describe('calendar properties', () => {
  it('agrees with Date.UTC on day numbers, months and quarters', () => {
    fc.assert(
      fc.property(days, (n) => {
        const date = new Date(n * DAY_MS);
        const iso = date.toISOString().slice(0, 10);
        expect(dayNumber(iso)).toBe(n);
        expect(isoFromDayNumber(n)).toBe(iso);
        expect(monthKey(iso)).toBe(iso.slice(0, 7));
        expect(quarterKey(iso)).toBe(`${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with a brute-force ISO week over random days', () => {
    fc.assert(
      fc.property(days, (n) => {
        expect(isoWeekKey(new Date(n * DAY_MS).toISOString().slice(0, 10))).toBe(oracleWeekKey(n * DAY_MS));
      }),
      { numRuns: 500 },
    );
  });

  it('counts weeks day by day from a known Monday, 2018-01-01 (2018-W01), through 2045', () => {
    let weekYear = 2018;
    let week = 1;
    for (let t = Date.UTC(2018, 0, 1); t <= Date.UTC(2045, 11, 31); t += DAY_MS) {
      const date = new Date(t);
      if (t > Date.UTC(2018, 0, 1) && date.getUTCDay() === 1) {
        // A Monday from 29 December on starts week 1 of the next year: its Thursday is in January.
        const thursday = new Date(t + 3 * DAY_MS);
        if (thursday.getUTCFullYear() !== weekYear) {
          weekYear = thursday.getUTCFullYear();
          week = 1;
        } else week += 1;
      }
      const expected = `${weekYear}-W${String(week).padStart(2, '0')}`;
      const iso = date.toISOString().slice(0, 10);
      if (isoWeekKey(iso) !== expected) expect.fail(`${iso}: ${isoWeekKey(iso)} ≠ ${expected}`);
    }
  });

  it('counts inclusive days like Date.UTC', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: 0, max: 4000 }), (start, length) => {
        fc.pre(start + length <= Date.UTC(9999, 11, 31) / DAY_MS);
        const iso = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);
        expect(daysInclusive(iso(start), iso(start + length))).toBe(length + 1);
      }),
      { numRuns: 500 },
    );
  });
});
