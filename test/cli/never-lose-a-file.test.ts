import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin } from '../helpers/cli.js';

const EXAMPLE = 'examples/september-2026';
const BIN = new URL('../../bin/social-roi.js', import.meta.url).pathname;

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'social-roi-out-'));
  for (const file of readdirSync(EXAMPLE)) copyFileSync(join(EXAMPLE, file), join(dir, file));
  return dir;
}

describe('--out never loses a file', () => {
  it('refuses to write over one of the run’s inputs, before reading anything', async () => {
    const dir = folder();
    const input = join(dir, 'meta_ads_export.csv');
    const before = readFileSync(input);
    const { code, stderr } = await bin(['report', input, '--format', 'csv', '--out', input]);
    expect([code, stderr]).toEqual([
      2,
      `${input}: --out names one of the files this run reads: the report would replace it; write it elsewhere (OUTPUT_IS_INPUT)\n`,
    ]);
    expect(readFileSync(input).equals(before)).toBe(true);
    // A file inside an input folder, named through a link, is an input too.
    symlinkSync(input, join(dir, 'alias.csv'));
    expect((await bin(['report', dir, '--out', join(dir, 'alias.csv')])).code).toBe(2);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('follows a link: the file it points to is replaced, and the link stays', async () => {
    const dir = folder();
    const out = mkdtempSync(join(tmpdir(), 'social-roi-link-'));
    writeFileSync(join(out, 'real.json'), 'old');
    symlinkSync(join(out, 'real.json'), join(out, 'roi.json'));
    expect((await bin(['report', dir, '--out', join(out, 'roi.json'), '--quiet'])).code).toBe(0);
    expect(lstatSync(join(out, 'roi.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(out, 'real.json'), 'utf8')).schemaVersion).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['real.json', 'roi.json']);
  });

  it('writes into a named pipe instead of replacing it with a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'social-roi-fifo-'));
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = new Promise<string>((resolve) => {
      const cat = spawn('cat', [fifo]);
      let text = '';
      cat.stdout.on('data', (chunk: Buffer) => {
        text += chunk.toString();
      });
      cat.on('close', () => resolve(text));
    });
    expect((await bin(['report', EXAMPLE, '--out', fifo, '--format', 'json', '--quiet'])).code).toBe(0);
    expect(JSON.parse(await reader).schemaVersion).toBe(1);
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it('reports a full device as one line and exit 2, whether it is --out or standard output', async () => {
    const device = await bin(['report', EXAMPLE, '--out', '/dev/full']);
    expect([device.code, device.stderr]).toEqual([
      2,
      '/dev/full: cannot write the report here (ENOSPC); the previous file, if any, is unchanged (OUTPUT_UNWRITABLE)\n',
    ]);
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
    const piped = execFileSync('sh', ['-c', `node ${BIN} report ${EXAMPLE} > /dev/full; echo "exit $?"`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(piped).toBe('exit 2\n');
  });

  it('does not read back a report written into an input folder', async () => {
    const dir = folder();
    expect((await bin(['report', dir, '--format', 'csv', '--out', join(dir, 'roi.csv')])).code).toBe(0);
    expect((await bin(['report', dir, '--out', join(dir, 'roi.txt')])).code).toBe(0);
    const { code, stdout, stderr } = await bin(['report', dir, '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).files.map((f: { file: string }) => f.file)).not.toContain(join(dir, 'roi.csv'));
    expect(stderr).toContain(
      `warning: ${join(dir, 'roi.csv')}: a report written by social-roi, not an export: left out (own-report-skipped)\n`,
    );
    expect(stderr).toContain(
      `warning: ${join(dir, 'roi.txt')}: a report written by social-roi, not an export: left out (own-report-skipped)\n`,
    );
  });

  it('stopped by SIGTERM or SIGINT, leaves the previous report intact and no temporary file', async () => {
    // A file large enough for the run to be stopped while it reads: 200,000 rows of the example's Meta export.
    const dir = mkdtempSync(join(tmpdir(), 'social-roi-signal-'));
    const [header, ...rows] = readFileSync(join(EXAMPLE, 'meta_ads_export.csv'), 'utf8').trim().split('\n');
    writeFileSync(join(dir, 'meta.csv'), `${header}\n${Array.from({ length: 200_000 }, (_, i) => rows[i % rows.length]).join('\n')}\n`);
    const out = mkdtempSync(join(tmpdir(), 'social-roi-signal-out-'));
    writeFileSync(join(out, 'roi.json'), 'previous report');
    for (const [signal, expected] of [
      ['SIGTERM', 143],
      ['SIGINT', 130],
    ] as const) {
      const child = spawn(process.execPath, [BIN, 'report', join(dir, 'meta.csv'), '--out', join(out, 'roi.json'), '--lenient', '--quiet']);
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      await new Promise((resolve) => setTimeout(resolve, 400));
      child.kill(signal);
      expect(await exited).toBe(expected);
      expect(readFileSync(join(out, 'roi.json'), 'utf8')).toBe('previous report');
      expect(readdirSync(out)).toEqual(['roi.json']);
    }
    expect(existsSync(join(out, 'roi.json'))).toBe(true);
  });
});

describe('input folders with links that lead nowhere', () => {
  it('names a dangling link and a loop of links in warnings, and reads the rest', async () => {
    const dir = folder();
    symlinkSync(join(dir, 'gone.csv'), join(dir, 'dangling.csv'));
    symlinkSync(join(dir, 'loop-b.csv'), join(dir, 'loop-a.csv'));
    symlinkSync(join(dir, 'loop-a.csv'), join(dir, 'loop-b.csv'));
    const { code, stdout, stderr } = await bin(['report', dir, '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).files).toHaveLength(4);
    expect(stderr).toContain(`warning: ${join(dir, 'dangling.csv')}: a link to a file that does not exist: left out (link-skipped)\n`);
    expect(stderr).toContain(`warning: ${join(dir, 'loop-a.csv')}: a loop of links: left out (link-skipped)\n`);
    expect(stderr).toContain(`warning: ${join(dir, 'loop-b.csv')}: a loop of links: left out (link-skipped)\n`);
  });
});
