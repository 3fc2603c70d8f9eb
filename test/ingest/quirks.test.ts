import { describe, expect, it } from 'vitest';
import { FIXTURES, groupOf, reportOn } from '../helpers/report.js';

const at = (name: string) => `${FIXTURES}ingest/${name}`;

describe('export quirks, each in a fixture named after it', () => {
  it('Google Ads "CSV (Excel)": UTF-16LE, tabs, two title lines, totals rows skipped', async () => {
    const report = await reportOn([at('google-ads-en-utf16-tab-totals.csv')]);
    // rows: 686.32 + 313.41 = 999.73; clicks 1,201 + 12; impressions 15,399 + 876; "--" conv. value is missing, not 0
    expect(groupOf(report, 'google-ads').metrics).toMatchObject({
      spend: 999.73, clicks: 1213, impressions: 16275, conversions: 4.75, revenue: 451.92,
    });
    expect(report.files[0]).toMatchObject({ encoding: 'utf-16le', delimiter: '\t', headerLine: 3, rows: 2, totalsRowsSkipped: 2 });
  });

  it('Meta with French UI headers, ";", non-breaking-space thousands and decimal commas', async () => {
    const report = await reportOn([at('meta-ads-fr-semicolon-nbsp.csv')], ['channel', 'month']);
    // 1 234,56 + 0,44 + 100 = 1 335,00; impressions 12 000 + 1 000 + 2 500; leads 3 + 1; revenue 1 000,50
    expect(report.total.metrics).toMatchObject({ spend: 1335, impressions: 15500, clicks: 175, leads: 4, conversions: 2, revenue: 1000.5 });
    expect(report.files[0]).toMatchObject({ delimiter: ';', decimalMark: ',', dateFormat: 'D/M/YYYY' });
    expect(report.groups.map((g) => g.key.month)).toEqual(['2026-09']);
  });

  it('Meta without a Day breakdown: a range row is spread over its days, never put on one', async () => {
    const report = await reportOn([at('meta-ads-en-range-no-day.csv')], ['month']);
    // 4 days, 2 in September and 2 in October: 100.01 → 50.01 + 50.00; 4000 impressions → 2000 + 2000
    expect(report.groups.map((g) => [g.key.month, g.metrics.spend, g.metrics.impressions])).toEqual([
      ['2026-09', 50.01, 2000],
      ['2026-10', 50, 2000],
    ]);
  });

  it('Google Ads without a Day column takes its range from the title line above the header', async () => {
    const report = await reportOn([at('google-ads-en-no-day-preamble-range.csv')], ['week']);
    expect(report.period).toEqual({ from: '2026-09-01', to: '2026-09-30' });
    // 300.00 over 30 days: 2026-W36 (1–6 Sep) gets 6 days = 60.00
    expect(report.groups[0]).toMatchObject({ key: { week: '2026-W36' }, metrics: { spend: 60 } });
    expect(report.total.metrics.spend).toBe(300);
  });

  it('a French ";" spend ledger: D/M dates, "1 850,00 €", hours × rate, a credit with a warning', async () => {
    const report = await reportOn([at('spend-ledger-fr-semicolon.csv')]);
    // 390 + 30 × 55 + 1 850 − 50 = 3 840; with no media spend the shared 390 stays in "all"
    expect(report.total.hard.cost).toBe(3840);
    expect(report.groups.map((g) => [g.key.channel, g.hard.cost])).toEqual([
      ['all', 390],
      ['linkedin', 1650],
      ['meta', 1850],
      ['x', -50],
    ]);
    expect(report.warnings.map((w) => [w.code, w.location?.line])).toEqual([
      ['negative-amount', 5],
      ['shared-costs-unallocated', undefined],
    ]);
  });

  it('CR-only line endings and a newline inside a quoted campaign name', async () => {
    const report = await reportOn([at('linkedin-campaign-en-cr-only.csv')], ['campaign']);
    expect(report.groups.map((g) => [g.key.campaign, g.metrics.spend])).toEqual([
      ['Plain', 0.5],
      ['Two\rlines', 10.5],
    ]);
  });
});
