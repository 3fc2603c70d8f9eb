import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const EXAMPLE = resolve('examples/september-2026');
const LEDGER_USD = 'date,channel,category,amount,currency\n2026-09-10,linkedin,agency,1000.00,USD\n';

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'social-roi-config-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const json = async (args: string[], cwd?: string) => {
  const result = await cli(['report', ...args, '--format', 'json', '--quiet'], {}, cwd);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout);
};

describe('social-roi.config.json', () => {
  it('sets defaults from the working folder; a flag wins over it', async () => {
    const dir = folderWith({
      'social-roi.config.json': JSON.stringify({ by: ['channel', 'month'], profile: 'mine.json', useCase: 'recruitment' }),
      'mine.json': JSON.stringify({ extends: 'b2b-saas', values: { lead: 250 } }),
    });
    const configured = await json([EXAMPLE], dir);
    expect(configured.groupBy).toEqual(['channel', 'month']);
    expect(configured.profile).toBe('mine');
    expect(configured.useCase).toBe('recruitment');
    expect((await json([EXAMPLE, '--by', 'channel'], dir)).groupBy).toEqual(['channel']);
  });

  it('reports an unknown key with a suggestion, and a wrong type with its key path: exit 2, one line', async () => {
    const typo = folderWith({ 'social-roi.config.json': JSON.stringify({ profil: 'b2b-saas' }) });
    expect(await cli(['report', EXAMPLE], {}, typo)).toMatchObject({
      code: 2,
      stderr: 'social-roi.config.json: profil: unknown key (did you mean "profile"?) (CONFIG_INVALID)\n',
    });
    const wrong = folderWith({ 'social-roi.config.json': JSON.stringify({ fx: { USD: '0,92' } }) });
    expect(await cli(['report', EXAMPLE], {}, wrong)).toMatchObject({
      code: 2,
      stderr: 'social-roi.config.json: fx.USD: expected a number > 0, got "0,92" (CONFIG_INVALID)\n',
    });
    expect(await cli(['report', EXAMPLE, '--config', 'no/such.json'])).toMatchObject({
      code: 2,
      stderr: 'no/such.json: no such file (CONFIG_INVALID)\n',
    });
  });
});

describe('exchange rates', () => {
  it('convert amounts in another currency into the report’s, and say which rates they used', async () => {
    const dir = folderWith({ 'ledger-usd.csv': LEDGER_USD, 'social-roi.config.json': JSON.stringify({ fx: { USD: 0.92 } }) });
    const report = await json([EXAMPLE, join(dir, 'ledger-usd.csv')], dir);
    const without = await json([EXAMPLE]);
    // 1,000.00 USD × 0.92 = 920.00 EUR of agency cost on linkedin
    expect(Math.round((report.total.hard.cost - without.total.hard.cost) * 100)).toBe(92000);
    expect(report.exchangeRates).toEqual({ USD: 0.92 });
  });

  it('without a rate, mixed currencies are an error naming the file and both currencies', async () => {
    const dir = folderWith({ 'ledger-usd.csv': LEDGER_USD });
    const { code, stderr } = await cli(['report', EXAMPLE, join(dir, 'ledger-usd.csv')], {}, dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /ledger-usd\.csv:2: amounts in USD cannot be added to amounts in EUR, the report's currency \(the currency of profile b2b-saas, and of .*google_ads_campaign_report\.csv\); give the rate with --fx USD=<what 1 USD is worth in EUR> \(INPUT_MIXED_CURRENCY\)\n$/,
    );
  });
});

describe('a user profile that changes the value of a lead', () => {
  it('raises value by exactly the change × leads, per group and in total, and nothing else but ROI', async () => {
    const dir = folderWith({ 'lead-460.json': JSON.stringify({ extends: 'b2b-saas', values: { lead: 460 } }) });
    const base = await json([EXAMPLE]);
    const raised = await json([EXAMPLE, '--profile', join(dir, 'lead-460.json')]);
    for (const [i, group] of raised.groups.entries()) {
      const before = base.groups[i];
      // 460 − 400 = 60 more per lead
      expect(Math.round((group.hard.value - before.hard.value) * 100)).toBe(Math.round(60 * before.metrics.leads * 100));
      expect(group.metrics).toEqual(before.metrics);
      expect(group.soft).toEqual(before.soft);
      expect({ ...group.hard, value: 0, roi: 0 }).toEqual({ ...before.hard, value: 0, roi: 0 });
    }
    expect(Math.round((raised.total.hard.value - base.total.hard.value) * 100)).toBe(60 * 666 * 100);
  });
});

