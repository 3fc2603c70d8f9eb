import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyDate, type DateOrder, type DateShape, decideDateOrder, parseDate, parseDateRange } from '../../src/ingest/dates.js';

const NBSP = '\u00a0';

// prettier-ignore
const SHAPES: [string, DateShape][] = [
  ['2026-09-01', { kind: 'iso', year: 2026, month: 9, day: 1 }],
  ['2026-9-1', { kind: 'iso', year: 2026, month: 9, day: 1 }],
  ['2026/09/01', { kind: 'iso', year: 2026, month: 9, day: 1 }],
  ['2025-08-01T00:00:00', { kind: 'iso', year: 2025, month: 8, day: 1 }],
  ['2025-08-01T23:59:59.999Z', { kind: 'iso', year: 2025, month: 8, day: 1 }],
  ['2015-09-30 18:42 +0000', { kind: 'iso', year: 2015, month: 9, day: 30 }],
  [` 2026-09-01${NBSP}`, { kind: 'iso', year: 2026, month: 9, day: 1 }],
  ['2026-13-45', { kind: 'iso', year: 2026, month: 13, day: 45 }],
  ['9/21/2026', { kind: 'numeric', first: 9, second: 21, year: 2026 }],
  ['23-9-2026', { kind: 'numeric', first: 23, second: 9, year: 2026 }],
  ['31/01/2026', { kind: 'numeric', first: 31, second: 1, year: 2026 }],
  ['09-21-2026', { kind: 'numeric', first: 9, second: 21, year: 2026 }],
  ['23.9.2026', { kind: 'numeric', first: 23, second: 9, year: 2026 }],
  ['9/21/26', { kind: 'numeric', first: 9, second: 21, year: 2026 }],
  ['1/2/69', { kind: 'numeric', first: 1, second: 2, year: 2069 }],
  ['1/2/70', { kind: 'numeric', first: 1, second: 2, year: 1970 }],
  ['1/2/00', { kind: 'numeric', first: 1, second: 2, year: 2000 }],
  ['12/31/99', { kind: 'numeric', first: 12, second: 31, year: 1999 }],
  ['9/21/2026 12:00 AM', { kind: 'numeric', first: 9, second: 21, year: 2026 }],
  ['Sun, Sep 13, 2026', { kind: 'text', year: 2026, month: 9, day: 13 }],
  ['Sep 13, 2026', { kind: 'text', year: 2026, month: 9, day: 13 }],
  ['Sept. 13, 2026', { kind: 'text', year: 2026, month: 9, day: 13 }],
  ['September 1, 2026', { kind: 'text', year: 2026, month: 9, day: 1 }],
  ['SEPTEMBER 1ST, 2026', { kind: 'text', year: 2026, month: 9, day: 1 }],
  ['Tuesday, September 1, 2026', { kind: 'text', year: 2026, month: 9, day: 1 }],
  ['September 21, 2026, 12:00 AM', { kind: 'text', year: 2026, month: 9, day: 21 }],
  ['13 Sep 2026', { kind: 'text', year: 2026, month: 9, day: 13 }],
  ['Mar 1, 2026', { kind: 'text', year: 2026, month: 3, day: 1 }],
  ['1 septembre 2026', { kind: 'text', year: 2026, month: 9, day: 1 }],
  ['1 sept. 2026', { kind: 'text', year: 2026, month: 9, day: 1 }],
  ['1er septembre 2026', { kind: 'text', year: 2026, month: 9, day: 1 }],
  ['mar. 1 sept. 2026', { kind: 'text', year: 2026, month: 9, day: 1 }],
  ['dimanche 13 septembre 2026', { kind: 'text', year: 2026, month: 9, day: 13 }],
  ['3 févr. 2026', { kind: 'text', year: 2026, month: 2, day: 3 }],
  ['3 Fe\u0301vrier 2026', { kind: 'text', year: 2026, month: 2, day: 3 }],
  ['15 août 2026', { kind: 'text', year: 2026, month: 8, day: 15 }],
  ['25 DÉC. 2026', { kind: 'text', year: 2026, month: 12, day: 25 }],
  ['1 juil 26', { kind: 'text', year: 2026, month: 7, day: 1 }],
  ['31 February 2026', { kind: 'text', year: 2026, month: 2, day: 31 }],
  ['', { kind: 'none' }],
  ['   ', { kind: 'none' }],
  ['Lifetime', { kind: 'none' }],
  ['--', { kind: 'none' }],
  ['20260901', { kind: 'none' }],
  ['2026-09', { kind: 'none' }],
  ['2026-09-01x', { kind: 'none' }],
  ['2026-09/01', { kind: 'none' }],
  ['9/21-2026', { kind: 'none' }],
  ['9/21/202', { kind: 'none' }],
  ['123/1/2026', { kind: 'none' }],
  ['1.5', { kind: 'none' }],
  ['Sep 2026', { kind: 'none' }],
  ['Sep 13', { kind: 'none' }],
  ['Sun Sep 13 2026 extra', { kind: 'none' }],
  ['Smarch 13, 2026', { kind: 'none' }],
  ['13 Sep 2026 - 14 Sep 2026', { kind: 'none' }],
];

