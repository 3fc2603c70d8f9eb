import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const PROFILE = ['--profile', 'test/fixtures/profiles/time-thresholds-strict.json'];

async function report(files: string[]) {
  const { code, stdout } = await cli([
    'report',
    ...files.map((f) => `test/fixtures/${f}`),
    '--by',
    'channel,month',
    '--format',
    'json',
    '--quiet',
    ...PROFILE,
  ]);
  expect(code).toBe(0);
  return JSON.parse(stdout) as {
    warnings: { code: string; params: Record<string, unknown> }[];
    total: { metrics: Record<string, number> };
  };
}

/** The profile asks for 2,000 followers and 4 months; fatigue over 3 periods, +50 % posts, −30 % per post. */
describe('too early and fatigue at the edges of the data', () => {
  it('takes the last followers reading even when it is dated after the last activity', async () => {
    // Posts June to September (4 months), then 1,500 followers noted on 30 September: below 2,000.
    const r = await report(['ingest/outcomes-followers-after-last-activity.csv']);
    expect(r.warnings.filter((w) => w.code === 'too-early').map((w) => w.params)).toEqual([
      { channel: 'linkedin', unmet: 'audience', months: 4, minMonths: 4, audience: 1500, minAudience: 2000 },
    ]);
  });

  it('reads a blank column as unknown, not as zero: blank unfollows do not block the vicious circle', async () => {
    // Sprout posts, one per row: 10, 12, 15 posts in July to September (+50 %) drawing 100, 100 and
    // 105 reactions, comments and shares: 10, 8.33 and 7 per post (−30 %). "Unfollows from Post" is
    // there but blank on every row, so unfollows are unknown and the rule does without them.
    const r = await report(['ingest/sprout-posts-en-blank-unfollows-column.csv']);
    expect(r.warnings.filter((w) => w.code === 'fatigue').map((w) => w.params)).toEqual([
      {
        channel: 'meta',
        periods: 3,
        from: '2026-07',
        to: '2026-09',
        postsFrom: 10,
        postsTo: 15,
        engagementPerPostFrom: 10,
        engagementPerPostTo: 7,
      },
    ]);
  });

  it('counts each post of the X content export as one published item', async () => {
    // The sample holds 15 posts.
    const r = await report(['samples/account_analytics_content_2026-09-01_2026-09-30.csv']);
    expect(r.total.metrics.posts).toBe(15);
  });
});

describe('dates far from today', () => {
  it('refuses a ledger line open to 9999-12-31, saying which years a report covers', async () => {
    const { code, stderr } = await cli(['report', 'test/fixtures/ingest/ledger-en-open-end-9999.csv', '--by', 'month']);
    expect([code, stderr]).toEqual([
      2,
      'test/fixtures/ingest/ledger-en-open-end-9999.csv:2:2: "9999-12-31" in end is outside the years a report covers (1900 to 2199); ' +
        'for a cost with no end date, give the last day it covers (INPUT_DATE_OUT_OF_RANGE)\n',
    ]);
  });

  it.each(['week', 'month', 'quarter'])('spreads a line over three centuries by %s, to the cent', async (by) => {
    // 109,573.00 over 1900-01-01 → 2199-12-31, 109,573 days: 1.00 a day; the 100.00 of media spend is on one day
    const { code, stdout } = await cli([
      'report',
      'test/fixtures/ingest/ledger-en-three-centuries.csv',
      '--by',
      `channel,${by}`,
      '--format',
      'json',
      '--quiet',
    ]);
    expect(code).toBe(0);
    const r = JSON.parse(stdout) as {
      total: { hard: { cost: number } };
      groups: { key: Record<string, string>; hard: { cost: number } }[];
    };
    expect(r.total.hard.cost).toBe(109_673);
    const september2026 = r.groups.filter((g) => g.key.month === '2026-09');
    // September 2026: 30 days of the line (30.00) and the 100.00 of media
    if (by === 'month')
      expect(september2026.map((g) => [g.key.channel, g.hard.cost])).toEqual([
        ['linkedin', 30],
        ['meta', 100],
      ]);
  });

  it('refuses --from before 1900', async () => {
    const { code, stderr } = await cli(['report', 'examples/september-2026/', '--from', '0001-01-01']);
    expect(code).toBe(2);
    expect(stderr).toContain('expected a date written YYYY-MM-DD, from 1900 to 2199');
  });
});
