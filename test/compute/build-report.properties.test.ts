import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/compute/build-report.js';
import type { IngestedData } from '../../src/model/ingested.js';
import { CHANNELS, type Channel } from '../../src/model/metrics.js';
import type { Dimension } from '../../src/model/report.js';
import { cost, observation, TEST_PROFILE } from '../helpers/records.js';

const day = fc.integer({ min: 0, max: 120 }).map((n) => new Date(Date.UTC(2026, 7, 1 + n)).toISOString().slice(0, 10));
const cents = fc.integer({ min: 0, max: 5_000_000 }).map((c) => c / 100);
const count = fc.integer({ min: 0, max: 100_000 });

const anObservation = fc
  .record({
    channel: fc.constantFrom(...CHANNELS),
    a: day,
    b: day,
    spend: cents,
    revenue: cents,
    impressions: count,
    comments: count,
    leads: fc.integer({ min: 0, max: 50 }),
  })
  .map((o) =>
    observation(o.channel, o.a < o.b ? o.a : o.b, o.a < o.b ? o.b : o.a, {
      spend: o.spend,
      revenue: o.revenue,
      impressions: o.impressions,
      comments: o.comments,
      leads: o.leads,
    }),
  );

const aCost = fc
  .record({ channel: fc.constantFrom<Channel | 'all'>(...CHANNELS, 'all'), a: day, b: day, amount: cents, media: fc.boolean() })
  .map((c) => cost(c.channel, c.media ? 'media' : 'tools', c.a < c.b ? c.a : c.b, c.a < c.b ? c.b : c.a, c.amount));

const data = fc.record({ observations: fc.array(anObservation, { maxLength: 12 }), spendEntries: fc.array(aCost, { maxLength: 6 }) });

function report(d: Pick<IngestedData, 'observations' | 'spendEntries'>, groupBy: Dimension[]) {
  return buildReport({ ...d, files: [], warnings: [] }, { profile: TEST_PROFILE, groupBy });
}

const toCents = (n: number) => Math.round(n * 100);

describe('the engine, on random records', () => {
  it('the groups add up exactly to the total, whatever the grouping', () => {
    fc.assert(
      fc.property(data, fc.constantFrom<Dimension[]>(['channel'], ['month'], ['channel', 'week'], ['quarter']), (d, groupBy) => {
        const r = report(d, groupBy);
        const sum = (pick: (g: (typeof r.groups)[number]) => number) => r.groups.reduce((s, g) => s + toCents(pick(g)), 0);
        expect(sum((g) => g.metrics.spend)).toBe(toCents(r.total.metrics.spend));
        expect(sum((g) => g.hard.cost)).toBe(toCents(r.total.hard.cost));
        expect(sum((g) => g.hard.value)).toBe(toCents(r.total.hard.value));
      }),
      { numRuns: 200 },
    );
  });

  it('the total does not depend on the order of records or on the time grain', () => {
    fc.assert(
      fc.property(data, (d) => {
        const forward = report(d, ['channel']);
        const backward = report({ observations: [...d.observations].reverse(), spendEntries: [...d.spendEntries].reverse() }, ['channel']);
        expect(backward).toEqual(forward);
        expect(report(d, ['channel', 'month']).total.hard).toEqual(forward.total.hard);
      }),
      { numRuns: 200 },
    );
  });

  it('never yields NaN, Infinity or undefined', () => {
    fc.assert(
      fc.property(data, (d) => {
        const text = JSON.stringify(report(d, ['channel', 'month']), (_k, v: unknown) => (v === undefined ? 'undefined' : v));
        expect(text).not.toMatch(/NaN|Infinity|undefined/);
      }),
      { numRuns: 200 },
    );
  });
});
