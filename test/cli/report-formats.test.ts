import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const EXAMPLE = 'examples/september-2026/';

/** A LinkedIn export whose campaign name is a spreadsheet formula, as an attacker could name one. */
function formulaExport(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'social-roi-')), 'linkedin.csv');
  writeFileSync(
    file,
    'Start Date (in UTC),Account Name,Currency,Campaign Name,Total Spent,Impressions,Clicks,Reactions,Comments,Shares,Leads,Conversions\n' +
      '2026-09-01,Acme,EUR,"=HYPERLINK(""http://x"",""y"")",1.00,10,1,0,0,0,0,0\n',
  );
  return file;
}

describe('social-roi report --lang', () => {
  it('speaks French with --lang fr', async () => {
    const { code, stdout, stderr } = await cli(['report', EXAMPLE, '--lang', 'fr']);
    expect([code, stderr]).toEqual([0, '']);
    await expect(stdout).toMatchFileSnapshot('../golden/cli/report-example.fr.txt');
  });

  it.each([
    [{ LANG: 'fr_FR.UTF-8' }, 'ROI financier (EUR)'],
    [{ LANG: 'fr_CA' }, 'ROI financier (EUR)'],
    [{ LANG: 'en_GB.UTF-8' }, 'Hard ROI (EUR)'],
    [{ LANG: 'C' }, 'Hard ROI (EUR)'],
    [{}, 'Hard ROI (EUR)'],
  ])('follows LANG when no --lang is given: %j', async (env, title) => {
    expect((await cli(['report', EXAMPLE], env)).stdout).toMatch(new RegExp(`^${title.replace(/[()]/g, '\\$&')}\n`));
  });

  it('lets --lang win over LANG', async () => {
    expect((await cli(['report', EXAMPLE, '--lang', 'en'], { LANG: 'fr_FR.UTF-8' })).stdout).toMatch(/^Hard ROI/);
  });

  it('refuses another language with a usage error', async () => {
    const { code, stderr } = await cli(['report', EXAMPLE, '--lang', 'de']);
    expect([code, stderr]).toEqual([2, "error: option '--lang <language>' argument 'de' is invalid. Allowed choices are en, fr.\n"]);
  });

  it('writes warning messages of the JSON in the chosen language, codes unchanged', async () => {
    const { stdout } = await cli(['report', 'test/fixtures/bad/header-only.csv', '--format', 'json', '--lang', 'fr']);
    const [warning] = JSON.parse(stdout).warnings;
    expect(warning).toMatchObject({ code: 'no-data-rows', message: 'un en-tête mais aucune ligne de données' });
  });
});

describe('social-roi report --format md and csv', () => {
  it.each([
    ['md', 'en', 'report-example.md'],
    ['md', 'fr', 'report-example.fr.md'],
    ['csv', 'en', 'report-example.csv'],
  ])('prints the example as --format %s --lang %s, as the golden file', async (format, lang, golden) => {
    const { code, stdout, stderr } = await cli(['report', EXAMPLE, '--format', format, '--lang', lang]);
    expect(code).toBe(0);
    // The example is one month of data: every channel is too early to judge, and jobs hear it on stderr.
    expect(
      stderr
        .trimEnd()
        .split('\n')
        .map((line) => line.slice(line.lastIndexOf(' ') + 1)),
    ).toEqual(Array(4).fill('(too-early)'));
    await expect(stdout).toMatchFileSnapshot(`../golden/cli/${golden}`);
  });

  it('writes the same CSV in every language', async () => {
    const english = await cli(['report', EXAMPLE, '--format', 'csv', '--by', 'campaign']);
    expect((await cli(['report', EXAMPLE, '--format', 'csv', '--by', 'campaign', '--lang', 'fr'])).stdout).toBe(english.stdout);
  });

  it('makes a campaign named =HYPERLINK("http://x","y") inert in the CSV', async () => {
    const { code, stdout } = await cli(['report', formulaExport(), '--by', 'campaign', '--format', 'csv']);
    expect(code).toBe(0);
    expect(stdout.split('\r\n')[1]).toMatch(/^linkedin,"'=HYPERLINK\(""http:\/\/x"",""y""\)",/);
  });
});
