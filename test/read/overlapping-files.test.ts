import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, isoFromDayNumber } from '../../src/model/calendar.js';
import { UNITS_PER_ONE } from '../../src/model/exact.js';
import { METRIC_INDEX } from '../../src/model/metrics.js';
import type { Observation } from '../../src/model/records.js';
import { dropOverlaps, type FileRecords } from '../../src/read/overlapping-files.js';
import { observation } from '../helpers/records.js';

const SPEND = METRIC_INDEX.spend;

function row(campaign: string | null, start: string, end: string, spend: number): Observation {
  return { ...observation('meta', start, end, { spend }), campaign };
}

function file(name: string, observations: Observation[], kind = 'meta-ads'): FileRecords {
  return { file: name, kind, label: 'Meta Ads Manager', observations };
}

const spendOf = (observations: readonly Observation[]) => observations.reduce((sum, o) => sum + o.sums[SPEND]!, 0) / UNITS_PER_ONE;
const day = (n: number) => isoFromDayNumber(dayNumber('2026-09-01') + n);

describe('dropOverlaps', () => {
  it('a repeated row marks a repeat; the earlier file keeps its share of a range outside the shared days, exactly', () => {
    // The first file: September as one range for Retargeting (300.00, 10.00 a day) and Brand on the 25th.
    // The second repeats Brand's row exactly and covers 21 September to 10 October: the first keeps
    // Retargeting's 1–20 September (200.00), and loses Brand's 25th to the second file's copy.
    const brand = row('Brand', '2026-09-25', '2026-09-25', 5);
    const earlier = file('sept.csv', [row('Retargeting', '2026-09-01', '2026-09-30', 300), brand]);
    const later = file('late.csv', [
      row('Retargeting', '2026-09-21', '2026-09-21', 12),
      { ...brand },
      row('Retargeting', '2026-10-10', '2026-10-10', 1),
    ]);
    const { observations, warnings } = dropOverlaps([earlier, later]);
    expect(observations[0]!.map((o) => [o.campaign, o.start, o.end, o.sums[SPEND]! / UNITS_PER_ONE])).toEqual([
      ['Retargeting', '2026-09-01', '2026-09-20', 200],
    ]);
    expect(observations[1]).toEqual(later.observations);
    expect(warnings).toEqual([
      {
        code: 'overlapping-files',
        severity: 'warning',
        params: { later: 'late.csv', source: 'Meta Ads Manager', campaigns: 2, start: '2026-09-21', end: '2026-09-30' },
        location: { file: 'sept.csv' },
      },
    ]);
  });

  it('a range that spans the shared days keeps its parts on both sides', () => {
    // 31 days of 1.00; the later file covers 10–19 October and repeats another row: 9 days kept before, 12 after
    const same = row('Same', '2026-10-12', '2026-10-12', 2);
    const earlier = file('a.csv', [row('C', '2026-10-01', '2026-10-31', 31), same]);
    const later = file('b.csv', [row('C', '2026-10-10', '2026-10-19', 5), { ...same }]);
    const [kept] = dropOverlaps([earlier, later]).observations;
    expect(kept!.map((o) => [o.start, o.end, o.sums[SPEND]! / UNITS_PER_ONE])).toEqual([
      ['2026-10-01', '2026-10-09', 9],
      ['2026-10-20', '2026-10-31', 12],
    ]);
  });

  it('no row repeated (one export cut in two, two accounts): nothing left out', () => {
    const head = file('head.csv', [row('C', '2026-09-01', '2026-09-01', 4), row('C', '2026-09-02', '2026-09-02', 3)]);
    const tail = file('tail.csv', [row('C', '2026-09-01', '2026-09-01', 6), row('D', '2026-09-02', '2026-09-02', 3)]);
    expect(dropOverlaps([head, tail])).toEqual({ observations: [head.observations, tail.observations], warnings: [] });
  });

  it('all-zero rows, other kinds, other currencies and rows without a campaign never mark a repeat', () => {
    const zero = row('Z', '2026-09-01', '2026-09-01', 0);
    const meta = file('meta.csv', [zero, row('C', '2026-09-01', '2026-09-01', 1), row(null, '2026-09-01', '2026-09-01', 2)]);
    const tiktok = file('tiktok.csv', [row('C', '2026-09-01', '2026-09-01', 1)], 'tiktok-ads');
    const usd = file('usd.csv', [
      { ...zero },
      { ...row('C', '2026-09-01', '2026-09-01', 1), currency: 'USD' },
      row(null, '2026-09-01', '2026-09-01', 2),
    ]);
    const result = dropOverlaps([meta, tiktok, usd]);
    expect(result.warnings).toEqual([]);
    expect(result.observations.map(spendOf)).toEqual([3, 1, 3]);
  });

  it('property: a later download that repeats the end of an earlier one counts every day once', () => {
    // The earlier file: rows over days 0–30. The later one: the earlier rows from day `from` on, exactly,
    // then new rows after day 30. Whatever is repeated, the total is the earlier file's plus the new rows.
    const cents = fc.integer({ min: -100_000, max: 10_000_000 });
    const dayRow = (days: [number, number]) => fc.tuple(fc.constantFrom('A', 'B', 'C'), fc.integer({ min: days[0], max: days[1] }), cents);
    fc.assert(
      fc.property(
        fc.array(dayRow([0, 30]), { minLength: 1, maxLength: 8 }),
        fc.array(dayRow([31, 45]), { maxLength: 4 }),
        fc.nat(30),
        (old, fresh, from) => {
          const toRows = (list: [string, number, number][]) =>
            list.map(([campaign, n, amount]) => row(campaign, day(n), day(n), amount / 100));
          const earlier = file('a.csv', toRows(old));
          const later = file('b.csv', [...toRows(old.filter(([, n]) => n >= from)), ...toRows(fresh)]);
          const { observations } = dropOverlaps([earlier, later]);
          expect(observations[1]).toEqual(later.observations);
          const total = (list: [string, number, number][]) => list.reduce((sum, [, , amount]) => sum + amount, 0) / 100;
          expect(spendOf(observations.flat())).toBeCloseTo(total(old) + total(fresh), 6);
        },
      ),
    );
  });

  it('property: two files that repeat no row are kept whole', () => {
    const entry = fc.tuple(
      fc.constantFrom('A', 'B'),
      fc.integer({ min: 0, max: 40 }),
      fc.integer({ min: 0, max: 40 }),
      fc.integer({ min: 1, max: 1_000_000 }),
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), fc.array(entry, { maxLength: 6 }), (first, second) => {
        const toRows = (list: [string, number, number, number][]) =>
          list.map(([campaign, a, b, amount]) => row(campaign, day(Math.min(a, b)), day(Math.max(a, b)), amount / 100));
        const [a, b] = [toRows(first), toRows(second)];
        const key = (o: Observation) => `${o.campaign} ${o.start} ${o.end} ${o.sums[SPEND]}`;
        fc.pre(!a.some((o) => b.some((p) => key(o) === key(p))));
        expect(dropOverlaps([file('a.csv', a), file('b.csv', b)]).observations).toEqual([a, b]);
      }),
    );
  });
});