describe('classifyDate', () => {
  it.each(SHAPES)('%j is %j', (text, shape) => {
    expect(classifyDate(text)).toEqual(shape);
  });
});

// prettier-ignore
const PARSES: [string, DateOrder, string | null][] = [
  ['2026-09-01', 'ymd', '2026-09-01'],
  ['2026-09-01', 'mdy', '2026-09-01'],
  ['2026-09-01', 'dmy', '2026-09-01'],
  ['2026-9-1', 'ymd', '2026-09-01'],
  ['2025-08-01T00:00:00', 'ymd', '2025-08-01'],
  ['2015-09-30 18:42 +0000', 'dmy', '2015-09-30'],
  ['9/21/2026', 'mdy', '2026-09-21'],
  ['9/21/2026', 'dmy', null],
  ['9/21/2026', 'ymd', null],
  ['23-9-2026', 'dmy', '2026-09-23'],
  ['23-9-2026', 'mdy', null],
  ['31/01/2026', 'dmy', '2026-01-31'],
  ['09-21-2026', 'mdy', '2026-09-21'],
  ['1/2/2026', 'mdy', '2026-01-02'],
  ['1/2/2026', 'dmy', '2026-02-01'],
  ['12/31/99', 'mdy', '1999-12-31'],
  ['Sun, Sep 13, 2026', 'mdy', '2026-09-13'],
  ['Sun, Sep 13, 2026', 'ymd', '2026-09-13'],
  ['September 1, 2026', 'dmy', '2026-09-01'],
  ['1 sept. 2026', 'ymd', '2026-09-01'],
  ['1er septembre 2026', 'mdy', '2026-09-01'],
  ['2024-02-29', 'ymd', '2024-02-29'],
  ['2000-02-29', 'ymd', '2000-02-29'],
  ['29/2/2024', 'dmy', '2024-02-29'],
  ['2026-13-45', 'ymd', null],
  ['2026-02-30', 'ymd', null],
  ['2026-02-29', 'ymd', null],
  ['1900-02-29', 'ymd', null],
  ['2026-04-31', 'ymd', null],
  ['2026-00-10', 'ymd', null],
  ['2026-01-00', 'ymd', null],
  ['0000-01-01', 'ymd', null],
  ['31/02/2026', 'dmy', null],
  ['13/13/2026', 'dmy', null],
  ['31 February 2026', 'ymd', null],
  ['', 'mdy', null],
  ['garbage', 'mdy', null],
  ['Lifetime', 'dmy', null],
];

describe('parseDate', () => {
  it.each(PARSES)('%j as %s → %j', (text, order, expected) => {
    expect(parseDate(text, order)).toBe(expected);
  });
});

