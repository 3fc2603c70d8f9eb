import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_RECORD_CHARS, readInputFile } from '../../src/read/read-file.js';
import { tiktokAds } from '../../src/sources/tiktok-ads.js';
import { xContent } from '../../src/sources/x-content.js';
import { xLegacy } from '../../src/sources/x-legacy.js';
import { groupOf, readingWarnings, reportOn, SAMPLES } from '../helpers/report.js';

type Expected = Record<string, Record<string, string>>;
const expected = JSON.parse(readFileSync(`${SAMPLES}expected.json`, 'utf8')) as Expected;
const variantsExpected = JSON.parse(readFileSync(`${SAMPLES}variants/expected.json`, 'utf8')) as Expected;

const PLATFORM_FILES = ['linkedin_campaign_performance.csv', 'meta_ads_export.csv', 'google_ads_campaign_report.csv'].map(
  (f) => SAMPLES + f,
);
const X_FILE = `${SAMPLES}account_analytics_content_2026-09-01_2026-09-30.csv`;
const TIKTOK_FILE = `${SAMPLES}tiktok_ads_campaign_report.csv`;
const ALL_EXPORTS = [...PLATFORM_FILES, X_FILE, TIKTOK_FILE];

/** Every sample file of a kind some reader knows, with that kind. */
const KINDS: [file: string, kind: string][] = [
  ['linkedin_campaign_performance.csv', 'linkedin-campaign'],
  ['meta_ads_export.csv', 'meta-ads'],
  ['google_ads_campaign_report.csv', 'google-ads'],
  ['account_analytics_content_2026-09-01_2026-09-30.csv', 'x-content'],
  ['tiktok_ads_campaign_report.csv', 'tiktok-ads'],
  ['ledger_2026-09.csv', 'spend-ledger'],
  ['variants/linkedin_campaign_performance.csv', 'linkedin-campaign'],
  ['variants/meta_ads_export.csv', 'meta-ads'],
  ['variants/google_ads_campagnes.csv', 'google-ads'],
];

function expectTotals(metrics: Record<string, number>, want: Record<string, string>) {
  for (const [key, value] of Object.entries(want)) expect(metrics[key], key).toBe(Number(value));
}

describe('the sample exports read to their true totals', () => {
  it.each(['linkedin', 'meta', 'google-ads'])('%s, to the cent', async (channel) => {
    const report = await reportOn(PLATFORM_FILES);
    expectTotals(groupOf(report, channel).metrics, expected[channel]!);
  });

  it.each(['x', 'tiktok'])('%s, exactly, alone and among the other exports', async (channel) => {
    expectTotals(groupOf(await reportOn([channel === 'x' ? X_FILE : TIKTOK_FILE]), channel).metrics, expected[channel]!);
    expectTotals(groupOf(await reportOn(ALL_EXPORTS), channel).metrics, expected[channel]!);
  });

  it('all five exports together, to the cent', async () => {
    const report = await reportOn(ALL_EXPORTS);
    expectTotals(report.total.metrics, expected._total!);
    expect(report.total.metrics).toMatchObject({ impressions: 4363647, clicks: 61771, spend: 83393.42 });
  });

  it('the X sample: shares are Reposts + Shares, with its bookmarks and new follows', async () => {
    const x = groupOf(await reportOn([X_FILE]), 'x').metrics;
    // Reposts 17+20+25+6+1+13+25+17+2+13+3+2+8+9+21 = 182, Shares 5+0+1+4+1+4+1+1+3+3+1+1+1+5+5 = 36
    expect(x).toMatchObject({ shares: 218, saves: 74, follows: 53, spend: 0 });
  });

  it('the TikTok sample: seven "<5" impressions read as 0 and said once, the "Total of 60 results" row skipped', async () => {
    const report = await reportOn([TIKTOK_FILE]);
    expect(report.files[0]).toMatchObject({ kind: 'tiktok-ads', rows: 60, totalsRowsSkipped: 1 });
    expect(readingWarnings(report).map((w) => [w.code, w.params, w.location?.line])).toEqual([
      ['masked-values', { count: 7, column: 'Impressions', shown: '<5' }, 11],
    ]);
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

describe('each sample file is read as its own kind', () => {
  it.each(KINDS)('%s → %s', async (file, kind) => {
    const report = await reportOn([SAMPLES + file]);
    expect(report.files.map((f) => f.kind)).toEqual([kind]);
  });

  // Stronger than winning on confidence: the new readers do not even match another kind's header.
  it.each([...KINDS.map(([file]) => file), 'crm_outcomes_2026-09.csv', 'team_survey_2026-09.csv'])(
    '%s is claimed by no X or TikTok reader unless it is one',
    async (file) => {
      const own = KINDS.find(([f]) => f === file)?.[1];
      const others = [xContent, xLegacy, tiktokAds].filter((source) => source.id !== own);
      const read = readInputFile(
        { name: file, path: SAMPLES + file },
        { sources: others, campaignNames: false, lenient: false, maxRecordChars: DEFAULT_MAX_RECORD_CHARS },
      );
      await expect(read).rejects.toMatchObject({ problem: { code: 'INPUT_UNKNOWN_FORMAT' } });
    },
  );
});
