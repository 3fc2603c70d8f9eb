import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { runs } from './runs.js';

const EXAMPLE = 'examples/september-2026/';
const dir = mkdtempSync(join(tmpdir(), 'social-roi-settings-'));

/** Where each kind of settings file goes on the command line. */
const AS = {
  profile: (file: string) => ['--profile', file],
  config: (file: string) => ['--config', file],
  mapping: (file: string) => ['--map', file],
} as const;

/** Bytes that look like JSON often enough to reach the checks past the parser. */
const jsonish = fc.oneof(
  fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
  fc.jsonValue({ maxDepth: 4 }).map((value) => Buffer.from(JSON.stringify(value))),
  fc
    .record({
      extends: fc.constantFrom('b2b-saas', 'nonprofit', 'nope'),
      values: fc.dictionary(fc.constantFrom('lead', 'hire', 'x'), fc.double()),
    })
    .map((value) => Buffer.from(JSON.stringify(value))),
  fc.record({ fx: fc.dictionary(fc.constantFrom('USD', 'GBP', 'usd'), fc.double()) }).map((value) => Buffer.from(JSON.stringify(value))),
);

describe('any bytes given as a profile, a configuration or a mapping', () => {
  it.each(Object.keys(AS) as (keyof typeof AS)[])('as a %s end in exit 0 or 2, with one line of error', async (kind) => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(jsonish, async (bytes) => {
        const file = join(dir, `${kind}-${n++}.json`);
        writeFileSync(file, bytes);
        const { code, stderr } = await cli(['report', EXAMPLE, '--format', 'json', '--quiet', ...AS[kind](file)]);
        expect([0, 2]).toContain(code);
        if (code === 2) expect(stderr).toMatch(/^[^\n]+\n$/);
      }),
      { numRuns: runs(40) },
    );
  });
});
