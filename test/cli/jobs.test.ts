import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const EXAMPLE = 'examples/september-2026/';
const json = async (args: string[]) => JSON.parse((await cli(['report', EXAMPLE, '--format', 'json', ...args])).stdout);

describe('for scheduled jobs', () => {
  it('--fail-under: exit 1 and one line per threshold missed; exit 0 when met', async () => {
    // the example's total ROI is +262 % and its soft index about 60
    const missed = await cli(['report', EXAMPLE, '--format', 'json', '--quiet', '--fail-under', 'roi=3,soft=50']);
    expect(missed.code).toBe(1);
    expect(missed.stderr).toBe('threshold not met: ROI 262.3% is below 300.0% (--fail-under roi=3)\n');
    expect((await cli(['report', EXAMPLE, '--format', 'json', '--fail-under', 'roi=0,soft=50'])).code).toBe(0);
    const bad = await cli(['report', EXAMPLE, '--fail-under', 'margin=3']);
    expect([bad.code, bad.stderr]).toEqual([
      2,
      `error: option '--fail-under <thresholds>' argument 'margin=3' is invalid. expected name=number pairs such as ` +
        `roi=0,soft=50 (names: roi, soft), got "margin=3"\n`,
    ]);
  });

  it('--fail-under given twice keeps both thresholds', async () => {
    // ROI +262.3 % passes roi=0; the soft index (about 60) misses soft=90: the second use must not replace the first
    const both = await cli(['report', EXAMPLE, '--format', 'json', '--quiet', '--fail-under', 'roi=0', '--fail-under', 'soft=90']);
    expect(both.code).toBe(1);
    expect(both.stderr).toMatch(/^threshold not met: soft index 60\.\d is below 90\.0 \(--fail-under soft=90\)\n$/);
    const first = await cli(['report', EXAMPLE, '--format', 'json', '--quiet', '--fail-under', 'roi=3', '--fail-under', 'soft=0']);
    expect([first.code, first.stderr]).toEqual([1, 'threshold not met: ROI 262.3% is below 300.0% (--fail-under roi=3)\n']);
  });

  it('--from / --to keep the days between them, a range row keeping its share of days', async () => {
    // the ledger's 390.00 licence covers 1–30 September: 10 days of it fall in 1–10 September → 130.00
    const first = await json(['--from', '2026-09-01', '--to', '2026-09-10']);
    expect(first.period).toEqual({ from: '2026-09-01', to: '2026-09-10' });
    const whole = await json([]);
    const second = await json(['--from', '2026-09-11']);
    expect(Math.round((first.total.hard.cost + second.total.hard.cost) * 100)).toBe(Math.round(whole.total.hard.cost * 100));
    expect(first.total.metrics.impressions + second.total.metrics.impressions).toBe(whole.total.metrics.impressions);
  });

  it('--from / --to that keep nothing give zero figures and say why', async () => {
    const { code, stdout } = await cli(['report', EXAMPLE, '--format', 'json', '--quiet', '--from', '2026-10-01']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).warnings.map((w: { code: string; message: string }) => [w.code, w.message])).toEqual([
      ['empty-window', 'no row of the files falls between 2026-10-01 and …: every figure is 0 (check --from and --to)'],
    ]);
  });

  it('--from after --to is a usage error', async () => {
    const { code, stderr } = await cli(['report', EXAMPLE, '--from', '2026-10-01', '--to', '2026-09-01']);
    expect([code, stderr]).toEqual([2, '--from 2026-10-01 is after --to 2026-09-01 (USAGE)\n']);
    expect((await cli(['report', EXAMPLE, '--from', '1/10/2026'])).stderr).toContain('expected a date written YYYY-MM-DD');
  });

  it('--out replaces the file only once the report is complete; a failed run leaves it untouched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'social-roi-out-'));
    const out = join(dir, 'roi.json');
    writeFileSync(out, 'previous report\n');
    const failed = await cli(['report', EXAMPLE, 'test/fixtures/bad/ragged-short.csv', '--format', 'json', '--out', out]);
    expect(failed.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('previous report\n');
    const done = await cli(['report', EXAMPLE, '--format', 'json', '--out', out]);
    expect([done.code, done.stdout]).toEqual([0, '']);
    expect(JSON.parse(readFileSync(out, 'utf8')).schemaVersion).toBe(1);
    expect(readdirSync(dir)).toEqual(['roi.json']);
    const nowhere = await cli(['report', EXAMPLE, '--out', join(dir, 'missing', 'roi.json')]);
    expect([nowhere.code, nowhere.stderr]).toEqual([
      2,
      `${join(dir, 'missing', 'roi.json')}: cannot write the report here (ENOENT); the previous file, if any, is ` +
        `unchanged (OUTPUT_UNWRITABLE)\n`,
    ]);
  });

  it('data formats also give their warnings on stderr, unless --quiet', async () => {
    const args = ['report', 'test/fixtures/bad/negative-spend.csv', '--format', 'json'];
    expect((await cli(args)).stderr).toBe(
      'warning: test/fixtures/bad/negative-spend.csv: no date in Start Date (in UTC) shows whether the day or the month comes first: read as M/D/YYYY, the order of LinkedIn Campaign Manager exports in this language (ambiguous-dates)\n' +
        'warning: test/fixtures/bad/negative-spend.csv:2: 1 negative amount (refunds or credits) kept in the totals, the first on this line (negative-amount)\n' +
        'warning: linkedin: too early to judge: 1 month of history (the profile expects 6); its ROI is a first reading, ' +
        'not yet a verdict (too-early)\n',
    );
    expect((await cli([...args, '--quiet'])).stderr).toBe('');
  });

  it('the same inputs give byte-identical output', async () => {
    const a = await cli(['report', EXAMPLE, '--format', 'json', '--by', 'campaign,week']);
    const b = await cli(['report', EXAMPLE, '--format', 'json', '--by', 'campaign,week']);
    expect(a.stdout).toBe(b.stdout);
  });
});

