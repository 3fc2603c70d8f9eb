import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileError } from '../../src/read/list-inputs.js';
import { problemLine } from '../../src/report/messages.js';
import { cli } from '../helpers/cli.js';

const CORPUS = 'test/fixtures/bad';

/**
 * Every bad input gets a precise answer: exit 2 and one line naming the file (and the line and
 * column for a row error), or exit 0 with the warnings that say what was accepted. The golden file
 * holds each command's exit code, stderr and warning codes, so a reviewer reads them as a user would.
 */
describe('the bad-input corpus', () => {
  const names = readdirSync(CORPUS).sort();

  it('answers every file precisely, as the golden file says', async () => {
    const sections: string[] = [];
    for (const name of names) {
      const { code, stdout, stderr } = await cli(['report', `${CORPUS}/${name}`, '--format', 'json', '--quiet']);
      const json =
        code === 0 ? (JSON.parse(stdout) as { warnings: { code: string; line?: number }[]; total: { hard: { cost: number } } }) : null;
      const warnings = json?.warnings ?? [];
      if (code !== 0) expect(stderr.trimEnd().split('\n'), name).toHaveLength(1);
      expect(stdout + stderr, name).not.toMatch(/NaN|Infinity|undefined|\n\s+at /);
      sections.push(
        [
          `## ${name}`,
          `exit: ${code}`,
          ...(stderr ? [`stderr: ${stderr.trimEnd()}`] : []),
          ...(json ? [`total cost: ${json.total.hard.cost}`] : []),
          ...(warnings.length ? [`warnings: ${warnings.map((w) => (w.line ? `${w.code}@${w.line}` : w.code)).join(', ')}`] : []),
        ].join('\n'),
      );
    }
    await expect(`${sections.join('\n\n')}\n`).toMatchFileSnapshot('../golden/bad-inputs.md');
  });

  it('an unclosed quote is reported where its record starts', async () => {
    const { code, stderr } = await cli(['report', `${CORPUS}/unterminated-quote.csv`]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `${CORPUS}/unterminated-quote.csv:3: a quote opened in the record starting on this line is never closed (CSV_QUOTE_NOT_CLOSED)\n`,
    );
  });

  it('a 10 MB single line is an error naming its line, not an out-of-memory crash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'social-roi-long-line-'));
    const path = join(dir, 'long-line.csv');
    const header = 'Start Date (in UTC),Account Name,Currency,Campaign Name,Total Spent,Impressions\n';
    writeFileSync(path, `${header}9/1/2026,Acme,EUR,A,1.00,10\n9/2/2026,Acme,EUR,${'x'.repeat(10 * 1024 * 1024)},1.00,10\n`);
    const { code, stderr } = await cli(['report', path]);
    rmSync(dir, { recursive: true });
    expect(code).toBe(2);
    expect(stderr).toBe(
      `${path}:3: a record starting on this line is longer than 1048576 characters (an unclosed quote?) (CSV_RECORD_TOO_LARGE)\n`,
    );
  });

  it('an unreadable file is named with the reason', () => {
    const problem = fileError('secret.csv', Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })).problem;
    expect(problemLine(problem)).toBe('secret.csv: cannot read this file (EACCES) (INPUT_UNREADABLE)');
  });
});
