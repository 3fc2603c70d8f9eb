import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { reportOn } from '../helpers/report.js';
import { runs } from './runs.js';

const dir = mkdtempSync(join(tmpdir(), 'social-roi-suite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileNumber = 0;

/** Network names as a suite writes them, or as a re-typed file might, each with the channel it is. */
const NETWORKS = [
  ['Facebook', 'meta'],
  ['INSTAGRAM', 'meta'],
  [' instagram ', 'meta'],
  ['LinkedIn', 'linkedin'],
  ['X', 'x'],
  ['Twitter', 'x'],
  ['TikTok', 'tiktok'],
] as const;

interface ProfileRow {
  day: number;
  network: (typeof NETWORKS)[number];
  net: number;
  impressions: number;
  posts: number;
}

const row: fc.Arbitrary<ProfileRow> = fc.record({
  day: fc.integer({ min: 1, max: 30 }),
  network: fc.constantFrom(...NETWORKS),
  net: fc.integer({ min: -5_000, max: 5_000 }),
  impressions: fc.integer({ min: 0, max: 2_000_000 }),
  posts: fc.integer({ min: 0, max: 20 }),
});

/** A Sprout profile performance export as Sprout writes one: `MM-DD-YYYY`, thousands with commas, quoted. */
function writeProfileExport(rows: readonly ProfileRow[]): string {
  const thousands = (n: number) => `"${n.toLocaleString('en-US')}"`;
  const lines = [
    'Date,Network,Profile,Audience,Net Audience Growth,Published Posts (Total),Impressions,Engagement Rate (per Impression)',
    ...rows.map(
      (r) =>
        `09-${String(r.day).padStart(2, '0')}-2026,${r.network[0]},acme,"12,000",${thousands(r.net)},${r.posts},${thousands(r.impressions)},3.20%`,
    ),
  ];
  const path = join(dir, `profile-${fileNumber++}.csv`);
  writeFileSync(path, `${lines.join('\r\n')}\r\n`);
  return path;
}

const sumOf = (rows: readonly ProfileRow[], pick: (r: ProfileRow) => number) => rows.reduce((s, r) => s + pick(r), 0);

describe('suite exports: each row on its own channel, net growth split without loss', () => {
  it('per channel, follows − unfollows is the summed net growth, and neither is ever negative', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 40 }), async (rows) => {
        const report = await reportOn([writeProfileExport(rows)]);
        const channels = [...new Set(rows.map((r) => r.network[1]))].sort();
        expect(report.groups.map((g) => g.key.channel)).toEqual(channels);
        for (const group of report.groups) {
          const mine = rows.filter((r) => r.network[1] === group.key.channel);
          const m = group.metrics;
          expect(m.follows).toBe(sumOf(mine, (r) => Math.max(r.net, 0)));
          expect(m.unfollows).toBe(sumOf(mine, (r) => Math.max(-r.net, 0)));
          expect(m.follows - m.unfollows).toBe(sumOf(mine, (r) => r.net));
          expect(m.impressions).toBe(sumOf(mine, (r) => r.impressions));
          expect(m.posts).toBe(sumOf(mine, (r) => r.posts));
        }
      }),
      { numRuns: runs(40) },
    );
  });
});
