import { describe, expect, it } from 'vitest';
import { isSocialRoiError } from '../../src/model/errors.js';
import { inspectFile } from '../../src/read/inspect-file.js';
import { problemLine, problemMessage } from '../../src/report/messages.js';
import { SOURCES } from '../../src/sources/index.js';
import { cli } from '../helpers/cli.js';
import { FIXTURES, groupOf, reportOn } from '../helpers/report.js';

const at = (name: string) => `${FIXTURES}ingest/${name}`;

/** What inspect explains about a file's quirks. */
async function notesOfPath(path: string) {
  const [inspection] = await inspectFile({ name: path, path }, { sources: SOURCES });
  if (inspection === undefined || !('notes' in inspection)) throw new Error(`${path}: no table read`);
  return inspection.notes;
}

async function notesOf(name: string) {
  return (await notesOfPath(at(name))).map((n) => ({ code: n.code, params: n.params }));
}

async function failureOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isSocialRoiError(error)) return error.problem;
    throw error;
  }
  throw new Error('expected an input error');
}

describe('rows that cover more than a day are spread over it, never put on one day', () => {
  it('LinkedIn without a day breakdown: every row dated at the report start is an aggregate over the range above the header', async () => {
    const file = 'linkedin-campaign-en-period-start-aggregate.csv';
    const report = await reportOn([at(file)], ['week']);
    // Webinar 300.00 + 150.30 = 450.30 over the 30 days of September = 15.01 a day; Hiring 60.00 = 2.00
    // a day; 17.01 a day in all. W36 holds 1–6 September (6 days), W40 28–30 (3 days).
    expect(report.groups.map((g) => [g.key.week, g.metrics.spend])).toEqual([
      ['2026-W36', 102.06],
      ['2026-W37', 119.07],
      ['2026-W38', 119.07],
      ['2026-W39', 119.07],
      ['2026-W40', 51.03],
    ]);
    // impressions 3,000 + 1,500 + 600 = 5,100, 170 a day
    expect(report.total.metrics).toMatchObject({ spend: 510.3, impressions: 5100, clicks: 51, leads: 3, conversions: 3 });
    expect(report.groups[0]!.metrics.impressions).toBe(1020);
    expect(report.period).toEqual({ from: '2026-09-01', to: '2026-09-30' });
    // "9/1/2026" alone could be 9 January: read month-first, as English LinkedIn exports write it, and said
    expect(report.warnings.map((w) => w.code)).toContain('ambiguous-dates');
    expect(await notesOf(file)).toEqual([
      { code: 'period-start-rows', params: { source: 'LinkedIn Campaign Manager', start: '2026-09-01', end: '2026-09-30' } },
    ]);
  });

  it('a daily LinkedIn export with the same preamble stays daily', async () => {
    const report = await reportOn([`${FIXTURES}samples/variants/linkedin_campaign_performance.csv`], ['week']);
    expect(report.groups[0]!.key.week).toBe('2026-W36');
    expect(await notesOfPath(`${FIXTURES}samples/variants/linkedin_campaign_performance.csv`)).toEqual([]);
  });

  it('Google Ads by week: a week is its Monday and the six days after, cut to the range above the header', async () => {
    const file = 'google-ads-en-week-segment.csv';
    const report = await reportOn([at(file)], ['month']);
    // Week of 31 August: 60.00, but the report starts on 1 September, so all of it is September's.
    // Week of 28 September: 70.00 = 10.00 a day, 3 days in September (30.00) and 4 in October (40.00).
    // Impressions 1,200 + 1,400 (600 + 800); conversions 6 + 7 (3 + 4). The totals row is skipped.
    expect(report.groups.map((g) => [g.key.month, g.metrics.spend, g.metrics.impressions, g.metrics.conversions])).toEqual([
      ['2026-09', 90, 1800, 9],
      ['2026-10', 40, 800, 4],
    ]);
    expect(report.period).toEqual({ from: '2026-09-01', to: '2026-10-04' });
    expect(report.files[0]).toMatchObject({ rows: 2, totalsRowsSkipped: 1 });
    expect(await notesOf(file)).toEqual([
      { code: 'segment-rows', params: { segment: 'week', column: 'Week', clipped: 'yes', start: '2026-09-01', end: '2026-10-31' } },
    ]);
  });

  it('Google Ads by month, French UI: a month row is spread over its calendar month', async () => {
    const report = await reportOn([at('google-ads-fr-month-segment.csv')], ['week']);
    // September 300,00 over 30 days and October 310,00 over 31 days: 10,00 a day each.
    // W36 = 1–6 September (60,00); W40 = 28 September – 4 October (3 + 4 days: 70,00).
    const byWeek = Object.fromEntries(report.groups.map((g) => [g.key.week, g.metrics.spend]));
    expect(byWeek).toMatchObject({ '2026-W36': 60, '2026-W40': 70, '2026-W44': 60 });
    expect(report.total.metrics).toMatchObject({ spend: 610, impressions: 12200, clicks: 610, conversions: 61, revenue: 1220 });
    expect(report.period).toEqual({ from: '2026-09-01', to: '2026-10-31' });
  });

  it('Meta without a Day breakdown and Google Ads without a date column say how their rows were spread', async () => {
    expect(await notesOf('meta-ads-en-range-no-day.csv')).toEqual([
      {
        code: 'range-rows',
        params: { startColumn: 'Reporting starts', endColumn: 'Reporting ends', start: '2026-09-29', end: '2026-10-02' },
      },
    ]);
    expect(await notesOf('google-ads-en-no-day-preamble-range.csv')).toEqual([
      { code: 'undated-rows', params: { start: '2026-09-01', end: '2026-09-30' } },
    ]);
  });

  it('inspect explains the trap in words, in English and French', async () => {
    const { code, stdout } = await cli(['inspect', at('linkedin-campaign-en-period-start-aggregate.csv')]);
    expect(code).toBe(0);
    expect(stdout).toContain('quirks handled');
    expect(stdout.replace(/\s+/g, ' ')).toContain(
      'rows are LinkedIn Campaign Manager period aggregates dated at the period start: spread over ' +
        '2026-09-01…2026-09-30 (the range stated above the header), not counted on 2026-09-01 alone',
    );
    const [week] = await notesOfPath(at('google-ads-en-week-segment.csv'));
    expect(problemMessage(week!, 'fr')).toBe(
      'les lignes sont des totaux par semaine (Week)\u00a0: chacune est répartie sur les jours de sa semaine compris ' +
        'dans la période indiquée au-dessus de l’en-tête, du 2026-09-01 au 2026-10-31',
    );
  });
});

