import { describe, expect, it } from 'vitest';
import { problemLine } from '../../src/report/messages.js';
import { FIXTURES, groupOf, readingWarnings, reportOn } from '../helpers/report.js';

const at = (name: string) => `${FIXTURES}ingest/${name}`;

describe('export quirks, each in a fixture named after it', () => {
  it('Google Ads "CSV (Excel)": UTF-16LE, tabs, two title lines, totals rows skipped', async () => {
    const report = await reportOn([at('google-ads-en-utf16-tab-totals.csv')]);
    // rows: 686.32 + 313.41 = 999.73; clicks 1,201 + 12; impressions 15,399 + 876; "--" conv. value is missing, not 0
    expect(groupOf(report, 'google-ads').metrics).toMatchObject({
      spend: 999.73,
      clicks: 1213,
      impressions: 16275,
      conversions: 4.75,
      revenue: 451.92,
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
    expect(readingWarnings(report).map((w) => [w.code, w.location?.line])).toEqual([
      ['negative-amount', 5],
      ['shared-costs-unallocated', undefined],
      // x holds the credit alone: a cost of −50 has no ROI
      ['negative-cost', undefined],
    ]);
    expect(report.groups.find((g) => g.key.channel === 'x')!.hard.roi).toBeNull();
  });

  it('an English LinkedIn export re-saved by French Excel: decimal commas make its ambiguous dates day-first', async () => {
    const report = await reportOn([at('linkedin-campaign-en-resaved-by-french-excel.csv')], ['month']);
    // 01/09 and 02/09 fit both orders; with "10,50" the file was saved in a day-first locale: September, not January
    expect(report.groups.map((g) => [g.key.month, g.metrics.spend, g.metrics.impressions])).toEqual([['2026-09', 12.75, 1100]]);
    expect(report.warnings[0]).toMatchObject({ code: 'ambiguous-dates', params: { format: 'D/M/YYYY', basis: 'numbers' } });
  });

  it('CR-only line endings and a newline inside a quoted campaign name', async () => {
    const report = await reportOn([at('linkedin-campaign-en-cr-only.csv')], ['campaign']);
    expect(report.groups.map((g) => [g.key.campaign, g.metrics.spend])).toEqual([
      ['Plain', 0.5],
      ['Two\rlines', 10.5],
    ]);
  });

  it('X content export with a title row above the header: textual dates, shares = Reposts + Shares', async () => {
    const report = await reportOn([at('x-content-en-title-row.csv')], ['month']);
    // impressions 1200 + 800 + 1500 = 3500; URL Clicks 12 + 6 + 8 = 26; Likes 30 + 10 + 20 = 60;
    // Replies 5 + 3 + 4 = 12; shares (Reposts + Shares) (7 + 2) + (2 + 0) + (3 + 1) = 15;
    // Bookmarks 4 + 1 + 0 = 5; New follows 1 + 0 + 2 = 3
    expect(report.total.metrics).toMatchObject({
      impressions: 3500,
      clicks: 26,
      reactions: 60,
      comments: 12,
      shares: 15,
      saves: 5,
      follows: 3,
      spend: 0,
    });
    expect(report.files[0]).toMatchObject({ kind: 'x-content', headerLine: 2, rows: 3 });
    // "Thu, Oct 1, 2026" is October: 1500 impressions there, 1200 + 800 in September
    expect(report.groups.map((g) => [g.key.month, g.metrics.impressions])).toEqual([
      ['2026-09', 2000],
      ['2026-10', 1500],
    ]);
  });

  it('legacy X tweet activity: "favorites", "-" promoted columns, "424.0" floats, promoted added to organic', async () => {
    const report = await reportOn([at('x-legacy-en-favorites-promoted-floats.csv')], ['month']);
    // impressions 424 + 1000 + 76 organic, + 2500 promoted on the one promoted tweet = 4000
    // url clicks 0 + 25 + 2 + 30 = 57; favorites 2 + 10 + 1 + 5 = 18; replies 0 + 2 + 1 + 1 = 4;
    // retweets 1 + 3 + 0 + 2 = 6; follows 0 + 1 + 0 + 4 = 5
    expect(report.total.metrics).toMatchObject({ impressions: 4000, clicks: 57, reactions: 18, comments: 4, shares: 6, follows: 5 });
    expect(report.files[0]).toMatchObject({ kind: 'x-legacy', encoding: 'utf-8', decimalMark: '.', rows: 3 });
    // "2015-10-01 07:00 +0000" is read as written, with no time-zone shift: 76 impressions in October
    expect(report.groups.map((g) => [g.key.month, g.metrics.impressions])).toEqual([
      ['2015-09', 3924],
      ['2015-10', 76],
    ]);
    expect(readingWarnings(report)).toEqual([]);
  });

  it('TikTok: "<5" impressions as 0 and counted, "--" as missing, totals and "-" rows skipped, a full-width "）" header', async () => {
    const report = await reportOn([at('tiktok-ads-en-masked-totals-fullwidth.csv')], ['campaign']);
    // The row with campaign "-" adds up a breakdown (the parser built on real exports drops it): it
    // is skipped and counted with the "Total of 3 results" row. Spend 12.50 + 0.40 + 7.00 = 19.90;
    // impressions 1000 + 0 (<5) + 0 (<5) = 1000; reach 800 (the "--" cells are missing); clicks
    // 10 + 0 + 1 = 11, read from "Clicks (destination）"; conversions 1; video views 300 + 2 = 302.
    expect(report.total.metrics).toMatchObject({ spend: 19.9, impressions: 1000, reach: 800, clicks: 11, conversions: 1, videoViews: 302 });
    expect(report.files[0]).toMatchObject({ kind: 'tiktok-ads', rows: 3, totalsRowsSkipped: 2 });
    expect(report.groups.map((g) => [g.key.campaign, g.metrics.spend])).toEqual([['Rentrée', 19.9]]);
    expect(readingWarnings(report).map((w) => [w.code, w.params, w.location?.line])).toEqual([
      ['masked-values', { count: 2, column: 'Impressions', shown: '<5' }, 3],
    ]);
  });

  it('the masked-values warning says the count, the column and the first line, in English and French', async () => {
    const report = await reportOn([at('tiktok-ads-en-masked-totals-fullwidth.csv')]);
    const [masked] = report.warnings;
    const file = at('tiktok-ads-en-masked-totals-fullwidth.csv');
    expect(problemLine(masked!, 'en')).toBe(
      `${file}:3: 2 Impressions value(s) hidden by the platform as "<5" (too few to show): counted as 0, so the total ` +
        `is slightly low; the first on this line (masked-values)`,
    );
    expect(problemLine(masked!, 'fr')).toBe(
      `${file}:3: 2 valeur(s) de la colonne Impressions masquée(s) par la plateforme sous la forme «\u00a0<5\u00a0» ` +
        `(trop faibles pour être montrées)\u00a0: comptée(s) comme 0, le total est donc un peu bas\u00a0; la première ` +
        `sur cette ligne (masked-values)`,
    );
  });

  // No French TikTok fixture: no French UI header of this export has been seen (export-formats.md A7
  // lists English headers only), and aliases guessed from help pages would be invented data.
});
