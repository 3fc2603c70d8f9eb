import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const WORKBOOKS = 'test/fixtures/workbooks/';
const CONTENT_XLSX = `${WORKBOOKS}linkedin-page-content-en-description-row.xlsx`;
const CONTENT_XLS = `${WORKBOOKS}linkedin-page-content-en-biff8-date-cells.xls`;
const CONTENT_ERROR_CELL = `${WORKBOOKS}linkedin-page-content-en-error-cell.xlsx`;
const FOLLOWERS_XLSX = `${WORKBOOKS}linkedin-page-followers-en-demographic-sheets.xlsx`;
const VISITORS_XLSX = `${WORKBOOKS}linkedin-page-visitors-en.xlsx`;
const CONTENT_CSV = 'test/fixtures/ingest/linkedin-page-content-en-csv-older-shares.csv';
const FOLLOWERS_CSV = 'test/fixtures/ingest/linkedin-page-followers-en-csv-negative-day.csv';
const NO_KNOWN_SHEET = 'test/fixtures/bad/workbook-no-known-sheet.xlsx';
const CUT_SHORT = 'test/fixtures/bad/xlsx-renamed.csv';

interface Json {
  total: { metrics: Record<string, number> };
  groups: { key: { channel: string; month?: string }; metrics: Record<string, number> }[];
  files: {
    file: string;
    kind: string;
    encoding: string;
    delimiter: string;
    headerLine: number;
    dateFormat: string | null;
    rows: number;
    skippedRows: number;
  }[];
  warnings: { code: string; file?: string; params: Record<string, unknown> }[];
}

async function reportJson(...args: string[]): Promise<Json> {
  const { code, stdout, stderr } = await cli(['report', ...args, '--format', 'json', '--quiet']);
  expect([code, stderr]).toEqual([0, '']);
  return JSON.parse(stdout) as Json;
}

const counts = (metrics: Record<string, number>) => {
  const { impressions, clicks, reactions, comments, shares, follows, unfollows } = metrics;
  return { impressions, clicks, reactions, comments, shares, follows, unfollows };
};

function widest(text: string): number {
  return Math.max(...text.split('\n').map((line) => [...line].length));
}

/*
 * The content fixtures hold five days, 09/28 to 10/02/2026, organic + sponsored = total:
 *   impressions 150, 200, 150, 100, 400 = 1000 (September 500, October 500)
 *   clicks      8, 10, 8, 4, 20         = 50   (September 26, October 24)
 *   reactions   6, 8, 6, 3, 15          = 38;  comments 1, 2, 1, 1, 5 = 10;  reposts 2, 0, 2, 1, 3 = 8
 * Reading the organic or sponsored columns as well would give 1810 impressions, not 1000.
 */
const CONTENT_TOTALS = { impressions: 1000, clicks: 50, reactions: 38, comments: 10, shares: 8, follows: 0, unfollows: 0 };

