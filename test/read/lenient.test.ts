import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { FIXTURES, readingWarnings, reportOn } from '../helpers/report.js';

const FILE = `${FIXTURES}ingest/linkedin-campaign-bad-rows-and-repeated-header.csv`;

describe('--lenient', () => {
  it('skips bad rows, counts them by reason with their first lines, and keeps every good row', async () => {
    const report = await reportOn([FILE], ['channel'], 'b2b-saas', true);
    // good rows: lines 2, 6, 8 and 11 → spend 10 + 2.50 + 3 + 1 = 16.50, impressions 100 + 50 + 10 + 1 = 161
    expect(report.total.metrics).toMatchObject({ spend: 16.5, impressions: 161 });
    expect(report.files[0]).toMatchObject({ rows: 4, skippedRows: 5 });
    expect(readingWarnings(report).map((w) => [w.code, w.params])).toEqual([
      ['ambiguous-dates', expect.objectContaining({ format: 'M/D/YYYY' })],
      ['header-repeated', { line: 10 }],
      ['rows-skipped', { count: 2, reason: 'INPUT_BAD_NUMBER', lines: '3, 9' }],
      ['rows-skipped', { count: 1, reason: 'CSV_FIELD_COUNT', lines: '4' }],
      ['rows-skipped', { count: 1, reason: 'INPUT_BAD_DATE', lines: '5' }],
      ['rows-skipped', { count: 1, reason: 'INPUT_NEGATIVE_COUNT', lines: '7' }],
    ]);
  });

  it('is off by default: the first bad row stops the run with its line and column', async () => {
    const { code, stderr } = await cli(['report', FILE]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `${FILE}:3:5: cannot read "12O0" in Total Spent as a number (expected a number like 1,234.56) (INPUT_BAD_NUMBER)\n`,
    );
  });
});
