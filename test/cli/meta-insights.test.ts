import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const FIXTURES = 'test/fixtures/ingest/';
const FB_POSTS = `${FIXTURES}meta-posts-fb-en-lifetime.csv`;
const IG_POSTS = `${FIXTURES}meta-posts-ig-en-optional-columns.csv`;
const PAGE_FOLLOWS = `${FIXTURES}meta-page-daily-utf16-sep-line.csv`;
const PAGE_VISITS = `${FIXTURES}meta-page-daily-utf16-series-not-read.csv`;

function widest(text: string): number {
  return Math.max(...text.split('\n').map((line) => [...line].length));
}

describe('Meta Business Suite exports, end to end', () => {
  it('report --format json adds Facebook and Instagram posts and the page follows into meta', async () => {
    const { code, stdout, stderr } = await cli([
      'report',
      FB_POSTS,
      IG_POSTS,
      PAGE_FOLLOWS,
      '--format',
      'json',
      '--by',
      'channel,month',
      '--quiet',
    ]);
    expect([code, stderr]).toEqual([0, '']);
    const report = JSON.parse(stdout);
    // impressions (Views) 20000 + 8500; reactions 445 + 605 (Likes); comments 56 + 55; shares 30 + 28;
    // saves 71 (Instagram only); clicks 160 (Facebook's Link Clicks); follows 8 (Instagram posts)
    // + 45 (page, 35 in September and 10 in October); posts 3 + 3
    expect(report.total.metrics).toMatchObject({
      impressions: 28500,
      reach: 13700,
      reactions: 1050,
      comments: 111,
      shares: 58,
      saves: 71,
      clicks: 160,
      videoViews: 4000,
      follows: 53,
      posts: 6,
    });
    // September: Facebook 5000 + 12000 and all of Instagram's 8500; October: Facebook's 3000
    expect(
      report.groups.map((g: { key: { month: string }; metrics: { impressions: number; posts: number; follows: number } }) => [
        g.key.month,
        g.metrics.impressions,
        g.metrics.posts,
        g.metrics.follows,
      ]),
    ).toEqual([
      ['2026-09', 25500, 5, 43],
      ['2026-10', 3000, 1, 10],
    ]);
    expect(report.files.map((f: { kind: string; rows: number }) => [f.kind, f.rows])).toEqual([
      ['meta-posts', 3],
      ['meta-posts', 3],
      ['meta-page-daily', 4],
    ]);
  });

  it('a series with no metric is reported with its warning on stderr, not a failure', async () => {
    const { code, stdout, stderr } = await cli(['report', PAGE_VISITS, '--format', 'json']);
    expect(code).toBe(0);
    const warnings = JSON.parse(stdout).warnings.map((w: { code: string; file?: string; line?: number }) => [w.code, w.file, w.line]);
    expect(warnings).toContainEqual(['series-not-read', PAGE_VISITS, 2]);
    expect(stderr).toContain('(series-not-read)');
  });

  it.each([
    ['meta-posts-fb', FB_POSTS],
    ['meta-posts-ig', IG_POSTS],
    ['meta-page-daily', PAGE_FOLLOWS],
    ['meta-page-daily-not-read', PAGE_VISITS],
  ])('inspect shows how %s is read: kind, dates and what each column is read as', async (name, file) => {
    const { code, stdout, stderr } = await cli(['inspect', file]);
    expect([code, stderr]).toEqual([0, '']);
    expect(widest(stdout)).toBeLessThanOrEqual(100);
    await expect(stdout).toMatchFileSnapshot(`../golden/cli/inspect-${name}.txt`);
  });

  it('inspect names the columns the post export leaves unread, and why the dates come from Publish time', async () => {
    const { stdout } = await cli(['inspect', FB_POSTS]);
    expect(stdout).toMatch(/^ +7 +Publish time +date$/m);
    expect(stdout).toMatch(/^ +17 +Date +not read$/m);
    expect(stdout).toMatch(/^ +1 +Post ID +posts \(one per row\)$/m);
    expect(stdout).toMatch(/^ +18 +Views +impressions$/m);
    expect(stdout).toMatch(/^ +24 +Total clicks +not read$/m);
    const page = (await cli(['inspect', PAGE_FOLLOWS])).stdout;
    expect(page).toMatch(/^ +2 +Primary +follows$/m);
    expect(page).toMatch(/^ +header +line 3, UI language en$/m);
  });
});
