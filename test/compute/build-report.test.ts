import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/compute/build-report.js';
import { SocialRoiError } from '../../src/model/errors.js';
import type { IngestedData } from '../../src/model/ingested.js';
import type { Dimension } from '../../src/model/report.js';
import { cost, observation, TEST_PROFILE } from '../helpers/records.js';
import { readingWarnings } from '../helpers/report.js';

const linkedin = observation('linkedin', '2026-09-01', '2026-09-01', {
  spend: 300,
  impressions: 10_000,
  reactions: 60,
  comments: 12,
  shares: 6,
  leads: 3,
  conversions: 2,
});
const meta = observation('meta', '2026-09-02', '2026-09-02', {
  spend: 100,
  impressions: 20_000,
  reactions: 40,
  comments: 8,
  shares: 4,
  conversions: 1,
  revenue: 50,
});
const tools = cost('all', 'tools', '2026-09-01', '2026-09-30', 100);
const october = cost('all', 'training', '2026-10-05', '2026-10-05', 10);

function report(data: Partial<IngestedData>, groupBy: Dimension[] = ['channel']) {
  return buildReport({ observations: [], spendEntries: [], files: [], warnings: [], ...data }, { profile: TEST_PROFILE, groupBy });
}

describe('hard ROI', () => {
  const r = report({ observations: [linkedin, meta], spendEntries: [tools, october] });
  const [all, li, me] = r.groups;

  it('allocates a shared cost to the channels with media spend that month, in proportion to it', () => {
    // September spend: linkedin 300, meta 100 → the 100 of tools split 75 / 25.
    // October: no media spend, so the 10 of training stays in the group "all".
    expect(r.groups.map((g) => g.key.channel)).toEqual(['all', 'linkedin', 'meta']);
    expect(li!.hard).toMatchObject({ mediaSpend: 300, otherCosts: 75, cost: 375 });
    expect(me!.hard).toMatchObject({ mediaSpend: 100, otherCosts: 25, cost: 125 });
    expect(all!.hard).toMatchObject({ mediaSpend: 0, otherCosts: 10, cost: 10, roi: -1 });
    expect(r.sharedCosts).toEqual({ lines: 2, allocated: 100, unallocated: 10 });
    expect(readingWarnings(r).map((w) => w.code)).toEqual(['shared-costs-unallocated']);
  });

  it('values leads and revenue-less conversions with the profile, and revenue as itself', () => {
    // linkedin: 3 leads × 400 + 2 conversions × 150 = 1500; roi = (1500 − 375) / 375 = 3
    // no revenue column on linkedin: its ROAS is unknown (null), not 0
    expect(li!.hard).toMatchObject({ value: 1500, roi: 3, roas: null, cpm: 30, cpl: 100, cpa: 150, cpc: null, costPerHire: null });
    // meta has a revenue column, so its conversion is worth its revenue (50), not 150:
    // roi = (50 − 125) / 125 = −0.6; roas = 50 / 100; cpa = 100 / 1
    expect(me!.hard).toMatchObject({ value: 50, roi: -0.6, roas: 0.5, cpa: 100, cpl: null });
  });

  it('computes the total from exact sums', () => {
    // cost 375 + 125 + 10 = 510; value 1550; roi = 1040 / 510
    expect(r.total.hard).toMatchObject({ cost: 510, value: 1550, mediaSpend: 400, otherCosts: 110 });
    expect(r.total.hard.roi).toBeCloseTo(1040 / 510, 12);
    expect(r.valueDrivers).toEqual([
      { driver: 'revenue', unitValue: null, netUnitValue: null, count: 50, value: 50 },
      { driver: 'lead', unitValue: 400, netUnitValue: 400, count: 3, value: 1200 },
      { driver: 'conversion', unitValue: 150, netUnitValue: 150, count: 2, value: 300 },
    ]);
  });
});

describe('unit costs of organic exports', () => {
  it('are n/a when no source had a spend column, and 0 only when spend was really 0', () => {
    const organic = observation('x', '2026-09-01', '2026-09-01', { impressions: 1000, clicks: 10 });
    expect(report({ observations: [organic] }).total.hard).toMatchObject({ cpc: null, cpm: null, roas: null, cost: 0 });
    const free = observation('x', '2026-09-01', '2026-09-01', { impressions: 1000, clicks: 10, spend: 0 });
    expect(report({ observations: [free] }).total.hard).toMatchObject({ cpc: 0, cpm: 0 });
  });
});

