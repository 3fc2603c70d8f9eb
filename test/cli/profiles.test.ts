import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBuiltinProfiles, loadProfile } from '../../src/profiles/load-profile.js';
import { cli } from '../helpers/cli.js';

const SECTORS = [
  'b2b-saas',
  'ecommerce-retail',
  'recruitment',
  'professional-services',
  'hospitality-tourism',
  'nonprofit',
  'local-business',
];
const GOOD = 'test/fixtures/profiles/override-lead.json';
const BAD = 'test/fixtures/profiles/lead-not-a-number.json';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'social-roi-profiles-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The widest line, in characters: a pipe gets 100 columns. */
function widest(text: string): number {
  return Math.max(...text.split('\n').map((line) => [...line].length));
}

describe('profiles list', () => {
  it('shows every built-in with its sector and currency, as the golden file', async () => {
    const { code, stdout, stderr } = await cli(['profiles', 'list']);
    expect([code, stderr]).toEqual([0, '']);
    for (const id of SECTORS) expect(stdout).toMatch(new RegExp(`^${id} +\\S.* EUR `, 'm'));
    expect(widest(stdout)).toBeLessThanOrEqual(100);
    await expect(stdout).toMatchFileSnapshot('../golden/cli/profiles-list.txt');
  });

  it('gives scripts the same list as JSON', async () => {
    const listed = JSON.parse((await cli(['profiles', 'list', '--format', 'json'])).stdout);
    expect(listed.map((p: { id: string }) => p.id)).toEqual((await listBuiltinProfiles()).map((p) => p.id));
    expect(listed[0]).toEqual({
      id: 'b2b-saas',
      sector: 'B2B software',
      currency: 'EUR',
      useCase: 'social-selling',
      description: expect.any(String),
    });
  });
});

describe('profiles show', () => {
  it('prints b2b-saas with the source of each benchmark, as the golden file', async () => {
    const { code, stdout, stderr } = await cli(['profiles', 'show', 'b2b-saas']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toContain('    engagement      0.6%\n      assumption for paid sponsored content: Buffer 2025 gives 6.50%');
    expect(stdout).not.toContain('[from');
    await expect(stdout).toMatchFileSnapshot('../golden/cli/profiles-show-b2b-saas.txt');
  });

  it('speaks French with --lang fr or LANG=fr, the profile’s own notes as written', async () => {
    const asked = await cli(['profiles', 'show', 'b2b-saas', '--lang', 'fr']);
    expect([asked.code, asked.stderr]).toEqual([0, '']);
    expect(asked.stdout).toContain('  hire            4\u202f300,00\n');
    expect(asked.stdout).toContain('\nPondérations (de l’indice relationnel)\n');
    await expect(asked.stdout).toMatchFileSnapshot('../golden/cli/profiles-show-b2b-saas.fr.txt');
    expect((await cli(['profiles', 'show', 'b2b-saas'], { LANG: 'fr_FR.UTF-8' })).stdout).toBe(asked.stdout);
    const list = await cli(['profiles', 'list', '--lang', 'fr']);
    await expect(list.stdout).toMatchFileSnapshot('../golden/cli/profiles-list.fr.txt');
    expect((await cli(['profiles', 'validate', GOOD, '--lang', 'fr'])).stdout).toBe(`${GOOD}\u00a0: valide (étend b2b-saas)\n`);
  });

  it.each(SECTORS)('fits %s in 100 columns', async (id) => {
    const { code, stdout } = await cli(['profiles', 'show', id]);
    expect(code).toBe(0);
    expect(widest(stdout)).toBeLessThanOrEqual(100);
  });

  it('says which keys a user file sets, after extends is resolved', async () => {
    const { stdout } = await cli(['profiles', 'show', GOOD]);
    expect(stdout).toContain(`From: ${GOOD} → built-in b2b-saas\n`);
    expect(stdout).toContain(`  lead            250.00  [from ${GOOD}]\n`);
    expect(stdout).toContain('  hire            4,300.00\n');
    // The built-in's note explains €400, not the user's €250: it is not shown as the reason for 250.
    expect(stdout).toContain(
      `    set by ${GOOD}, which gives no note of its own: the note of\n    the profile it extends spoke of another value\n`,
    );
    expect(stdout).not.toContain('assumption: €400 a lead');
  });

  it('gives the resolved profile, its chain and every key’s origin as JSON', async () => {
    const shown = JSON.parse((await cli(['profiles', 'show', GOOD, '--format', 'json'])).stdout);
    expect(shown).toEqual(JSON.parse(JSON.stringify(await loadProfile(GOOD, { cwd: process.cwd() }))));
    expect(shown.origin['values.lead']).toBe(GOOD);
  });
});

describe('profiles init', () => {
  it.each(['b2b-saas', 'recruitment'])('prints a file that re-loads as a valid profile extending %s', async (id) => {
    const { code, stdout } = await cli(['profiles', 'init', id]);
    expect(code).toBe(0);
    const file = join(dir, `my-${id}.json`);
    await writeFile(file, stdout);
    const built = await loadProfile(id, { cwd: process.cwd() });
    const mine = await loadProfile(file, { cwd: dir });
    expect(mine.chain).toEqual([`my-${id}.json`, `built-in ${id}`]);
    expect(mine.profile).toEqual({ ...built.profile, id: `my-${id}` });
    expect(Object.keys(JSON.parse(stdout))).toEqual(['extends', 'values', 'weights', 'maturity']);
  });
});

describe('profiles validate', () => {
  it('says a good file is valid and what it extends', async () => {
    expect(await cli(['profiles', 'validate', GOOD])).toEqual({ code: 0, stdout: `${GOOD}: valid (extends b2b-saas)\n`, stderr: '' });
  });

  it('exits 2 with one line naming the file and the key path', async () => {
    const message = `${BAD}: values.lead: expected an amount from 0 to 10,000,000 with at most two decimals, got "abc" (PROFILE_INVALID)\n`;
    expect(await cli(['profiles', 'validate', BAD])).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it('rejects a use case it does not know', async () => {
    const file = join(dir, 'sales.json');
    await writeFile(file, JSON.stringify({ extends: 'b2b-saas', useCase: 'sales' }));
    const expected =
      `${file}: useCase: expected one of "social-selling", "recruitment", ` +
      '"customer-relations", "communication", "training", got "sales" (PROFILE_INVALID)\n';
    expect(await cli(['profiles', 'validate', file])).toEqual({ code: 2, stdout: '', stderr: expected });
  });
});

describe('usage errors', () => {
  it.each([['show'], ['init'], ['validate']])('an unknown id for %s exits 2 with one line', async (command) => {
    const { code, stdout, stderr } = await cli(['profiles', command, 'no-such-profile']);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/^no-such-profile: no such built-in profile [^\n]*\(PROFILE_NOT_FOUND\)\n$/);
  });

  it('a bad option of a subcommand exits 2 through the program’s handler', async () => {
    const { code, stderr } = await cli(['profiles', 'list', '--format', 'yaml']);
    expect([code, stderr]).toEqual([2, `error: option '--format <format>' argument 'yaml' is invalid. Allowed choices are text, json.\n`]);
  });

  it('help exits 0 and shows examples', async () => {
    for (const args of [
      ['profiles', '--help'],
      ['profiles', 'show', '--help'],
      ['profiles', 'help', 'init'],
    ]) {
      const { code, stdout } = await cli(args);
      expect(code, args.join(' ')).toBe(0);
      expect(stdout, args.join(' ')).toContain('Examples:\n  social-roi profiles ');
    }
  });
});
