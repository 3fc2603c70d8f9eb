import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const at = (name: string) => `test/fixtures/ingest/${name}`;
const POSTS = at('sprout-posts-en-lifetime-networks.csv');
const UNKNOWN_NETWORK = at('sprout-posts-en-unknown-network.csv');
const PROFILE = at('sprout-profile-en-net-growth.csv');
const SENT_ONLY = at('sprout-profile-en-sent-messages-only.csv');
const NO_DATE = at('sprout-profile-en-by-network-no-date.csv');

interface JsonGroup {
  key: Record<string, string>;
  metrics: Record<string, number>;
}

async function reportJson(args: readonly string[]) {
  // Warnings (a channel too young to judge…) go to stderr: the figures are what these tests are about.
  const { code, stdout } = await cli(['report', ...args, '--format', 'json']);
  expect(code).toBe(0);
  return JSON.parse(stdout) as {
    groups: JsonGroup[];
    total: { metrics: Record<string, number> };
    files: Record<string, unknown>[];
    warnings: { code: string; params: Record<string, unknown> }[];
  };
}

function metricsOf(groups: readonly JsonGroup[], key: Record<string, string>): Record<string, number> {
  const group = groups.find((g) => JSON.stringify(g.key) === JSON.stringify(key));
  if (!group) throw new Error(`no group ${JSON.stringify(key)}`);
  return group.metrics;
}

