import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/compute/build-report.js';
import type { IngestedData } from '../../src/model/ingested.js';
import type { Profile } from '../../src/model/profile.js';
import type { Dimension } from '../../src/model/report.js';
import type { UseCase } from '../../src/model/use-case.js';
import { cost, observation, TEST_PROFILE } from '../helpers/records.js';

function report(data: Partial<IngestedData>, options: { profile?: Profile; useCase?: UseCase; groupBy?: Dimension[] } = {}) {
  return buildReport(
    { observations: [], spendEntries: [], files: [], warnings: [], ...data },
    {
      profile: options.profile ?? TEST_PROFILE,
      groupBy: options.groupBy ?? ['channel'],
      ...(options.useCase ? { useCase: options.useCase } : {}),
    },
  );
}

// The test profile: a lead 400, a conversion 150, an application 25, a hire 4,000.
const linkedin = observation('linkedin', '2026-09-01', '2026-09-01', { spend: 300, impressions: 10_000, leads: 3, conversions: 2 });
const meta = observation('meta', '2026-09-02', '2026-09-02', { spend: 100, impressions: 20_000, conversions: 1, revenue: 50 });
const google = observation('google-ads', '2026-09-03', '2026-09-03', {
  spend: 600,
  impressions: 30_000,
  clicks: 300,
  conversions: 4,
  revenue: 450,
});

describe('cash beside assumptions', () => {
  it('gives the revenue ROI from the money the files carry, beside the modelled ROI', () => {
    const { total } = report({ observations: [linkedin, meta, google] });
    // cost 300 + 100 + 600 = 1,000; revenue 50 + 450 = 500 → revenue ROI (500 − 1,000) / 1,000 = −0.5
    // modelled value: 500 revenue + 3 leads × 400 + 2 revenue-less conversions × 150 = 2,000 → ROI +1
    expect(total.hard).toMatchObject({ cost: 1000, value: 2000, roi: 1, revenueRoi: -0.5 });
  });

  it('has no revenue ROI where no file has a revenue column', () => {
    expect(report({ observations: [linkedin] }).total.hard.revenueRoi).toBeNull();
  });

  it('prices the leading result at break-even: the value per lead at which the modelled ROI is 0', () => {
    const { total } = report({ observations: [linkedin, meta, google] }, { useCase: 'social-selling' });
    // cost 1,000; value without leads: 500 revenue + 2 × 150 = 800; 3 leads must bring 200: 66.67 a lead
    expect(total.hard.breakEvenUnitValue).toEqual({ result: 'lead', value: 66.67 });
  });

  it('says 0 when the rest of the value already covers the cost', () => {
    const rich = observation('meta', '2026-09-02', '2026-09-02', { spend: 100, leads: 2, revenue: 500 });
    expect(report({ observations: [rich] }).total.hard.breakEvenUnitValue).toEqual({ result: 'lead', value: 0 });
  });

  it('follows the use case: recruitment prices the application first', () => {
    const jobs = observation('linkedin', '2026-09-01', '2026-09-01', { spend: 500, leads: 1, applications: 20 });
    // value without applications: 1 lead × 400 = 400; 20 applications must bring 100: 5.00 each
    expect(report({ observations: [jobs] }, { useCase: 'recruitment' }).total.hard.breakEvenUnitValue).toEqual({
      result: 'application',
      value: 5,
    });
  });
});

