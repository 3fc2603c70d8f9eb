import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { keyPath, showValue, suggest } from '../../src/json/key-issues.js';
import { isSocialRoiError } from '../../src/model/errors.js';
import type { Location } from '../../src/model/problem.js';
import type { Profile } from '../../src/model/profile.js';
import { profileSchema } from '../../src/model/profile.js';
import { listBuiltinProfiles, loadProfile } from '../../src/profiles/load-profile.js';

const cwd = fileURLToPath(new URL('../fixtures/profiles/', import.meta.url));
const builtinDir = fileURLToPath(new URL('../../src/profiles/builtin/', import.meta.url));

interface Failure {
  code: string;
  message: string;
  location: Location | undefined;
}

/** The one problem a load throws, as the CLI would print it. */
async function failure(ref: string, dir = cwd): Promise<Failure> {
  try {
    await loadProfile(ref, { cwd: dir });
  } catch (error) {
    if (!isSocialRoiError(error)) throw error;
    const { code, params, location } = error.problem;
    return { code, message: String(params.message), location };
  }
  throw new Error(`${ref} loaded without an error`);
}

describe('built-in profiles', () => {
  it('all validate, are named after their file and come sorted by id', async () => {
    const profiles = await listBuiltinProfiles();
    const files = (await readdir(builtinDir)).filter((name) => name.endsWith('.json')).sort();
    expect(profiles.map((profile) => `${profile.id}.json`)).toEqual(files);
    expect(files).toContain('b2b-saas.json');
    for (const profile of profiles) expect(profileSchema.safeParse(profile).success).toBe(true);
  });

  it('b2b-saas gives a source for every benchmark and every value', async () => {
    const { profile, chain } = await loadProfile('b2b-saas', { cwd: process.cwd() });
    expect(chain).toEqual(['built-in b2b-saas']);
    expect(profile.currency).toBe('EUR');
    for (const benchmarks of Object.values(profile.benchmarks)) {
      for (const { rate, source } of Object.values(benchmarks)) {
        expect(rate).toBeGreaterThan(0);
        expect(source.length).toBeGreaterThan(20);
      }
    }
    for (const key of Object.keys(profile.values)) expect(profile.valueSources?.[key]).toBeTruthy();
  });

  it('b2b-saas does not value a message it has no figure for', async () => {
    const { profile } = await loadProfile('b2b-saas', { cwd: process.cwd() });
    expect(profile.values.message).toBeUndefined();
  });

  it('the data file is the profile, unchanged by loading', async () => {
    const { profile } = await loadProfile('b2b-saas', { cwd: process.cwd() });
    expect(profile).toEqual(JSON.parse(await readFile(join(builtinDir, 'b2b-saas.json'), 'utf8')));
  });
});

