import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const LINKEDIN_UTF16 = 'test/fixtures/samples/variants/linkedin_campaign_performance.csv';
const GOOGLE_ADS_FR = 'test/fixtures/samples/variants/google_ads_campagnes.csv';
const LEDGER_FR = 'test/fixtures/ingest/spend-ledger-fr-semicolon.csv';

/** The widest line, in characters: a pipe gets 100 columns. */
function widest(text: string): number {
  return Math.max(...text.split('\n').map((line) => [...line].length));
}

describe('inspect', () => {
  it.each([
    ['linkedin-utf16', LINKEDIN_UTF16],
    ['google-ads-fr', GOOGLE_ADS_FR],
    ['ledger-fr', LEDGER_FR],
  ])('explains how %s is read, as the golden file', async (name, file) => {
    const { code, stdout, stderr } = await cli(['inspect', file]);
    expect([code, stderr]).toEqual([0, '']);
    expect(widest(stdout)).toBeLessThanOrEqual(100);
    await expect(stdout).toMatchFileSnapshot(`../golden/cli/inspect-${name}.txt`);
  });

  it.each([
    ['ledger-fr', LEDGER_FR],
    ['linkedin-page-content-xls', 'test/fixtures/workbooks/linkedin-page-content-en-biff8-date-cells.xls'],
    ['unknown-network', 'test/fixtures/ingest/generic-network-daily-en.csv'],
  ])('speaks French with --lang fr, or LANG=fr: %s, as the golden file', async (name, file) => {
    const asked = await cli(['inspect', file, '--lang', 'fr']);
    expect([asked.code, asked.stderr]).toEqual([0, '']);
    expect(widest(asked.stdout)).toBeLessThanOrEqual(100);
    await expect(asked.stdout).toMatchFileSnapshot(`../golden/cli/inspect-${name}.fr.txt`);
    expect((await cli(['inspect', file], { LANG: 'fr_FR.UTF-8' })).stdout).toBe(asked.stdout);
  });

  it('names what each column is read as, and what is left unread', async () => {
    const { stdout } = await cli(['inspect', GOOGLE_ADS_FR]);
    expect(stdout).toMatch(/^ +9 +Coût +spend$/m);
    expect(stdout).toMatch(/^ +11 +Coût\/conv\. +not read$/m);
    expect(stdout).toMatch(/^ +rows +90 read, 2 totals row\(s\) left out, 0 skipped$/m);
  });

  it('gives the same facts as JSON for scripts', async () => {
    const { code, stdout, stderr } = await cli(['inspect', LEDGER_FR, '--format', 'json']);
    expect([code, stderr]).toEqual([0, '']);
    const [file] = JSON.parse(stdout).files;
    expect(file.summary).toMatchObject({ kind: 'spend-ledger', delimiter: ';', decimalMark: ',', dateFormat: 'D/M/YYYY' });
    expect(file.period).toEqual({ start: '2026-09-01', end: '2026-09-30' });
    await expect(stdout).toMatchFileSnapshot('../golden/cli/inspect-ledger-fr.json');
  });

  it('counts bad rows by reason instead of stopping at the first', async () => {
    const { code, stdout } = await cli(['inspect', 'test/fixtures/bad/number-not-a-number.csv', '--format', 'json']);
    expect(code).toBe(0);
    const [file] = JSON.parse(stdout).files;
    expect(file.summary.skippedRows).toBeGreaterThan(0);
    expect(file.skipped[0]).toMatchObject({ reason: 'INPUT_BAD_NUMBER' });
  });

  it('answers an unknown file with a mapping to start from, and what it could not guess', async () => {
    const { code, stdout, stderr } = await cli(['inspect', 'test/fixtures/bad/unknown-headers.csv']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(/^ +kind +unknown: no built-in kind or mapping recognises its header$/m);
    expect(stdout).toMatch(/^ +1 +Foo +not read: not recognised$/m);
    expect(stdout).toContain('"channel": "?"');
  });

  it('has help with an example, within 100 columns', async () => {
    const { code, stdout } = await cli(['inspect', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('social-roi inspect ');
    expect(widest(stdout)).toBeLessThanOrEqual(100);
  });
});