describe('a funnel is valued once', () => {
  const funnel: Profile = { ...TEST_PROFILE, funnels: [['application', 'hire']] };
  const hiring = observation('linkedin', '2026-09-01', '2026-09-01', { spend: 1000, applications: 40, hires: 2 });

  it('adds for a hire only what it is worth beyond the application it was', () => {
    // 40 applications × 25 = 1,000, and 2 hires × (4,000 − 25) = 7,950: 8,950, not 1,000 + 8,000
    const r = report({ observations: [hiring] }, { profile: funnel });
    expect(r.total.hard.value).toBe(8950);
    expect(r.valueDrivers).toEqual([
      { driver: 'application', unitValue: 25, netUnitValue: 25, count: 40, value: 1000 },
      { driver: 'hire', unitValue: 4000, netUnitValue: 3975, count: 2, value: 7950 },
    ]);
    // without the funnel both are counted in full
    expect(report({ observations: [hiring] }).total.hard.value).toBe(9000);
  });

  it('adds up the same across periods as in total', () => {
    const september = observation('linkedin', '2026-09-01', '2026-09-01', { spend: 500, applications: 30 });
    const october = observation('linkedin', '2026-10-01', '2026-10-01', { spend: 500, applications: 10, hires: 2 });
    const r = report({ observations: [september, october] }, { profile: funnel, groupBy: ['month'] });
    // September 30 × 25 = 750; October 10 × 25 + 2 × 3,975 = 8,200; together 8,950 as above
    expect(r.groups.map((g) => g.hard.value)).toEqual([750, 8200]);
    expect(r.groups.at(-1)!.cumulative!.value).toBe(r.total.hard.value);
  });

  it('moves break-even along the funnel: a higher application value lowers what a hire adds', () => {
    // value 8,950 against a cost of 1,000; per unit of application value, value moves by 40 − 2 = 38
    // applications: 25 + (1,000 − 8,950) / 38 = 25 − 209.21 < 0 → 0
    const r = report({ observations: [hiring] }, { profile: funnel, useCase: 'recruitment' });
    expect(r.total.hard.breakEvenUnitValue).toEqual({ result: 'application', value: 0 });
    const dear = observation('linkedin', '2026-09-01', '2026-09-01', { spend: 20_000, applications: 40, hires: 2 });
    // 25 + (20,000 − 8,950) / 38 = 25 + 290.789… = 315.79
    expect(report({ observations: [dear] }, { profile: funnel, useCase: 'recruitment' }).total.hard.breakEvenUnitValue).toEqual({
      result: 'application',
      value: 315.79,
    });
  });
});

describe('unit costs on the channels that brought the result', () => {
  it('divides the spend of the lead channels only, and keeps the all-spend figure beside it', () => {
    const { total } = report({ observations: [linkedin, meta, google] });
    // leads come from linkedin only: CPL 300 / 3 = 100, not 1,000 / 3 = 333.33
    expect(total.hard.cpl).toBe(100);
    expect(total.hard.allSpend.cpl).toBeCloseTo(333.3333, 4);
    // conversions from all three: 1,000 / 7 either way
    expect(total.hard.cpa).toBeCloseTo(142.857, 3);
    expect(total.hard.allSpend.cpa).toBeCloseTo(142.857, 3);
  });

  it('counts a hiring channel’s other costs in its cost per hire, and not another channel’s', () => {
    const hires = observation('linkedin', '2026-09-01', '2026-09-01', { spend: 1000, hires: 2 });
    const agency = cost('linkedin', 'agency', '2026-09-10', '2026-09-10', 600);
    const tools = cost('meta', 'tools', '2026-09-10', '2026-09-10', 400);
    const { total } = report({ observations: [hires, meta], spendEntries: [agency, tools] });
    // linkedin: (1,000 + 600) / 2 = 800; on the whole cost (1,000 + 600 + 100 + 400) / 2 = 1,050
    expect(total.hard.costPerHire).toBe(800);
    expect(total.hard.allSpend.costPerHire).toBe(1050);
  });
});

describe('a negative cost', () => {
  it('makes ROI undefined, with a warning, never a negative ROI against a positive value', () => {
    const refund = cost('linkedin', 'media', '2026-09-05', '2026-09-05', -500);
    const r = report({ observations: [linkedin], spendEntries: [refund] });
    // cost 300 − 500 = −200; value 3 × 400 + 2 × 150 = 1,500
    expect(r.total.hard).toMatchObject({ cost: -200, value: 1500, roi: null, breakEvenUnitValue: null });
    expect(r.warnings.filter((w) => w.code === 'negative-cost').map((w) => w.params)).toEqual([{ channel: 'linkedin', cost: -200 }]);
  });
});