describe('extends', () => {
  it('overrides one key and keeps the rest of the built-in', async () => {
    const base = await loadProfile('b2b-saas', { cwd: process.cwd() });
    const { profile, origin, chain } = await loadProfile('override-lead.json', { cwd });
    expect(profile).toEqual({ ...base.profile, id: 'override-lead', values: { ...base.profile.values, lead: 250 } });
    expect(origin['values.lead']).toBe('override-lead.json');
    expect(origin['values.hire']).toBe('built-in b2b-saas');
    expect(origin.id).toBe('override-lead.json');
    expect(chain).toEqual(['override-lead.json', 'built-in b2b-saas']);
  });

  it('follows a chain of two files, each path relative to the file that names it', async () => {
    const { profile, origin, chain } = await loadProfile('chain/top.json', { cwd });
    expect(chain).toEqual(['chain/top.json', 'chain/middle.json', 'built-in b2b-saas']);
    expect(profile.id).toBe('team-chain');
    expect(profile.values.hire).toBe(5000);
    expect(profile.weights.conversation).toBe(5);
    expect(profile.weights.engagement).toBe(1);
    expect(profile.description).toBe('A recruiting-heavy variant of the B2B software profile.');
    expect(profile.sector).toBe('B2B software');
    expect(origin['values.hire']).toBe('chain/top.json');
    expect(origin['weights.conversation']).toBe('chain/middle.json');
    expect(origin.sector).toBe('built-in b2b-saas');
  });

  it('names the whole loop of a cycle, on one line', async () => {
    expect(await failure('cycle-a.json')).toEqual({
      code: 'PROFILE_INVALID',
      message: 'extends cycle: cycle-a.json → cycle-b.json → cycle-a.json',
      location: { file: 'cycle-b.json' },
    });
  });

  it('reports a missing parent file against the file that extends it', async () => {
    expect(await failure('missing-parent.json')).toEqual({
      code: 'PROFILE_NOT_FOUND',
      message: 'extends: no such file "does-not-exist.json"',
      location: { file: 'missing-parent.json' },
    });
  });

  it('suggests and lists the built-ins for an unknown parent id', async () => {
    const { code, message, location } = await failure('unknown-parent.json');
    expect(code).toBe('PROFILE_NOT_FOUND');
    expect(message).toMatch(/^extends: no built-in profile "b2b-sass" \(did you mean "b2b-saas"\? built-in profiles: .*b2b-saas/);
    expect(location).toEqual({ file: 'unknown-parent.json' });
  });

  it('blames the file in the chain that gave the bad value', async () => {
    expect(await failure('extends-child-error.json')).toEqual({
      code: 'PROFILE_INVALID',
      message: 'values.lead: expected an amount from 0 to 10,000,000 with at most two decimals, got "abc"',
      location: { file: 'lead-not-a-number.json' },
    });
  });
});

describe('references', () => {
  it('reports a missing file', async () => {
    expect(await failure('nowhere/profile.json')).toEqual({
      code: 'PROFILE_NOT_FOUND',
      message: 'no such file',
      location: { file: join('nowhere', 'profile.json') },
    });
  });

  it('lists the built-in ids for an unknown one', async () => {
    const { code, message, location } = await failure('b2b');
    expect(code).toBe('PROFILE_NOT_FOUND');
    expect(message).toMatch(
      /^no such built-in profile \(built-in profiles: .*b2b-saas.*; a profile file is given by a path ending in \.json\)$/,
    );
    expect(location).toEqual({ file: 'b2b' });
  });
});

describe('validation messages', () => {
  it('names the key, what it expects and what it got', async () => {
    expect(await failure('lead-not-a-number.json')).toEqual({
      code: 'PROFILE_INVALID',
      message: 'values.lead: expected an amount from 0 to 10,000,000 with at most two decimals, got "abc"',
      location: { file: 'lead-not-a-number.json' },
    });
  });

  it('suggests the key an unknown one probably meant', async () => {
    expect(await failure('misspelt-values.json')).toEqual({
      code: 'PROFILE_INVALID',
      message: 'valeus: unknown key (did you mean "values"?)',
      location: { file: 'misspelt-values.json' },
    });
  });

  it('rejects a negative weight', async () => {
    expect((await failure('negative-weight.json')).message).toBe('weights.engagement: expected a number from 0 to 1,000, got -1');
  });

  it('says "got nothing" for a missing key, against the file asked for, and counts the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'social-roi-profile-'));
    try {
      const { survey: _survey, carryover: _carryover, ...incomplete } = (await loadProfile('b2b-saas', { cwd: process.cwd() })).profile;
      await writeFile(join(dir, 'incomplete.json'), JSON.stringify(incomplete));
      expect(await failure('incomplete.json', dir)).toEqual({
        code: 'PROFILE_INVALID',
        message: 'carryover: expected an object, got nothing (and 1 more)',
        location: { file: 'incomplete.json' },
      });
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  it('gives the reason and the line of invalid JSON', async () => {
    expect(await failure('trailing-comma.json')).toEqual({
      code: 'PROFILE_INVALID',
      message: 'not valid JSON: Expected double-quoted property name',
      location: { file: 'trailing-comma.json', line: 3, column: 28 },
    });
  });

  it('keeps invalid JSON on one line when V8 gives no position', async () => {
    expect(await failure('bare-word.json')).toEqual({
      code: 'PROFILE_INVALID',
      message: "not valid JSON: Unexpected token 'a'",
      location: { file: 'bare-word.json' },
    });
  });

  it('wants an object at the top', async () => {
    expect((await failure('top-level-list.json')).message).toBe('expected a JSON object ({ … }) at the top, got a list');
  });

  it('treats __proto__ and constructor as unknown keys and pollutes nothing', async () => {
    expect(await failure('proto-key.json')).toEqual({
      code: 'PROFILE_INVALID',
      message: 'values.__proto__: unknown key',
      location: { file: 'proto-key.json' },
    });
    expect((await failure('constructor-key.json')).message).toBe('constructor: unknown key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the schema', () => {
  it('keeps the types other modules rely on', () => {
    expectTypeOf<Profile['values']['lead']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Profile['valueSources']>().toEqualTypeOf<Record<string, string> | undefined>();
    expectTypeOf<Profile['carryover']['unit']>().toEqualTypeOf<'week' | 'month'>();
    expectTypeOf<Profile['benchmarks']['google-ads']['growth']>().toEqualTypeOf<{ rate: number; source: string }>();
    expectTypeOf<Profile['survey']>().toEqualTypeOf<{ minRespondents: number }>();
  });
});

describe('message helpers', () => {
  it.each([
    ['abc', '"abc"'],
    [-1, '-1'],
    [undefined, 'nothing'],
    [null, 'null'],
    [[1], 'a list'],
    [{ a: 1 }, 'an object'],
    ['x'.repeat(50), `"${'x'.repeat(39)}…"`],
  ])('shows %j as %s', (value, shown) => {
    expect(showValue(value)).toBe(shown);
  });

  it.each([
    [['values', 'lead'], 'values.lead'],
    [['benchmarks', 'google-ads'], 'benchmarks.google-ads'],
    [['values', 'le\nad'], 'values."le\\nad"'],
  ])('writes the key path %j as %s', (path, shown) => {
    expect(keyPath(path)).toBe(shown);
  });

  it.each([
    ['valeus', ['values', 'weights'], 'values'],
    ['Weights', ['values', 'weights'], 'weights'],
    ['linkdin', ['linkedin', 'meta'], 'linkedin'],
    ['facebook', ['linkedin', 'meta'], undefined],
  ])('suggests for %s', (word, candidates, expected) => {
    expect(suggest(word, candidates)).toBe(expected);
  });
});

describe('a profile file with a BOM', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'social-roi-profile-'));
    await writeFile(join(dir, 'bom.json'), '\uFEFF{ "extends": "b2b-saas", "values": { "lead": 300 } }');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true });
  });

  it('reads like one without', async () => {
    expect((await loadProfile('bom.json', { cwd: dir })).profile.values.lead).toBe(300);
  });
});
