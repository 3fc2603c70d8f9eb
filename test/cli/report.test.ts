import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { run, VERSION } from '../../src/cli/run.js';
import { bin, cli } from '../helpers/cli.js';

const EXAMPLE = 'examples/september-2026/';

describe('social-roi report, in-process', () => {
  it('prints the example as JSON, byte for byte as the golden file', async () => {
    const { code, stdout, stderr } = await cli(['report', EXAMPLE, '--format', 'json']);
    expect(code).toBe(0);
    // The example is one month of data: every channel is too early to judge, and jobs hear it on stderr.
    expect(
      stderr
        .trimEnd()
        .split('\n')
        .map((line) => line.slice(line.lastIndexOf(' ') + 1)),
    ).toEqual(Array(4).fill('(too-early)'));
    await expect(stdout).toMatchFileSnapshot('../golden/cli/report-example.json');
  });

  it('groups by channel and month, and by campaign with its channel', async () => {
    const byMonth = JSON.parse((await cli(['report', EXAMPLE, '--format', 'json', '--by', 'channel,month'])).stdout);
    expect(byMonth.groupBy).toEqual(['channel', 'month']);
    expect(byMonth.groups.map((g: { key: object }) => g.key)).toContainEqual({ channel: 'meta', month: '2026-09' });
    const byCampaign = JSON.parse((await cli(['report', EXAMPLE, '--format', 'json', '--by', 'campaign'])).stdout);
    expect(byCampaign.groupBy).toEqual(['channel', 'campaign']);
    // the shared tools licence and training appear as each channel's "(shared)" row
    expect(byCampaign.groups.filter((g: { key: { campaign: string } }) => g.key.campaign === '(shared)')).toHaveLength(3);
  });

  it.each([
    [
      ['report', EXAMPLE, '--by', 'region'],
      `error: option '--by <dimensions>' argument 'region' is invalid. unknown dimension "region"; expected channel, campaign, month, week, quarter\n`,
    ],
    [
      ['report', EXAMPLE, '--format', 'pdf'],
      `error: option '--format <format>' argument 'pdf' is invalid. Allowed choices are table, json, csv, md, html.\n`,
    ],
    [['report'], `error: missing required argument 'paths'\n`],
    [['report', 'no/such/file.csv'], 'no/such/file.csv: no such file or folder (INPUT_NOT_FOUND)\n'],
    [
      ['report', EXAMPLE, '--profile', 'no-such-profile'],
      expect.stringMatching(/^no-such-profile: no such built-in profile .*\(PROFILE_NOT_FOUND\)\n$/),
    ],
  ])('a usage or input error exits 2 with one line: %j', async (args, message) => {
    const { code, stdout, stderr } = await cli(args);
    expect([code, stdout, stderr]).toEqual([2, '', message]);
  });

  it('help and version exit 0', async () => {
    expect((await cli(['--version'])).stdout).toBe(`${VERSION}\n`);
    const help = await cli(['report', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--by <dimensions>');
  });

  it('the version is package.json’s', () => {
    expect(JSON.parse(readFileSync('package.json', 'utf8')).version).toBe(VERSION);
  });
});

describe('the built launcher', () => {
  it('runs the README’s quick-start report from any folder', async () => {
    const { code, stdout, stderr } = await bin(['report', `${process.cwd()}/${EXAMPLE}`]);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toContain('Hard ROI (EUR)');
    expect(stdout).not.toContain('\u001b[');
  });

  it('treats a closed pipe as success: exit 0 and nothing on stderr', async () => {
    const script = `"${process.execPath}" bin/social-roi.js report ${EXAMPLE} --format json --by campaign,week | head -c 10 > /dev/null; exit \${PIPESTATUS[0]}`;
    const { stderr } = await promisify(execFile)('bash', ['-c', script]);
    expect(stderr).toBe('');
  });
});

describe('internal errors', () => {
  const crashingIo = (stderr: string[]): Io => ({
    writeOut: async () => undefined,
    writeErr: (text) => void stderr.push(text),
    writeFile: async () => undefined,
    cwd: () => process.cwd(),
    stdin: () => process.stdin,
    terminal: () => {
      throw new Error('boom');
    },
  });

  it('are one line and exit 3', async () => {
    const stderr: string[] = [];
    expect(await run(['report', EXAMPLE], crashingIo(stderr))).toBe(3);
    expect(stderr).toEqual(['internal error: boom (run with --debug for details)\n']);
  });

  it('show their stack with --debug', async () => {
    const stderr: string[] = [];
    expect(await run(['--debug', 'report', EXAMPLE], crashingIo(stderr))).toBe(3);
    expect(stderr.join('')).toMatch(/^Error: boom\n\s+at /);
  });
});

describe('typos', () => {
  it('in --by get a suggestion', async () => {
    expect((await cli(['report', EXAMPLE, '--by', 'chanel'])).stderr).toContain('unknown dimension "chanel" (did you mean "channel"?)');
  });
});

describe('errors in French', () => {
  it('follow --lang, else LANG', async () => {
    expect((await cli(['report', 'test/fixtures/bad/ragged-short.csv', '--lang', 'fr'])).stderr).toBe(
      'test/fixtures/bad/ragged-short.csv:3:6: 12 champs attendus, 5 trouvés (CSV_FIELD_COUNT)\n',
    );
    expect((await cli(['report', 'nope.csv'], { LANG: 'fr_FR.UTF-8' })).stderr).toBe(
      'nope.csv: fichier ou dossier introuvable (INPUT_NOT_FOUND)\n',
    );
  });
});

describe('the recruitment use case', () => {
  it('adds cost per hire to the hard table, which other use cases leave out while no file has hires', async () => {
    expect((await cli(['report', EXAMPLE, '--use-case', 'recruitment'])).stdout).toContain('Cost per hire');
    expect((await cli(['report', EXAMPLE])).stdout).not.toContain('Cost per hire');
    expect((await cli(['report', EXAMPLE, '--use-case', 'recruitment', '--lang', 'fr'])).stdout).toContain('Coût par recrutement');
  });
});
