import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { FORMATS } from '../../src/render/index.js';
import { cli } from '../helpers/cli.js';
import { runs } from './runs.js';

const dir = mkdtempSync(join(tmpdir(), 'social-roi-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileNumber = 0;

const SEEDS = ['test/fixtures/samples', 'test/fixtures/samples/variants', 'test/fixtures/ingest']
  .flatMap((folder) =>
    readdirSync(folder)
      .filter((f) => f.endsWith('.csv'))
      .map((f) => readFileSync(join(folder, f))),
  )
  .map((bytes) => bytes.subarray(0, 4000));

/** Flip, overwrite, insert and truncate, with the bytes that break CSV readers most often. */
const mutation = fc.record({
  kind: fc.constantFrom('overwrite', 'insert', 'truncate', 'flip'),
  at: fc.nat(),
  byte: fc.constantFrom(0x22, 0x2c, 0x3b, 0x09, 0x0d, 0x0a, 0x00, 0xff, 0xfe, 0xef, 0x2d, 0x30, 0x39, 0x2e, 0x41, 0x80),
});

function mutate(bytes: Buffer, mutations: readonly { kind: string; at: number; byte: number }[]): Buffer {
  let out = Buffer.from(bytes);
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % out.length;
    if (m.kind === 'overwrite' && out.length > 0) out[at] = m.byte;
    else if (m.kind === 'flip' && out.length > 0) out[at] = out[at]! ^ (1 << (m.byte % 8));
    else if (m.kind === 'insert') out = Buffer.concat([out.subarray(0, at), Buffer.from([m.byte]), out.subarray(at)]);
    else if (m.kind === 'truncate') out = out.subarray(0, at);
  }
  return out;
}

async function expectCleanAnswer(content: Buffer, args: readonly string[]): Promise<void> {
  const path = join(dir, `input-${fileNumber++}.csv`);
  writeFileSync(path, content);
  for (const format of FORMATS) {
    const { code, stdout, stderr } = await cli(['report', path, '--format', format, ...args]);
    expect([0, 2], stderr).toContain(code);
    expect(stdout + stderr).not.toMatch(/NaN|Infinity|undefined|internal error|\n\s+at /);
    if (code === 2) expect(stderr.trimEnd().split('\n'), stderr).toHaveLength(1);
  }
}

describe('no crash: any input gets exit 0 or 2 and clean output in every format', () => {
  it('mutated real exports', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SEEDS),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        async (seed, mutations, lenient) => {
          await expectCleanAnswer(mutate(seed, mutations), lenient ? ['--lenient', '--by', 'campaign,month'] : ['--by', 'channel,week']);
        },
      ),
      { numRuns: runs(80) },
    );
  });

  it('arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (bytes) => {
        await expectCleanAnswer(Buffer.from(bytes), []);
      }),
      { numRuns: runs(60) },
    );
  });
});