describe('Google Ads segmented by conversion action', () => {
  it('counts cost, impressions and clicks once per campaign and day, and sums conversions across actions', async () => {
    const file = 'google-ads-en-conversion-action.csv';
    const report = await reportOn([at(file)], ['campaign']);
    // Search - Brand: 150.00 on 1 September (three action rows repeating it) + 120.00 on the 2nd;
    // clicks 100 + 80, impressions 2,000 + 1,600; conversions 3 + 5 + 1.5 + 2 + 4 = 15.5; value 300 + 200.
    // PMax: one row. Display: 0 on the first action's row, 20.00 / 40 / 4,000 on the second.
    expect(
      report.groups.map((g) => [
        g.key.campaign,
        g.metrics.spend,
        g.metrics.clicks,
        g.metrics.impressions,
        g.metrics.conversions,
        g.metrics.revenue,
      ]),
    ).toEqual([
      ['Display', 20, 40, 4000, 3, 50],
      ['PMax', 75.5, 50, 5000, 1, 99.9],
      ['Search - Brand', 270, 180, 3600, 15.5, 500],
    ]);
    // The same as the "Total: Account" row the export adds (and that is skipped, never summed)
    expect(report.total.metrics).toMatchObject({ spend: 365.5, clicks: 270, impressions: 12600, conversions: 19.5, revenue: 649.9 });
    expect(report.files[0]).toMatchObject({ rows: 8, totalsRowsSkipped: 1 });
    expect(await notesOf(file)).toEqual([
      { code: 'conversion-action-rows', params: { column: 'Conversion action', actions: 3, repeated: 'Cost, Impr., Clicks' } },
    ]);
  });

  it("in a report by ad group, repeats are per ad group: each one's cost counts once", async () => {
    const report = await reportOn([at('google-ads-en-conversion-action-by-ad-group.csv')]);
    // Brand 15.00 / 10 clicks / 100 impressions and Generic 25.00 / 20 / 400, each on two action rows;
    // conversions 1 + 2 + 1 + 0.5, value 30 + 20
    expect(groupOf(report, 'google-ads').metrics).toMatchObject({ spend: 40, clicks: 30, impressions: 500, conversions: 4.5, revenue: 50 });
  });

  it('reads the French UI column "Action de conversion"', async () => {
    const report = await reportOn([at('google-ads-fr-conversion-action.csv')]);
    // 12,50 repeated on both actions' rows; conversions 1 + 2,5; value 40 + 0
    expect(groupOf(report, 'google-ads').metrics).toMatchObject({
      spend: 12.5,
      clicks: 10,
      impressions: 1000,
      conversions: 3.5,
      revenue: 40,
    });
  });

  it('refuses rows of the same campaign and day that disagree on a repeated figure, naming both lines', async () => {
    const file = at('google-ads-en-conversion-action-disagree.csv');
    const problem = await failureOf(reportOn([file]));
    expect(problemLine(problem, 'en')).toBe(
      `${file}:5:7: Cost is 151.00 here but 150.00 on line 4 for the same campaign and day: rows split by Conversion ` +
        `action repeat the campaign's Cost, so they must agree (INPUT_REPEATED_VALUE_DIFFERS)`,
    );
    expect(problemLine(problem, 'fr')).toBe(
      `${file}:5:7: Cost vaut 151.00 ici mais 150.00 à la ligne 4 pour la même campagne et le même jour\u00a0: les ` +
        `lignes détaillées par Conversion action répètent la valeur Cost de leur campagne, elles doivent donc concorder ` +
        `(INPUT_REPEATED_VALUE_DIFFERS)`,
    );
    // --lenient skips that row: the first action's row alone counts
    const lenient = await reportOn([file], ['channel'], 'b2b-saas', true);
    expect(lenient.total.metrics).toMatchObject({ spend: 150, conversions: 3, revenue: 300 });
    expect(lenient.files[0]).toMatchObject({ rows: 1, skippedRows: 1 });
  });
});

