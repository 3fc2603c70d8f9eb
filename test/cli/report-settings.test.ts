import { describe, expect, it } from 'vitest';
import { type ReportFlags, resolveReportSettings } from '../../src/cli/report-settings.js';
import type { Config } from '../../src/config/config-schema.js';

const resolve = (flags: ReportFlags, config: Config = {}, env: NodeJS.ProcessEnv = {}, tty = false) =>
  resolveReportSettings(flags, config, env, tty);

describe('report settings: the flag, else the configuration, else the default', () => {
  it.each<[string, ReportFlags, Config, (s: ReturnType<typeof resolve>) => unknown, unknown]>([
    ['group by: default', {}, {}, (s) => s.request.groupBy, ['channel']],
    ['group by: configuration', {}, { by: ['channel', 'month'] }, (s) => s.request.groupBy, ['channel', 'month']],
    ['group by: flag over configuration', { by: ['campaign'] }, { by: ['channel', 'month'] }, (s) => s.request.groupBy, ['campaign']],
    ['campaign names read only for a report by campaign', { by: ['campaign', 'month'] }, {}, (s) => s.read.campaignNames, true],
    ['no campaign names otherwise', { by: ['channel', 'month'] }, {}, (s) => s.read.campaignNames, false],
    ['profile: default', {}, {}, (s) => s.profileRef, 'b2b-saas'],
    ['profile: configuration', {}, { profile: 'recruitment' }, (s) => s.profileRef, 'recruitment'],
    ['profile: flag', { profile: 'nonprofit' }, { profile: 'recruitment' }, (s) => s.profileRef, 'nonprofit'],
    ['lenient: configuration', {}, { lenient: true }, (s) => s.read.lenient, true],
    ['lenient: default strict', {}, {}, (s) => s.read.lenient, false],
    ['max record size: default 1 MiB of characters', {}, {}, (s) => s.read.maxRecordChars, 1_048_576],
    ['jobs: only when asked', {}, {}, (s) => 'jobs' in s.read, false],
    ['jobs: flag', { jobs: 2 }, {}, (s) => s.read.jobs, 2],
    ['currency: none means the profile’s', {}, {}, (s) => 'currency' in s.request, false],
    ['currency: flag over configuration', { currency: 'GBP' }, { currency: 'USD' }, (s) => s.request.currency, 'GBP'],
    [
      'rates: the flag’s added to the configuration’s, the flag winning',
      { fx: { USD: 0.9 } },
      { fx: { USD: 0.92, GBP: 1.17 } },
      (s) => s.request.fx,
      { USD: 0.9, GBP: 1.17 },
    ],
    ['use case: configuration', {}, { useCase: 'recruitment' }, (s) => s.request.useCase, 'recruitment'],
    ['window: open by default', {}, {}, (s) => s.request.window, { from: null, to: null }],
    ['window: flags', { from: '2026-09-01', to: '2026-09-30' }, {}, (s) => s.request.window, { from: '2026-09-01', to: '2026-09-30' }],
    [
      'thresholds: configuration',
      {},
      { failUnder: { roi: 0, soft: 50 } },
      (s) => s.thresholds,
      [
        { name: 'roi', threshold: 0 },
        { name: 'soft', threshold: 50 },
      ],
    ],
    [
      'thresholds: flags replace the configuration’s',
      { failUnder: [{ name: 'soft', threshold: 40 }] },
      { failUnder: { roi: 0 } },
      (s) => s.thresholds,
      [{ name: 'soft', threshold: 40 }],
    ],
    ['language: configuration over LANG', {}, { lang: 'en' }, (s) => s.render.language, 'en'],
    ['language: flag over configuration', { lang: 'fr' }, { lang: 'en' }, (s) => s.render.language, 'fr'],
  ])('%s', (_name, flags, config, pick, expected) => {
    expect(pick(resolve(flags, config))).toEqual(expected);
  });

  it('takes the language from LANG when neither flag nor configuration says', () => {
    expect(resolve({}, {}, { LANG: 'fr_FR.UTF-8' }).render.language).toBe('fr');
    expect(resolve({}, {}, { LANG: 'de_DE.UTF-8' }).render.language).toBe('en');
  });

  it.each<[ReportFlags, string, string | null]>([
    [{}, 'table', null],
    [{ out: '-' }, 'table', null],
    [{ out: 'roi.json' }, 'json', 'roi.json'],
    [{ out: 'Roi.HTM' }, 'html', 'Roi.HTM'],
    [{ out: 'roi.md' }, 'md', 'roi.md'],
    [{ out: 'roi.txt' }, 'table', 'roi.txt'],
    [{ out: 'roi.json', format: 'csv' }, 'csv', 'roi.json'],
  ])('--out %j writes format %s', (flags, format, out) => {
    expect(resolve(flags).render).toMatchObject({ format, out });
  });

  it('draws trend lines on a terminal table only, unless asked', () => {
    expect(resolve({}, {}, {}, true).render.sparklines).toBe(true);
    expect(resolve({}, {}, {}, false).render.sparklines).toBe(false);
    expect(resolve({ out: 'roi.txt' }, {}, {}, true).render.sparklines).toBe(false);
    expect(resolve({ sparklines: true }, {}, {}, false).render.sparklines).toBe(true);
    expect(resolve({ sparklines: true, format: 'json' }, {}, {}, true).render.sparklines).toBe(false);
  });
});