describe('soft ROI', () => {
  const r = report({ observations: [linkedin, meta] });
  const [li, me] = r.groups;

  it('scores each channel against its own per-impression benchmark', () => {
    // linkedin engagement (60 + 12 + 6) / 10 000 = 0.0078 vs 0.006 → 50 × 1.3 = 65
    // conversation 12 / 10 000 = 0.0012 vs 0.0009 → 66.67; amplification 6 / 10 000 = 0.0006 vs 0.0006 → 50
    expect(li!.soft.scores.engagement!.score).toBeCloseTo(65, 10);
    expect(li!.soft.scores.conversation!.score).toBeCloseTo(200 / 3, 10);
    expect(li!.soft.scores.amplification).toEqual({ score: 50, rate: 0.0006, benchmark: 0.0006 });
    // index = (3 × 66.67 + 2 × 50 + 1 × 65) / 6 = 365 / 6
    expect(li!.soft.index).toBeCloseTo(365 / 6, 10);
    expect(li!.soft.missing).toEqual(['growth', 'advocacy', 'adoption', 'sentiment']);
    // meta amplification 4 / 20 000 = 0.0002 vs 0.0003 → 33.33
    expect(me!.soft.scores.amplification!.score).toBeCloseTo(100 / 3, 10);
  });

  it('combines channels weighted by impressions, never one channel against another’s benchmark', () => {
    // conversation: (66.67 × 10 000 + 50 × 20 000) / 30 000 = 55.56; rate 20 / 30 000;
    // benchmark (0.0009 × 10 000 + 0.0004 × 20 000) / 30 000 = 17 / 30 000
    const conversation = r.total.soft.scores.conversation!;
    expect(conversation.score).toBeCloseTo(500 / 9, 10);
    expect(conversation.rate).toBeCloseTo(20 / 30_000, 15);
    expect(conversation.benchmark).toBeCloseTo(17 / 30_000, 15);
  });

  it('caps a score at 100 (twice the benchmark or more)', () => {
    const viral = observation('linkedin', '2026-09-01', '2026-09-01', { impressions: 1000, comments: 100 });
    expect(report({ observations: [viral] }).total.soft.scores.conversation!.score).toBe(100);
  });

  it('leaves a sub-score null when no source has its columns, and the index over the rest', () => {
    const ads = observation('google-ads', '2026-09-01', '2026-09-01', { spend: 10, impressions: 1000, clicks: 50 });
    const soft = report({ observations: [ads] }).total.soft;
    expect(soft.index).toBeNull();
    expect(soft.scores.engagement).toBeNull();
    // a column that exists but holds 0 is a real zero, not missing data
    const silent = observation('meta', '2026-09-01', '2026-09-01', { impressions: 1000, comments: 0 });
    expect(report({ observations: [silent] }).total.soft.scores.conversation).toEqual({ score: 0, rate: 0, benchmark: 0.0004 });
  });
});

describe('grouping by period', () => {
  it('spreads a range row over its days, to the cent, so months add up exactly', () => {
    // 100.01 over 29 Sep – 2 Oct: 2 days in each month → 50.01 and 50.00 (the spare cent goes first)
    const range = observation('meta', '2026-09-29', '2026-10-02', { spend: 100.01, impressions: 7 });
    const r = report({ observations: [range] }, ['month']);
    expect(r.groups.map((g) => [g.key.month, g.metrics.spend, g.metrics.impressions])).toEqual([
      ['2026-09', 50.01, 3.5],
      ['2026-10', 50, 3.5],
    ]);
    expect(r.groupBy).toEqual(['month']);
  });

  it('keys weeks by ISO week and quarters by quarter, sorted', () => {
    const a = observation('x', '2026-12-31', '2026-12-31', { impressions: 1 });
    const b = observation('x', '2026-01-01', '2026-01-01', { impressions: 2 });
    expect(report({ observations: [a, b] }, ['channel', 'week']).groups.map((g) => g.key)).toEqual([
      { channel: 'x', week: '2026-W01' },
      { channel: 'x', week: '2026-W53' },
    ]);
    expect(report({ observations: [a, b] }, ['quarter']).groups.map((g) => g.key.quarter)).toEqual(['2026-Q1', '2026-Q4']);
  });
});

describe('currencies', () => {
  it('refuses to add amounts in another currency than the report’s, naming the file', () => {
    const usd = { ...linkedin, currency: 'USD', file: 'linkedin-usd.csv' };
    expect(() => report({ observations: [meta, usd] })).toThrow(SocialRoiError);
    try {
      report({ observations: [meta, usd] });
    } catch (error) {
      expect((error as SocialRoiError).problem).toMatchObject({
        code: 'INPUT_MIXED_CURRENCY',
        params: { currency: 'USD', expected: 'EUR', other: 'meta.csv' },
        location: { file: 'linkedin-usd.csv' },
      });
    }
  });
});
