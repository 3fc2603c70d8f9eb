import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { runs } from './runs.js';

const dir = mkdtempSync(join(tmpdir(), 'social-roi-workbook-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileNumber = 0;

const FOLDER = 'test/fixtures/workbooks';
const SEEDS = readdirSync(FOLDER)
  .filter((name) => /\.xlsx?$/.test(name))
  .map((name) => ({ extension: name.slice(name.lastIndexOf('.')), bytes: readFileSync(join(FOLDER, name)) }));

/** A damaged download: bytes changed here and there, or the file cut short. */
const damage = fc.record({
  cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  changes: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), byte: fc.integer({ min: 0, max: 255 }) }), {
    maxLength: 8,
  }),
});

function damaged(bytes: Buffer, { cut, changes }: { cut: number | undefined; changes: { at: number; byte: number }[] }): Buffer {
  const out = Buffer.from(bytes);
  for (const { at, byte } of changes) out[Math.floor(at * (out.length - 1))] = byte;
  return cut === undefined ? out : out.subarray(0, Math.max(4, Math.floor(cut * out.length)));
}

describe('no crash and no hang on a damaged workbook', () => {
  it('answers exit 0, or exit 2 with one line, whatever the damage', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SEEDS), damage, fc.boolean(), async (seed, how, lenient) => {
        const path = join(dir, `workbook-${fileNumber++}${seed.extension}`);
        writeFileSync(path, damaged(seed.bytes, how));
        const { code, stdout, stderr } = await cli(['report', path, '--format', 'json', '--quiet', ...(lenient ? ['--lenient'] : [])]);
        expect([0, 2], stderr).toContain(code);
        expect(stdout + stderr).not.toMatch(/NaN|Infinity|undefined|internal error|\n\s+at /);
        if (code === 2) expect(stderr.trimEnd().split('\n'), stderr).toHaveLength(1);
      }),
      { numRuns: runs(60) },
    );
  });
});
