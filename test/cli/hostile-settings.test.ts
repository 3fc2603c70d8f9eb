import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const EXAMPLE = 'examples/september-2026/';
const dir = mkdtempSync(join(tmpdir(), 'social-roi-hostile-'));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('settings files that are no settings files', () => {
  it('stops reading /dev/zero as a profile after 1 MiB', async () => {
    expect(await cli(['report', EXAMPLE, '--profile', '/dev/zero'])).toMatchObject({
      code: 2,
      stderr: '/dev/zero: larger than 1 MiB: not a settings file (PROFILE_INVALID)\n',
    });
  });

  it('refuses a configuration nested 100,000 levels deep, naming where it goes too deep', async () => {
    const deep = file('deep.json', `{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    // `{` (column 1) is level 1 and the first `[` (column 6) level 2: level 65 is the 64th `[`, column 69
    expect(await cli(['report', EXAMPLE, '--config', deep])).toMatchObject({
      code: 2,
      stderr: `${deep}:1:69: nested deeper than 64 levels (CONFIG_INVALID)\n`,
    });
  });

  it('refuses a lead worth 1e308', async () => {
    const huge = file('huge-lead.json', JSON.stringify({ extends: 'b2b-saas', values: { lead: 1e308 } }));
    const { code, stderr } = await cli(['report', EXAMPLE, '--profile', huge]);
    expect([code, stderr]).toEqual([
      2,
      `${huge}: values.lead: expected an amount from 0 to 10,000,000 with at most two decimals, got 1e+308 (PROFILE_INVALID)\n`,
    ]);
  });

  it.each([
    [1e300, 'fx.USD: expected a rate between 0.000001 and 1000000, got 1e+300'],
    [1e-9, 'fx.USD: expected a rate between 0.000001 and 1000000, got 1e-9'],
  ])('refuses an exchange rate of %s in the configuration', async (rate, message) => {
    const config = file(`fx-${rate}.json`, JSON.stringify({ fx: { USD: rate } }));
    expect(await cli(['report', EXAMPLE, '--config', config])).toMatchObject({
      code: 2,
      stderr: `${config}: ${message} (CONFIG_INVALID)\n`,
    });
  });
});