describe('decideDateOrder', () => {
  it('takes month-first when a second number exceeds 12', () => {
    expect(decideDateOrder(['9/1/2026', '9/21/2026', '9/2/2026'], 'dmy')).toEqual({
      ok: true,
      order: 'mdy',
      ambiguous: false,
    });
  });

  it('takes day-first when a first number exceeds 12', () => {
    expect(decideDateOrder(['1-9-2026', '23-9-2026'], 'mdy')).toEqual({ ok: true, order: 'dmy', ambiguous: false });
  });

  it('reports both witnesses when the column proves both orders', () => {
    expect(decideDateOrder(['1/2/2026', '9/21/2026', '23/9/2026'], 'mdy')).toEqual({
      ok: false,
      conflict: true,
      mdyWitness: '9/21/2026',
      dmyWitness: '23/9/2026',
    });
  });

  it('falls back, flagged ambiguous, when nothing decides', () => {
    expect(decideDateOrder(['1/2/2026', '3/4/2026'], 'dmy')).toEqual({ ok: true, order: 'dmy', ambiguous: true });
    expect(decideDateOrder(['1/2/2026', '3/4/2026'], 'mdy')).toEqual({ ok: true, order: 'mdy', ambiguous: true });
  });

  it('is not ambiguous when both orders give the same dates', () => {
    expect(decideDateOrder(['1/1/2026', '5/5/2026'], 'dmy')).toEqual({ ok: true, order: 'dmy', ambiguous: false });
  });

  it('needs no order for ISO and textual columns', () => {
    expect(decideDateOrder(['2026-09-01', 'Sun, Sep 13, 2026', '1 sept. 2026'], 'dmy')).toEqual({
      ok: true,
      order: 'ymd',
      ambiguous: false,
    });
    expect(decideDateOrder([], 'mdy')).toEqual({ ok: true, order: 'ymd', ambiguous: false });
  });

  it('lets numeric values decide a mixed column and ignores values that are not dates', () => {
    expect(decideDateOrder(['2026-09-01', 'Lifetime', '', '21/9/2026'], 'mdy')).toEqual({
      ok: true,
      order: 'dmy',
      ambiguous: false,
    });
  });

  it('does not count a value that is invalid in both orders as evidence', () => {
    expect(decideDateOrder(['31/02/2026', '13/13/2026', '1/2/2026'], 'mdy')).toEqual({
      ok: true,
      order: 'mdy',
      ambiguous: true,
    });
  });

  it('reads any iterable once', () => {
    function* values(): Generator<string> {
      yield '1/2/2026';
      yield '1/2/2026';
      yield '2/13/2026';
    }
    expect(decideDateOrder(values(), 'dmy')).toEqual({ ok: true, order: 'mdy', ambiguous: false });
  });
});

// prettier-ignore
const RANGES: [string, { start: string; end: string } | null][] = [
  ['September 1, 2026 - September 30, 2026', { start: '2026-09-01', end: '2026-09-30' }],
  ['1 septembre 2026 - 30 septembre 2026', { start: '2026-09-01', end: '2026-09-30' }],
  ['Sep 1, 2026 – Sep 30, 2026', { start: '2026-09-01', end: '2026-09-30' }],
  ['1 sept. 2026 — 30 sept. 2026', { start: '2026-09-01', end: '2026-09-30' }],
  ['October 1, 2025 - October 31, 2025', { start: '2025-10-01', end: '2025-10-31' }],
  ['2026-09-01 - 2026-09-30', { start: '2026-09-01', end: '2026-09-30' }],
  ['September 30, 2026 - September 1, 2026', { start: '2026-09-30', end: '2026-09-01' }],
  ['All time', null],
  ['September 1, 2026', null],
  ['9/1/2026 - 9/30/2026', null],
  ['September 1, 2026 - September 31, 2026', null],
  ['Sep 1, 2026 - Sep 2, 2026 - Sep 3, 2026', null],
  ['Sep 1, 2026-Sep 30, 2026', null],
  ['', null],
];

describe('parseDateRange', () => {
  it.each(RANGES)('%j → %j', (text, expected) => {
    expect(parseDateRange(text)).toEqual(expected);
  });
});

const EN_MONTHS = 'January February March April May June July August September October November December'.split(' ');
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const FR_MONTHS = 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' ');
const FR_SHORT_MONTHS = 'janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.'.split(' ');
const FR_WEEKDAYS = ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'];