describe('Meta Results count as conversions only where Result type names a conversion', () => {
  it('reads registrations, not clicks, leads, unlabelled results or purchases already in Purchases', async () => {
    const file = 'meta-ads-en-result-type-results.csv';
    const report = await reportOn([at(file)], ['campaign']);
    // conversions: Purchases 4 (Shop) + Results 7 (Sign-ups, "Website registrations completed");
    // not the 80 link clicks, the 3 leads (counted from Leads), the 4 purchases again, or the 5 unlabelled
    expect(report.total.metrics).toMatchObject({ conversions: 11, leads: 3, spend: 260, clicks: 120 });
    expect(report.groups.map((g) => [g.key.campaign, g.metrics.conversions])).toEqual([
      ['Forms', 0],
      ['Shop', 4],
      ['Sign-ups', 7],
      ['Traffic', 0],
      ['Unlabelled', 0],
    ]);
    const [note] = await notesOfPath(at(file));
    expect(problemMessage(note!, 'en')).toBe(
      'Results read as conversions on 1 row(s), where Result type names a conversion (Website registrations completed); left out on 4 row(s), where it does not ("", Leads, Link clicks, Website purchases); purchases are counted once, from Purchases',
    );
  });

  it('counts purchase results when the export has no Purchases column', async () => {
    const report = await reportOn([at('meta-ads-en-result-type-purchases-no-purchases-column.csv')]);
    // Results 4 ("Website purchases") + 2 ("Purchases") = 6; the 30 ThruPlays are not conversions;
    // spend 60.00 + 20.00 + 10.00
    expect(report.total.metrics).toMatchObject({ conversions: 6, spend: 90 });
  });
});

describe('Windows-1252, duplicate and optional columns', () => {
  it('a French Meta export saved as Windows-1252 reads its accented headers, and its names come out without mojibake', async () => {
    const file = at('meta-ads-fr-windows-1252.csv');
    const report = await reportOn([file], ['campaign']);
    // 1 234,56 + 65,44 = 1 300,00; impressions 12 000 + 1 000; clicks 150 + 5; leads ("Prospects") 3 + 1
    expect(report.total.metrics).toMatchObject({ spend: 1300, impressions: 13000, clicks: 155, leads: 4 });
    expect(report.groups.map((g) => g.key.campaign)).toEqual(['Noël', 'Rentrée été']);
    expect(report.files[0]).toMatchObject({ encoding: 'windows-1252', delimiter: ';', decimalMark: ',' });
    expect(report.warnings.map((w) => w.code)).toContain('legacy-encoding');
    const json = await cli(['report', file, '--by', 'campaign', '--format', 'json', '--quiet']);
    expect(json.stdout).toContain('"campaign": "Rentrée été"');
    expect(json.stdout).not.toMatch(/Ã|Â|\uFFFD/);
    const inspected = await cli(['inspect', file]);
    expect(inspected.stdout).toMatch(/^ +5 +Montant dépensé \(EUR\) +spend$/m);
    expect(inspected.stdout).not.toMatch(/Ã|Â|\uFFFD/);
  });

  it('two columns with the same name: harmless when neither is read, and inspect says so', async () => {
    const file = 'meta-ads-en-duplicate-unread-header.csv';
    expect((await reportOn([at(file)])).total.metrics).toMatchObject({ spend: 12.34, impressions: 1000, clicks: 10 });
    expect(await notesOf(file)).toEqual([{ code: 'duplicate-headers', params: { name: 'Result value type', columns: '7, 9' } }]);
  });

  it('two columns with the same name as one that is read: refused, since nothing says which copy holds the figures', async () => {
    const file = `${FIXTURES}bad/duplicate-column.csv`;
    expect(problemLine(await failureOf(reportOn([file])))).toBe(
      `${file}:1:7: duplicate column "Impressions" (also column 6): cannot tell which one to read (INPUT_DUPLICATE_COLUMN)`,
    );
  });

  it('optional columns that come and go between two exports: each file counts what it has, a missing column is no zero', async () => {
    const report = await reportOn(
      [at('meta-ads-en-optional-columns-september.csv'), at('meta-ads-en-optional-columns-october.csv')],
      ['month'],
    );
    // spend 40 + 60, impressions 4,000 + 6,000, clicks 40 + 60; comments and shares from September only,
    // reach from October only
    expect(report.total.metrics).toMatchObject({ spend: 100, impressions: 10000, clicks: 100, comments: 4, shares: 2, reach: 5000 });
    const [september, october] = report.groups;
    // September: 4 comments / 4,000 impressions; October had no comments column: no score, not 0
    expect(september!.soft.scores.conversation?.rate).toBe(0.001);
    expect(october!.soft.scores.conversation).toBeNull();
    expect(october!.soft.scores.amplification).toBeNull();
  });
});