describe('Sprout Social post performance: each row on its own network’s channel, one post per row', () => {
  it('puts Facebook and Instagram on meta, X and Twitter on x, and sums each post’s lifetime totals', async () => {
    const report = await reportJson([POSTS]);
    expect(report.groups.map((g) => g.key.channel)).toEqual(['linkedin', 'meta', 'x']);
    // meta = posts 1001 (Facebook), 1002 (Instagram), 1006 (Facebook):
    // impressions "1,200" + 800 + "1,000" = 3000 (Organic/Paid are its parts, not added again);
    // reach 900 + 700 + 800; Reactions 40 + 70 + 30 = 140 (Likes is a part of Reactions);
    // comments 10 + 12 + 5; shares 6 + 5 + 5; saves 0 + 8 + 0; Post Link Clicks 4 + 0 + 5;
    // video views 0 + "1,500" + 250; Follows from Post 3 on 1002 only; 3 posts
    expect(metricsOf(report.groups, { channel: 'meta' })).toMatchObject({
      impressions: 3000,
      reach: 2400,
      reactions: 140,
      comments: 27,
      shares: 16,
      saves: 8,
      clicks: 9,
      videoViews: 1750,
      follows: 3,
      unfollows: 0,
      posts: 3,
    });
    // linkedin = post 1003 alone, with an empty Reach
    expect(metricsOf(report.groups, { channel: 'linkedin' })).toMatchObject({
      impressions: 2000,
      reach: 0,
      reactions: 50,
      comments: 8,
      shares: 10,
      saves: 0,
      clicks: 20,
      follows: 5,
      unfollows: 0,
      posts: 1,
    });
    // x = 1004 (X) + 1005 (Twitter, an '@Reply): impressions 500 + 300; reactions 12 + 8; comments 3 + 1;
    // shares 2 + 1; saves 1 + 0; clicks 2 + 1; follows 1; unfollows 1
    expect(metricsOf(report.groups, { channel: 'x' })).toMatchObject({
      impressions: 800,
      reactions: 20,
      comments: 4,
      shares: 3,
      saves: 1,
      clicks: 3,
      follows: 1,
      unfollows: 1,
      posts: 2,
    });
    // 3000 + 2000 + 800 impressions; 3 + 1 + 2 posts
    expect(report.total.metrics).toMatchObject({ impressions: 5800, posts: 6, spend: 0 });
    expect(report.files[0]).toMatchObject({ kind: 'sprout-posts', rows: 6, dateFormat: 'M/D/YYYY' });
  });

  it('dates each post on the day it was published, the time of day left aside', async () => {
    const report = await reportJson([POSTS, '--by', 'channel,week']);
    // 1001 on Wed 2 Sep and 1002 on Thu 3 Sep (W36); 1006 on Wed 30 Sep (W40)
    expect(metricsOf(report.groups, { channel: 'meta', week: '2026-W36' })).toMatchObject({ impressions: 2000, posts: 2 });
    expect(metricsOf(report.groups, { channel: 'meta', week: '2026-W40' })).toMatchObject({ impressions: 1000, posts: 1 });
  });

  it('stops on a network that is no channel of ours, naming its line and column', async () => {
    const { code, stdout, stderr } = await cli(['report', UNKNOWN_NETWORK]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe(
      `${UNKNOWN_NETWORK}:3:3: network "Pinterest" in Network is not a channel this report covers (LinkedIn, ` +
        `Facebook, Instagram, X, Twitter, TikTok); leave it out of the export, or use --lenient to skip its rows ` +
        `(INPUT_UNKNOWN_NETWORK)\n`,
    );
  });

  it('with --lenient, skips those rows and counts them, keeping the others', async () => {
    const report = await reportJson([UNKNOWN_NETWORK, '--lenient']);
    // kept: 2001 LinkedIn ("1,000" impressions) and 2003 TikTok ("3,000", "2,800" video views);
    // skipped: 2002 and 2005 (Pinterest), 2004 (YouTube)
    expect(report.groups.map((g) => [g.key.channel, g.metrics.impressions, g.metrics.posts])).toEqual([
      ['linkedin', 1000, 1],
      ['tiktok', 3000, 1],
    ]);
    expect(report.files[0]).toMatchObject({ rows: 2, skippedRows: 3 });
    expect(report.warnings).toContainEqual(
      expect.objectContaining({ code: 'rows-skipped', params: { count: 3, reason: 'INPUT_UNKNOWN_NETWORK', lines: '3, 5, 6' } }),
    );
  });
});

describe('Sprout Social profile performance: period figures per day and network', () => {
  it('sums each channel’s days, profiles of one network together, and splits net audience growth', async () => {
    const report = await reportJson([PROFILE]);
    expect(report.groups.map((g) => g.key.channel)).toEqual(['linkedin', 'meta', 'tiktok', 'x']);
    // meta = Facebook on 29 Sep, 30 Sep, 1 Oct and two Instagram profiles on 29 Sep:
    // impressions "3,100" + "2,000" + 500 + "1,400" + "2,200" = 9200; reactions 100 + 180 + 30 + 40 + 70 = 420;
    // comments 20 + 20 + 6 + 5 + 15 = 66; shares 15 + 0 + 2 + 5 + 10 = 32; saves 5 + 10 + 2 + 0 + 4 = 21;
    // Post Link Clicks 30 + 0 + 0 + 8 + 20 = 58; video views 400 + "1,200" + 300 + 100 + 250 = 2250;
    // Net Audience Growth +15, −4, +3, −10, +30: gains 15 + 3 + 30 = 48 follows, losses 4 + 10 = 14 unfollows
    // (48 − 14 = 34, the net); Published Posts (Total) 2 + 1 + 1 + 0 + 1 = 5, not Sent Messages (Total)
    expect(metricsOf(report.groups, { channel: 'meta' })).toMatchObject({
      impressions: 9200,
      reactions: 420,
      comments: 66,
      shares: 32,
      saves: 21,
      clicks: 58,
      videoViews: 2250,
      follows: 48,
      unfollows: 14,
      posts: 5,
      messages: 0,
    });
    expect(metricsOf(report.groups, { channel: 'linkedin' })).toMatchObject({
      impressions: 1800,
      follows: 22,
      unfollows: 0,
      posts: 1,
      clicks: 25,
    });
    // X lost 2 on 30 Sep and published 3 posts (it sent 7 messages)
    expect(metricsOf(report.groups, { channel: 'x' })).toMatchObject({ impressions: 900, follows: 0, unfollows: 2, posts: 3 });
    expect(metricsOf(report.groups, { channel: 'tiktok' })).toMatchObject({ impressions: 4000, videoViews: 3500, follows: 50, posts: 1 });
    // 9200 + 1800 + 900 + 4000; follows 48 + 22 + 50, unfollows 14 + 2; posts 5 + 1 + 3 + 1
    expect(report.total.metrics).toMatchObject({ impressions: 15900, follows: 120, unfollows: 16, posts: 10 });
    expect(report.files[0]).toMatchObject({ kind: 'sprout-profile', rows: 8, dateFormat: 'M/D/YYYY' });
  });

  it('never sums Audience, a level, nor the engagement rate, a ratio', async () => {
    const report = await reportJson([PROFILE, '--by', 'channel,month']);
    // Facebook 1 Oct: "2,200" impressions; "12,420" audience and 4.50% are not added anywhere
    expect(metricsOf(report.groups, { channel: 'meta', month: '2026-10' })).toMatchObject({
      impressions: 2200,
      follows: 30,
      unfollows: 0,
      posts: 1,
    });
    expect(metricsOf(report.groups, { channel: 'meta', month: '2026-09' })).toMatchObject({
      impressions: 7000,
      follows: 18,
      unfollows: 14,
      posts: 4,
    });
    expect(JSON.stringify(report.total.metrics)).not.toMatch(/12420|4\.5\b/);
  });

  it('reads Audience as each profile’s level: a channel’s audience adds up its profiles’ last known ones', async () => {
    const report = (await reportJson([PROFILE])) as unknown as { maturity: { channel: string; audience?: number }[] };
    // meta on 1 Oct: Facebook "12,420" that day, Instagram acme "8,050" and acme.shop "1,020" from 29 Sep
    // (no row since): 21,490, neither a sum over days nor Facebook alone
    expect(report.maturity).toContainEqual(expect.objectContaining({ channel: 'meta', audience: 21490 }));
    expect(report.maturity).toContainEqual(expect.objectContaining({ channel: 'x', audience: 3300 }));
  });

  it('counts Sent Messages (Total) as the volume when the export has no Published Posts (Total)', async () => {
    const report = await reportJson([SENT_ONLY]);
    // 3 + 2 sent; net +4 then −1
    expect(metricsOf(report.groups, { channel: 'linkedin' })).toMatchObject({ posts: 5, follows: 4, unfollows: 1, impressions: 1800 });
  });

  it('refuses an export without a day breakdown: its rows say no period', async () => {
    const { code, stdout, stderr } = await cli(['report', NO_DATE]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe(`${NO_DATE}:1: Sprout Social profile performance export without a "date" column (INPUT_MISSING_COLUMN)\n`);
  });
});

describe('inspect on a suite export', () => {
  it('names the kind and what each column is read as, the per-row network and the counted ones included', async () => {
    const { code, stdout, stderr } = await cli(['inspect', PROFILE]);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(/^ +kind +Sprout Social profile performance \(sprout-profile\), confidence \d+%$/m);
    expect(stdout).toMatch(/^ +2 +Network +channel$/m);
    expect(stdout).toMatch(/^ +3 +Profile +profile$/m);
    expect(stdout).toMatch(/^ +4 +Audience +followers \(a level, not summed\)$/m);
    expect(stdout).toMatch(/^ +5 +Net Audience Growth +follows \(gains\) \/ unfollows \(losses\)$/m);
    expect(stdout).toMatch(/^ +6 +Published Posts \(Total\) +posts$/m);
    expect(stdout).toMatch(/^ +7 +Sent Messages \(Total\) +not read$/m);
    expect(stdout).toMatch(/^ +10 +Engagement Rate \(per Impression\) +not read$/m);
    const posts = await cli(['inspect', POSTS]);
    expect(posts.stdout).toMatch(/^ +2 +Post ID +posts \(one per row\)$/m);
    expect(posts.stdout).toMatch(/^ +17 +Likes +not read$/m);
    expect(posts.stdout).toMatch(/^ +period +2026-09-02 to 2026-09-30$/m);
  });
});