describe('LinkedIn page analytics workbooks, end to end', () => {
  it('reads the Metrics sheet of an .xlsx content export below its description row, totals only', async () => {
    const report = await reportJson(CONTENT_XLSX, '--by', 'channel,month');
    expect(counts(report.total.metrics)).toEqual(CONTENT_TOTALS);
    expect(report.groups.map((g) => [g.key.channel, g.key.month, g.metrics.impressions, g.metrics.clicks])).toEqual([
      ['linkedin', '2026-09', 500, 26],
      ['linkedin', '2026-10', 500, 24],
    ]);
    // The All posts sheet is of no kind read here: left out without a word.
    expect(report.files).toEqual([
      expect.objectContaining({
        file: `${CONTENT_XLSX} [Metrics]`,
        kind: 'linkedin-page-content',
        encoding: 'xlsx',
        delimiter: 'cells',
        headerLine: 2,
        dateFormat: 'M/D/YYYY',
        rows: 5,
      }),
    ]);
    expect(report.warnings.map((w) => w.code)).not.toContain('no-data-rows');
  });

  it('reads the same export as an Excel 97 .xls (BIFF8) whose dates are date cells', async () => {
    const report = await reportJson(CONTENT_XLS, '--by', 'channel,month');
    expect(counts(report.total.metrics)).toEqual(CONTENT_TOTALS);
    expect(report.groups.map((g) => [g.key.month, g.metrics.impressions])).toEqual([
      ['2026-09', 500],
      ['2026-10', 500],
    ]);
    expect(report.files).toEqual([
      expect.objectContaining({ file: `${CONTENT_XLS} [Metrics]`, encoding: 'xls', dateFormat: 'YYYY-MM-DD', rows: 5 }),
    ]);
  });

  it('reads the Metrics sheet saved as CSV, with the older Shares columns', async () => {
    // 11/03, 11/04, 11/13/2026: impressions 40 + 80 + 100 = 220, clicks 2 + 5 + 6 = 13,
    // reactions 3 + 7 + 7 = 17, comments 1 + 1 + 2 = 4, shares 0 + 1 + 1 = 2
    const report = await reportJson(CONTENT_CSV);
    expect(counts(report.total.metrics)).toEqual({
      impressions: 220,
      clicks: 13,
      reactions: 17,
      comments: 4,
      shares: 2,
      follows: 0,
      unfollows: 0,
    });
    expect(report.files).toEqual([expect.objectContaining({ kind: 'linkedin-page-content', headerLine: 2, delimiter: ',' })]);
  });

  it('reads new followers per day as follows, and leaves the demographic sheets out', async () => {
    // Total followers 5, 4, 8 in September and 2, 1 in October; the Location and Industry sheets
    // (160 followers each, the audience at export time) would add 320 if they were read.
    const report = await reportJson(FOLLOWERS_XLSX, '--by', 'channel,month');
    expect(report.groups.map((g) => [g.key.month, g.metrics.follows, g.metrics.unfollows])).toEqual([
      ['2026-09', 17, 0],
      ['2026-10', 3, 0],
    ]);
    expect(report.files.map((f) => [f.file, f.kind, f.rows])).toEqual([
      [`${FOLLOWERS_XLSX} [New followers]`, 'linkedin-page-followers', 5],
    ]);
  });

  it('reads a day that lost followers (saved as CSV) as unfollows', async () => {
    // Total followers 3, −2, 5: follows 3 + 5 = 8, unfollows 2, a net gain of 6.
    const report = await reportJson(FOLLOWERS_CSV);
    expect(counts(report.total.metrics)).toMatchObject({ follows: 8, unfollows: 2 });
  });

  it('recognises the visitors export and reads nothing from it', async () => {
    const report = await reportJson(VISITORS_XLSX);
    expect(report.groups).toEqual([]);
    expect(report.files.map((f) => [f.file, f.kind, f.rows])).toEqual([
      [`${VISITORS_XLSX} [Visitor metrics]`, 'linkedin-page-visitors', 2],
    ]);
  });

  it('adds content, followers and visitors workbooks into one linkedin group', async () => {
    const report = await reportJson(CONTENT_XLSX, FOLLOWERS_XLSX, VISITORS_XLSX);
    expect(report.groups.map((g) => g.key.channel)).toEqual(['linkedin']);
    expect(counts(report.groups[0]!.metrics)).toEqual({ ...CONTENT_TOTALS, follows: 20 });
  });

  it('names the workbook, the sheet, the row and the column of a cell that is no number', async () => {
    const { code, stdout, stderr } = await cli(['report', CONTENT_ERROR_CELL, '--format', 'json']);
    expect([code, stdout]).toEqual([2, '']);
    // Row 4 is the second day (row 1 describes, row 2 is the header); column 4 is Impressions (total).
    expect(stderr).toBe(
      `${CONTENT_ERROR_CELL} [Metrics]:4:4: cannot read "#N/A" in Impressions (total) as a number (expected a number ` +
        `like 1,234.56) (INPUT_BAD_NUMBER)\n`,
    );
  });

  it('with --lenient, skips that row, counted in the sheet’s warnings', async () => {
    // The second day (200 impressions, 10 clicks, 8 reactions, 2 comments) is left out.
    const report = await reportJson(CONTENT_ERROR_CELL, '--lenient');
    expect(counts(report.total.metrics)).toEqual({ ...CONTENT_TOTALS, impressions: 800, clicks: 40, reactions: 30, comments: 8 });
    expect(report.files[0]).toMatchObject({ rows: 4, skippedRows: 1 });
    expect(report.warnings.find((w) => w.code === 'rows-skipped')).toMatchObject({
      file: `${CONTENT_ERROR_CELL} [Metrics]`,
      params: { count: 1, reason: 'INPUT_BAD_NUMBER', lines: '4' },
    });
  });

  it('fails on a workbook with no sheet of a known kind like an unknown CSV, naming its sheets and the kinds tried', async () => {
    const { code, stdout, stderr } = await cli(['report', NO_KNOWN_SHEET]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(
      /^test\/fixtures\/bad\/workbook-no-known-sheet\.xlsx: unknown kind of workbook \(sheets: Budget, Notes; first row: "Month,Budget,Owner"\): no sheet has a header that matches one of LinkedIn Campaign Manager, LinkedIn page content, LinkedIn page followers, .*\(INPUT_UNKNOWN_FORMAT\)\n$/,
    );
    const lenient = await cli(['report', NO_KNOWN_SHEET, CONTENT_XLSX, '--lenient', '--format', 'json', '--quiet']);
    expect(lenient.code).toBe(0);
    expect(JSON.parse(lenient.stdout).warnings).toContainEqual(expect.objectContaining({ code: 'file-skipped', file: NO_KNOWN_SHEET }));
  });

  it('fails on a workbook cut short with one line, rather than hanging', async () => {
    const { code, stderr } = await cli(['report', CUT_SHORT]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `${CUT_SHORT}: cannot read this Excel workbook (unexpected end of file): it may be damaged or cut short; open ` +
        `it in Excel and save it again, or save it as CSV (INPUT_WORKBOOK)\n`,
    );
  });

  it('reads the workbooks of a folder, but not the lock file Excel leaves beside an open one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'social-roi-workbooks-'));
    copyFileSync(CONTENT_XLSX, join(dir, 'page_content.xlsx'));
    copyFileSync(FOLLOWERS_XLSX, join(dir, 'page_followers.XLSX'));
    writeFileSync(join(dir, '~$page_content.xlsx'), Buffer.from([0x0c, 0x43, 0x61, 0x6d, 0x69, 0x6c, 0x6c, 0x65, 0, 0, 0]));
    try {
      const report = await reportJson(dir);
      expect(report.files.map((f) => f.kind)).toEqual(['linkedin-page-content', 'linkedin-page-followers']);
      expect(counts(report.total.metrics)).toEqual({ ...CONTENT_TOTALS, follows: 20 });
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('reads the same workbook named twice once, sheet by sheet', async () => {
    const report = await reportJson(CONTENT_XLSX, CONTENT_XLSX);
    expect(report.total.metrics.impressions).toBe(1000);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'duplicate-file', file: `${CONTENT_XLSX} [Metrics]` }));
  });
});

