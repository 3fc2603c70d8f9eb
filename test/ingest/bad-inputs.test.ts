import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
      const { code, stdout, stderr } = await cli(['report', `${CORPUS}/${name}`, '--format', 'json']);
      const warnings = code === 0 ? (JSON.parse(stdout) as { warnings: { code: string; line?: number }[] }).warnings : [];
      expect(stderr.split('\n').length, name).toBeLessThanOrEqual(2);
      expect(stdout + stderr, name).not.toMatch(/NaN|Infinity|undefined|\n\s+at /);
      sections.push(
        [
          `## ${name}`,
          `exit: ${code}`,
          ...(stderr ? [`stderr: ${stderr.trimEnd()}`] : []),
          ...(warnings.length ? [`warnings: ${warnings.map((w) => (w.line ? `${w.code}@${w.line}` : w.code)).join(', ')}`] : []),
        ].join('\n'),
      );
    }
    await expect(`${sections.join('\n\n')}\n`).toMatchFileSnapshot('../golden/bad-inputs.md');
  });

  it('an unclosed quote is reported where its record starts, with bounded memory on a huge line', async () => {
    const { code, stderr } = await cli(['report', `${CORPUS}/unterminated-quote.csv`]);
    expect(code).toBe(2);
    expect(stderr).toBe(`${CORPUS}/unterminated-quote.csv:3: a quote opened in the record starting on this line is never closed (CSV_QUOTE_NOT_CLOSED)\n`);
  });
});
