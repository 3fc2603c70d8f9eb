import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLES, groupOf, reportOn } from '../helpers/report.js';

type Expected = Record<string, Record<string, string>>;
const expected = JSON.parse(readFileSync(`${SAMPLES}expected.json`, 'utf8')) as Expected;
const variantsExpected = JSON.parse(readFileSync(`${SAMPLES}variants/expected.json`, 'utf8')) as Expected;

const PLATFORM_FILES = ['linkedin_campaign_performance.csv', 'meta_ads_export.csv', 'google_ads_campaign_report.csv'].map((f) => SAMPLES + f);

function expectTotals(metrics: Record<string, number>, want: Record<string, string>) {
  for (const [key, value] of Object.entries(want)) expect(metrics[key], key).toBe(Number(value));
}

describe('the sample exports read to their true totals', () => {
  it.each(['linkedin', 'meta', 'google-ads'])('%s, to the cent', async (channel) => {
    const report = await reportOn(PLATFORM_FILES);
    expectTotals(groupOf(report, channel).metrics, expected[channel]!);
  });

  it('their sum, as the samples README gives it', async () => {
    const report = await reportOn(PLATFORM_FILES);
    expect(report.total.metrics).toMatchObject({
      impressions: 3383746,
      clicks: 55835,
      reactions: 8957,
      comments: 1378,
      shares: 1030,
      leads: 666,
      conversions: 748,
      revenue: 35239.1,
      spend: 79084.08,
    });
  });

  it('the variants folder (UTF-16LE LinkedIn, French Meta and Google Ads) reads with no flags', async () => {
    const report = await reportOn([`${SAMPLES}variants/`]);
    for (const channel of ['linkedin', 'meta', 'google-ads']) expectTotals(groupOf(report, channel).metrics, variantsExpected[channel]!);
    expectTotals(report.total.metrics, variantsExpected._total!);
    expect(report.files.map((f) => [f.kind, f.encoding, f.delimiter, f.headerLine, f.decimalMark])).toEqual([
      ['google-ads', 'utf-8', ',', 3, ','],
      ['linkedin-campaign', 'utf-16le', '\t', 6, '.'],
      ['meta-ads', 'utf-8', ',', 1, ','],
    ]);
  });

  it('the ledger raises total cost above media spend by exactly its 9,267.50 of non-media costs', async () => {
    const report = await reportOn([...PLATFORM_FILES, `${SAMPLES}ledger_2026-09.csv`]);
    // 390 (tools, all) + 1200 (content) + 30 h × 55 + 1850 (agency) + 3600 (training, all) + 10.5 h × 55
    // = 390 + 1200 + 1650 + 1850 + 3600 + 577.50 = 9267.50
    expect(report.total.hard.mediaSpend).toBe(79084.08);
    expect(report.total.hard.cost).toBe(88351.58);
    expect(report.total.hard.otherCosts).toBe(9267.5);
    expect(report.sharedCosts).toEqual({ lines: 2, allocated: 3990, unallocated: 0 });
  });

  it('totals rows are skipped and counted, never summed', async () => {
    const report = await reportOn([`${SAMPLES}google_ads_campaign_report.csv`]);
    expect(report.files[0]).toMatchObject({ kind: 'google-ads', rows: 90, totalsRowsSkipped: 2, headerLine: 3 });
  });
});
