import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const PROFILE = ['--profile', 'test/fixtures/profiles/time-thresholds-strict.json'];

async function report(files: string[]) {
  const { code, stdout } = await cli(['report', ...files.map((f) => `test/fixtures/${f}`), '--by', 'channel,month', '--format', 'json', '--quiet', ...PROFILE]);
  expect(code).toBe(0);
  return JSON.parse(stdout) as { warnings: { code: string; params: Record<string, unknown> }[]; total: { metrics: Record<string, number> } };
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
      { channel: 'meta', periods: 3, from: '2026-07', to: '2026-09', postsFrom: 10, postsTo: 15, engagementPerPostFrom: 10, engagementPerPostTo: 7 },
    ]);
  });

  it('counts each post of the X content export as one published item', async () => {
    // The sample holds 15 posts.
    const r = await report(['samples/account_analytics_content_2026-09-01_2026-09-30.csv']);
    expect(r.total.metrics.posts).toBe(15);
  });
});