describe('more for jobs', () => {
  it('--stamp adds the time the report was made, and only then', async () => {
    const stamped = JSON.parse((await cli(['report', EXAMPLE, '--format', 'json', '--stamp'])).stdout);
    expect(stamped.generatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(JSON.parse((await cli(['report', EXAMPLE, '--format', 'json'])).stdout)).not.toHaveProperty('generatedAt');
  });

  it('--max-record-size sets the longest record read before it is an error naming its line', async () => {
    const { code, stderr } = await cli(['report', `${EXAMPLE}ledger_2026-09.csv`, '--max-record-size', '70']);
    expect([code, stderr]).toEqual([
      2,
      `${EXAMPLE}ledger_2026-09.csv:2: a record starting on this line is longer than 70 characters (an unclosed ` +
        `quote?) (CSV_RECORD_TOO_LARGE)\n`,
    ]);
  });

  it('reads standard input with -, named <stdin> in messages', async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const child = promisify(execFile)(process.execPath, ['bin/social-roi.js', 'report', '-', '--format', 'json']);
    child.child.stdin!.end(readFileSync(`${EXAMPLE}ledger_2026-09.csv`));
    const report = JSON.parse((await child).stdout);
    expect(report.files[0]).toMatchObject({ file: '<stdin>', kind: 'spend-ledger', rows: 6 });
    expect(report.total.hard.cost).toBe(9267.5);
  });
});

describe('a folder holding a file that is no export', () => {
  it('stops the run by default, and with --lenient is left out with a warning naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'social-roi-folder-'));
    writeFileSync(join(dir, 'ledger.csv'), readFileSync(`${EXAMPLE}ledger_2026-09.csv`));
    writeFileSync(join(dir, 'notes.csv'), 'Foo,Bar\n1,2\n');
    expect((await cli(['report', dir])).code).toBe(2);
    const lenient = await cli(['report', dir, '--format', 'json', '--lenient', '--quiet']);
    const report = JSON.parse(lenient.stdout);
    expect(report.files.map((f: { file: string }) => f.file)).toEqual([join(dir, 'ledger.csv')]);
    expect(report.warnings[0]).toMatchObject({
      code: 'file-skipped',
      params: { reason: 'INPUT_UNKNOWN_FORMAT' },
      file: join(dir, 'notes.csv'),
    });
    expect(report.total.hard.cost).toBe(9267.5);
  });
});

describe('--out without --format', () => {
  it('takes the format from the file’s extension', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'social-roi-out-'));
    await cli(['report', EXAMPLE, '--out', join(dir, 'roi.html'), '--quiet']);
    expect(readFileSync(join(dir, 'roi.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    await cli(['report', EXAMPLE, '--out', join(dir, 'roi.json'), '--quiet']);
    expect(JSON.parse(readFileSync(join(dir, 'roi.json'), 'utf8')).schemaVersion).toBe(1);
  });
});

describe('the same export given twice', () => {
  it('is read once, with a warning naming both', async () => {
    const file = `${EXAMPLE}meta_ads_export.csv`;
    const twice = JSON.parse((await cli(['report', EXAMPLE, file, '--format', 'json', '--quiet'])).stdout);
    const once = JSON.parse((await cli(['report', EXAMPLE, '--format', 'json', '--quiet'])).stdout);
    expect(twice.total).toEqual(once.total);
    expect(twice.warnings[0]).toMatchObject({ code: 'duplicate-file', params: { first: file }, file });
  });
});