describe('inspect on a workbook', () => {
  it('explains each sheet: what it was read as, or why it was left out', async () => {
    const { code, stdout, stderr } = await cli(['inspect', CONTENT_XLS]);
    expect([code, stderr]).toEqual([0, '']);
    expect(widest(stdout)).toBeLessThanOrEqual(100);
    expect(stdout).toMatch(/^ +4 +Impressions \(total\) +impressions$/m);
    expect(stdout).toMatch(/^ +2 +Impressions \(organic\) +not read$/m);
    expect(stdout).toMatch(/^ +header +row 2, UI language en$/m);
    expect(stdout).toContain(`${CONTENT_XLS} [All posts]\n  left out       no header of a known kind\n`);
    await expect(stdout).toMatchFileSnapshot('../golden/cli/inspect-linkedin-page-content-xls.txt');
  });

  it('gives the same facts as JSON, the sheets left out with their reason', async () => {
    const { code, stdout } = await cli(['inspect', FOLLOWERS_XLSX, '--format', 'json']);
    expect(code).toBe(0);
    const { files } = JSON.parse(stdout);
    expect(files.map((f: { summary?: { file: string }; file?: string }) => f.summary?.file ?? f.file)).toEqual([
      `${FOLLOWERS_XLSX} [New followers]`,
      `${FOLLOWERS_XLSX} [Location]`,
      `${FOLLOWERS_XLSX} [Industry]`,
    ]);
    expect(files[0].columns[4]).toEqual({ column: 5, header: 'Total followers', readAs: 'follows (gains) / unfollows (losses)' });
    expect(files[1]).toEqual({
      file: `${FOLLOWERS_XLSX} [Location]`,
      sheet: 'Location',
      kind: null,
      leftOut: 'unknown-header',
      first: 'Location,Total followers',
    });
  });
});
