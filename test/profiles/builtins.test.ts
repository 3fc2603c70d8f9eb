import { readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/model/profile.js';
import { profileSchema, USE_CASE_IDS } from '../../src/model/profile.js';
import { USE_CASES } from '../../src/model/use-case-leads.js';
import { listBuiltinProfiles, loadProfile } from '../../src/profiles/load-profile.js';
import { cli } from '../helpers/cli.js';

const builtinDir = fileURLToPath(new URL('../../src/profiles/builtin/', import.meta.url));
const SECTORS = [
  'b2b-saas',
  'ecommerce-retail',
  'recruitment',
  'professional-services',
  'hospitality-tourism',
  'nonprofit',
  'local-business',
];
const profiles = await listBuiltinProfiles();

/** A benchmark cites a dated figure, or says it is an assumption and why. */
const SOURCED = /assumption|\b(19|20)\d\d\b/;

describe.each(profiles.map((profile) => [profile.id, profile] as const))('built-in %s', (id, profile: Profile) => {
  it('validates, is named after its file, extends nothing and is in EUR', async () => {
    expect(profileSchema.safeParse(profile).success).toBe(true);
    const raw = JSON.parse(await readFile(`${builtinDir}${id}.json`, 'utf8'));
    expect(raw).toEqual(profile);
    expect(profile.currency).toBe('EUR');
  });

  it('gives a source for every benchmark, dated or reasoned', () => {
    for (const [channel, scores] of Object.entries(profile.benchmarks)) {
      for (const [score, { rate, source }] of Object.entries(scores)) {
        expect(rate, `${channel}.${score}`).toBeGreaterThan(0);
        expect(source.length, `${channel}.${score}`).toBeGreaterThan(40);
        expect(source, `${channel}.${score}`).toMatch(SOURCED);
      }
    }
  });

  it('gives a source for every value it sets', () => {
    expect(Object.keys(profile.values).length).toBeGreaterThan(0);
    for (const key of Object.keys(profile.values)) expect(profile.valueSources?.[key]?.length, key).toBeGreaterThan(40);
  });

  it('weighs conversation above vanity engagement', () => {
    expect(profile.weights.conversation).toBeGreaterThan(profile.weights.engagement);
  });

  it('names a use case and says who it fits before its first colon', () => {
    expect(USE_CASE_IDS).toContain(profile.useCase);
    expect(profile.description).toMatch(/^[^:.]{10,42}:/);
  });
});

describe('the built-in set', () => {
  it('holds at least the seven sectors of the issue, one file each', async () => {
    const files = (await readdir(builtinDir)).filter((name) => name.endsWith('.json'));
    expect(profiles.length).toBeGreaterThanOrEqual(7);
    expect(profiles.map((profile) => profile.id)).toEqual(expect.arrayContaining(SECTORS));
    expect(files).toHaveLength(profiles.length);
  });

  it('values the same act differently per sector: a local lead is not a B2B lead', async () => {
    const lead = async (id: string) => (await loadProfile(id, { cwd: process.cwd() })).profile.values.lead;
    expect(await lead('local-business')).toBe(40);
    expect(await lead('b2b-saas')).toBe(400);
  });
});

describe('calibration on the example exports', () => {
  // Paid LinkedIn and Meta campaigns typical of the examples should land near 50, not at the cap.
  it.each(SECTORS)('%s scores the example channels between 30 and 80', async (id) => {
    const { code, stdout } = await cli(['report', 'examples/september-2026/', '--format', 'json', '--profile', id]);
    expect(code).toBe(0);
    const groups: { key: { channel: string }; soft: { scores: Record<string, { score: number } | null> } }[] = JSON.parse(stdout).groups;
    for (const group of groups.filter((g) => g.key.channel === 'linkedin' || g.key.channel === 'meta')) {
      for (const score of ['conversation', 'amplification', 'engagement']) {
        const at = `${group.key.channel}.${score}`;
        expect(group.soft.scores[score]?.score, at).toBeGreaterThanOrEqual(30);
        expect(group.soft.scores[score]?.score, at).toBeLessThanOrEqual(80);
      }
    }
  });
});

describe('the use-case table', () => {
  it('covers every use case with drivers and scores a report has', () => {
    const scores = Object.keys(profiles[0]!.weights);
    expect(Object.keys(USE_CASES).sort()).toEqual([...USE_CASE_IDS].sort());
    for (const { leadDrivers, leadScores } of Object.values(USE_CASES)) {
      expect(leadDrivers.length).toBeGreaterThan(0);
      expect(scores).toEqual(expect.arrayContaining(leadScores));
    }
  });

  it('makes recruitment lead with applications and hires, social selling with leads', () => {
    expect(USE_CASES.recruitment.leadDrivers.slice(0, 2)).toEqual(['application', 'hire']);
    expect(USE_CASES['social-selling'].leadDrivers[0]).toBe('lead');
    expect(USE_CASES['social-selling'].leadScores[0]).toBe('conversation');
  });
});

describe('built-in files', () => {
  // At run time built-ins are not passed through zod (it is slow to load), so their keys must
  // already be in the schema's order for every output to list them the same way.
  it.each(readdirSync(builtinDir).filter((f) => f.endsWith('.json')))('%s is written in the schema’s key order', (name) => {
    const raw = JSON.parse(readFileSync(join(builtinDir, name), 'utf8'));
    expect(JSON.stringify(raw)).toBe(JSON.stringify(profileSchema.parse(raw)));
  });
});