describe('"by" in the configuration', () => {
  it('takes the flag’s form too, and names a wrong dimension', async () => {
    const dir = folderWith({ 'social-roi.config.json': JSON.stringify({ by: 'channel, month' }) });
    expect((await json([EXAMPLE], dir)).groupBy).toEqual(['channel', 'month']);
    const wrong = folderWith({ 'social-roi.config.json': JSON.stringify({ by: ['channel', 'region'] }) });
    expect((await cli(['report', EXAMPLE], {}, wrong)).stderr).toBe(
      'social-roi.config.json: by.1: expected one of channel, campaign, month, week, quarter, got "region" (CONFIG_INVALID)\n',
    );
  });
});

describe('a report in the files’ own currency', () => {
  const META_GBP = readFileSync('test/fixtures/ingest/meta-ads-en-gbp.csv', 'utf8');

  it('names the currencies and says what to type when a rate is missing', async () => {
    const dir = folderWith({ 'meta-gbp.csv': META_GBP });
    const { code, stderr } = await cli(['report', join(dir, 'meta-gbp.csv')], {}, dir);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `${join(dir, 'meta-gbp.csv')}:2: amounts in GBP cannot be added to amounts in EUR, the report's currency (the ` +
        `currency of profile b2b-saas); ` +
        'give the rate with --fx GBP=<what 1 GBP is worth in EUR>, or report in GBP: --currency GBP --fx EUR=<what 1 ' +
        'EUR is worth in GBP> (INPUT_MIXED_CURRENCY)\n',
    );
    const profileOnly = await cli(['report', join(dir, 'meta-gbp.csv'), '--currency', 'GBP'], {}, dir);
    expect(profileOnly.code).toBe(2);
    expect(profileOnly.stderr).toBe(
      'profile b2b-saas: the values of profile b2b-saas are in EUR and the report is in GBP; give the rate with --fx ' +
        'EUR=<what 1 EUR is worth in GBP> (INPUT_PROFILE_CURRENCY)\n',
    );
  });

  it('--currency and --fx report in GBP with the profile’s values converted, no configuration needed', async () => {
    const dir = folderWith({ 'meta-gbp.csv': META_GBP });
    const report = await json([join(dir, 'meta-gbp.csv'), '--currency', 'GBP', '--fx', 'EUR=0.85'], dir);
    expect(report.currency).toBe('GBP');
    // spend 100.50 + 99.50 = 200.00 GBP; 5 leads × (400 EUR × 0.85 = 340.00 GBP) = 1,700.00 GBP
    expect(report.total.hard.cost).toBe(200);
    expect(report.total.hard.value).toBe(1700);
    expect(report.exchangeRates).toEqual({ EUR: 0.85 });
  });

  it('--fx converts a file in another currency into the profile’s, a decimal comma accepted', async () => {
    const dir = folderWith({ 'meta-gbp.csv': META_GBP });
    const report = await json([join(dir, 'meta-gbp.csv'), '--fx', 'GBP=1,17'], dir);
    // 200.00 GBP × 1.17 = 234.00 EUR
    expect(report.currency).toBe('EUR');
    expect(report.total.hard.cost).toBe(234);
  });

  it.each([
    ['--currency', 'pounds', 'expected a three-letter currency code such as EUR'],
    [
      '--fx',
      'GBP',
      'expected CODE=RATE such as USD=0.92 (what 1 USD is worth in the report\'s currency), got "GBP"; a rate lies between 0.000001 and 1000000',
    ],
    [
      '--fx',
      'GBP=1e-9',
      'expected CODE=RATE such as USD=0.92 (what 1 USD is worth in the report\'s currency), got "GBP=1e-9"; a rate lies between 0.000001 and 1000000',
    ],
  ])('%s %s is a usage error', async (flag, value, message) => {
    const { code, stderr } = await cli(['report', EXAMPLE, flag, value]);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