describe('the same export given twice over overlapping dates', () => {
  const first = at('meta-ads-en-overlapping-dates-1-september.csv');
  const second = at('meta-ads-en-overlapping-dates-2-to-october.csv');

  it('counts the shared days once, from the file named later, and says so', async () => {
    const report = await reportOn([first, second], ['campaign']);
    // The second file repeats the first's Retargeting row of 29 September exactly: the same download
    // again. The files share 29–30 September: the first file's Retargeting rows on those days (10.00 +
    // 10.00) are left out for the second's (10.00 + 11.00, its 30 September updated since). The first's
    // 28 September (10.00) and the second's 1 October (12.00) stay: 43.00, conversions 1 + 1 + 1 + 1.
    // Prospecting is only in the first file, Brand only in the second: both kept whole.
    expect(report.groups.map((g) => [g.key.campaign, g.metrics.spend, g.metrics.conversions])).toEqual([
      ['Brand', 7, 0],
      ['Prospecting', 5, 0],
      ['Retargeting', 43, 4],
    ]);
    expect(report.warnings.filter((w) => w.code === 'overlapping-files').map((w) => [w.code, w.params, w.location?.file])).toEqual([
      ['overlapping-files', { later: second, source: 'Meta Ads Manager', campaigns: 1, start: '2026-09-29', end: '2026-09-30' }, first],
    ]);
    // Not grouping by campaign changes nothing: 43 + 5 + 7
    expect((await reportOn([first, second])).total.metrics.spend).toBe(55);
  });

  it('the file named later wins, whichever it is', async () => {
    const report = await reportOn([second, first], ['campaign']);
    // Now the September file is the later one: Retargeting 10.00 × 3 + 12.00 (1 October) = 42.00;
    // Prospecting 5.00, Brand 7.00
    expect(report.total.metrics.spend).toBe(54);
    expect(report.warnings.find((w) => w.code === 'overlapping-files')?.location?.file).toBe(second);
  });

  it('one ad-level export cut in two by rows repeats no row: both halves are added up', async () => {
    // Both halves cover 29–30 September for Retargeting, but one holds Ad A (4.00 + 3.00) and the other
    // Ad B (6.00 + 2.00): no campaign and day has the same figures in both. 4 + 3 + 6 + 2 = 15.00
    const report = await reportOn([at('meta-ads-en-split-by-rows-1.csv'), at('meta-ads-en-split-by-rows-2.csv')]);
    expect(report.total.metrics).toMatchObject({ spend: 15, impressions: 1500, clicks: 15 });
    expect(report.warnings.map((w) => w.code)).not.toContain('overlapping-files');
  });

  it('the warning in English and French', async () => {
    const warning = (await reportOn([first, second])).warnings.find((w) => w.code === 'overlapping-files');
    expect(problemLine(warning!, 'en')).toBe(
      `${first}: ${second} repeats rows of this Meta Ads Manager export (the same download again?): from 2026-09-29 ` +
        `to 2026-09-30, the days both files cover, its 1 campaign(s) are counted once, from ${second} (named later), ` +
        `and this file's rows for them are left out (overlapping-files)`,
    );
    expect(problemLine(warning!, 'fr')).toBe(
      `${first}: ${second} répète des lignes de cet export Meta Ads Manager (le même téléchargement une seconde ` +
        `fois\u00a0?)\u00a0: du 2026-09-29 au 2026-09-30, les jours couverts par les deux fichiers, ses 1 campagne(s) ` +
        `sont comptées une fois, d’après ${second} (nommé après), et les lignes de ce fichier pour elles sont laissées ` +
        `de côté (overlapping-files)`,
    );
  });
});