interface Written {
  y: number;
  m: number;
  d: number;
  weekday: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Every way of writing a date that the exports use, with the order it must be read in. */
const WRITERS: [string, DateOrder, (w: Written) => string][] = [
  ['ISO', 'ymd', (w) => `${pad(w.y, 4)}-${pad(w.m)}-${pad(w.d)}`],
  ['ISO with T time', 'ymd', (w) => `${pad(w.y, 4)}-${pad(w.m)}-${pad(w.d)}T00:00:00`],
  ['ISO with zone', 'dmy', (w) => `${pad(w.y, 4)}-${pad(w.m)}-${pad(w.d)} 18:42 +0000`],
  ['M/D/YYYY', 'mdy', (w) => `${w.m}/${w.d}/${w.y}`],
  ['MM-DD-YYYY', 'mdy', (w) => `${pad(w.m)}-${pad(w.d)}-${w.y}`],
  ['MM/DD/YY', 'mdy', (w) => `${pad(w.m)}/${pad(w.d)}/${pad(w.y % 100)}`],
  ['D-M-YYYY', 'dmy', (w) => `${w.d}-${w.m}-${w.y}`],
  ['DD/MM/YYYY', 'dmy', (w) => `${pad(w.d)}/${pad(w.m)}/${w.y}`],
  ['D.M.YY', 'dmy', (w) => `${w.d}.${w.m}.${pad(w.y % 100)}`],
  ['X', 'mdy', (w) => `${EN_WEEKDAYS[w.weekday]}, ${EN_MONTHS[w.m - 1]!.slice(0, 3)} ${w.d}, ${w.y}`],
  ['English long', 'dmy', (w) => `${EN_MONTHS[w.m - 1]} ${w.d}, ${w.y}`],
  ['French long', 'ymd', (w) => `${w.d === 1 ? '1er' : w.d} ${FR_MONTHS[w.m - 1]} ${w.y}`],
  ['French short', 'mdy', (w) => `${FR_WEEKDAYS[w.weekday]} ${w.d} ${FR_SHORT_MONTHS[w.m - 1]} ${w.y}`],
];

const DAY_MS = 86_400_000;
const ORDERS = fc.constantFrom<'mdy' | 'dmy'>('mdy', 'dmy');

function writtenParts(date: Date): Written {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate(), weekday: date.getUTCDay() };
}

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

describe('dates properties', () => {
  it('reads back any calendar date written in any supported way', () => {
    // Years 1970–2069, so that two-digit years round-trip through the pivot.
    const days = fc.integer({ min: 0, max: Date.UTC(2069, 11, 31) / DAY_MS });
    fc.assert(
      fc.property(days, fc.constantFrom(...WRITERS), (day, [, order, write]) => {
        const date = new Date(day * DAY_MS);
        expect(parseDate(write(writtenParts(date)), order)).toBe(isoOf(date));
      }),
      { numRuns: 500 },
    );
  });

  it('decides the order a column was written in, or falls back only when that changes nothing provable', () => {
    const days = fc.uniqueArray(fc.integer({ min: 0, max: Date.UTC(2069, 11, 31) / DAY_MS }), {
      minLength: 1,
      maxLength: 20,
    });
    fc.assert(
      fc.property(days, ORDERS, ORDERS, (list, order, fallback) => {
        const dates = list.map((day) => new Date(day * DAY_MS));
        const values = dates.map((date) => {
          const { y, m, d } = writtenParts(date);
          return order === 'mdy' ? `${m}/${d}/${y}` : `${d}/${m}/${y}`;
        });
        const decision = decideDateOrder(values, fallback);
        expect(decision.ok).toBe(true);
        if (!decision.ok) return;
        const provable = dates.some((date) => date.getUTCDate() > 12);
        expect(decision.order).toBe(provable ? order : fallback);
        if (decision.order === order) {
          expect(values.map((value) => parseDate(value, order))).toEqual(dates.map(isoOf));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        classifyDate(text);
        const iso = parseDate(text, 'dmy');
        if (iso !== null) expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        parseDateRange(text);
      }),
      { numRuns: 500 },
    );
  });
});
