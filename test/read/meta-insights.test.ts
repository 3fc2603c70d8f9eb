import { describe, expect, it } from 'vitest';
import { lifetimeMixedWarnings } from '../../src/compute/lifetime-mixed.js';
import { ingest } from '../../src/read/ingest.js';
import { listInputs } from '../../src/read/list-inputs.js';
import { DEFAULT_MAX_RECORD_CHARS } from '../../src/read/read-file.js';
import { problemLine } from '../../src/report/messages.js';
import { FIXTURES, reportOn } from '../helpers/report.js';

const at = (name: string) => `${FIXTURES}ingest/${name}`;
const FB_POSTS = at('meta-posts-fb-en-lifetime.csv');
const IG_POSTS = at('meta-posts-ig-en-optional-columns.csv');
const PAGE_FOLLOWS = at('meta-page-daily-utf16-sep-line.csv');
const PAGE_VIEWS = at('meta-page-daily-utf16-views.csv');
const PAGE_VISITS = at('meta-page-daily-utf16-series-not-read.csv');

const read = async (paths: string[]) =>
  ingest(await listInputs(paths, process.cwd()), { campaignNames: false, lenient: false, maxRecordChars: DEFAULT_MAX_RECORD_CHARS });

describe('Meta Business Suite post exports: lifetime totals per post', () => {
  it('Facebook: dated by Publish time (Date says "Lifetime"), each row one post, Views as impressions', async () => {
    const report = await reportOn([FB_POSTS], ['channel', 'month']);
    // Views 5000 + 12000 + 3000 = 20000; Reach 3200 + 8000 + 2500 = 13700; Reactions 100 + 300 + 45 = 445;
    // Comments 20 + 30 + 6 = 56; Shares 10 + 15 + 5 = 30; Link Clicks 40 + (empty) + 120 = 160
    // (not Total clicks 90 + 200 + 150); 3-Second Video Views 4000 on the reel only; 3 rows = 3 posts
    expect(report.total.metrics).toMatchObject({
      impressions: 20000,
      reach: 13700,
      reactions: 445,
      comments: 56,
      shares: 30,
      clicks: 160,
      videoViews: 4000,
      posts: 3,
      spend: 0,
    });
    // 09/14 and 09/28 in September, 10/02 in October: the publish dates, not the export's
    expect(report.groups.map((g) => [g.key.month, g.metrics.impressions, g.metrics.posts])).toEqual([
      ['2026-09', 17000, 2],
      ['2026-10', 3000, 1],
    ]);
    // 3 records over 4 lines: the first caption holds a line break inside its quotes
    expect(report.files[0]).toMatchObject({ kind: 'meta-posts', encoding: 'utf-8', headerLine: 1, rows: 3, dateFormat: 'M/D/YYYY' });
    // nothing to say about the file itself (the report's maturity warnings are not about reading)
    expect(report.warnings.filter((w) => w.location?.file === FB_POSTS)).toEqual([]);
  });

  it('every observation is marked lifetime and dated on its publish day', async () => {
    const { observations } = await read([FB_POSTS]);
    expect(observations.map((o) => [o.start, o.end, o.lifetime])).toEqual([
      ['2026-09-14', '2026-09-14', true],
      ['2026-09-28', '2026-09-28', true],
      ['2026-10-02', '2026-10-02', true],
    ]);
    expect(observations.every((o) => o.channel === 'meta')).toBe(true);
  });

  it('Instagram: Likes as reactions, Saves and Follows, no Reach nor click column, an empty Views cell', async () => {
    const report = await reportOn([IG_POSTS]);
    // Views 2000 + 6500 + (empty) = 8500; Likes 150 + 420 + 35 = 605; Comments 12 + 40 + 3 = 55;
    // Shares 5 + 22 + 1 = 28; Saves 9 + 60 + 2 = 71; Follows 1 + 7 + 0 = 8; 3 posts
    expect(report.total.metrics).toMatchObject({
      impressions: 8500,
      reactions: 605,
      comments: 55,
      shares: 28,
      saves: 71,
      follows: 8,
      posts: 3,
      reach: 0,
      clicks: 0,
    });
    // 09/03 alone could be 9 March; 09/21 settles the column as month first
    expect(report.files[0]).toMatchObject({ kind: 'meta-posts', rows: 3, dateFormat: 'M/D/YYYY' });
    expect(report.period).toEqual({ from: '2026-09-03', to: '2026-09-30' });
    // engagement per impression: (Likes + Comments + Shares + Saves) / Views
    expect(report.total.soft.scores.engagement?.rate).toBeCloseTo((605 + 55 + 28 + 71) / 8500, 12);
  });
});

describe('Meta Business Suite page insights: one daily series per file', () => {
  it('UTF-16LE, a sep=, line and the series named above the header: Facebook follows per day', async () => {
    const report = await reportOn([PAGE_FOLLOWS], ['channel', 'month']);
    // 20 + 15 in September, 7 + 3 in October
    expect(report.groups.map((g) => [g.key.month, g.metrics.follows])).toEqual([
      ['2026-09', 35],
      ['2026-10', 10],
    ]);
    expect(report.total.metrics.follows).toBe(45);
    expect(report.files[0]).toMatchObject({
      kind: 'meta-page-daily',
      encoding: 'utf-16le',
      delimiter: ',',
      headerLine: 3,
      rows: 4,
      dateFormat: 'YYYY-MM-DD',
    });
    const { observations } = await read([PAGE_FOLLOWS]);
    expect(observations.some((o) => o.lifetime)).toBe(false);
  });

  it('Views are read as impressions', async () => {
    const report = await reportOn([PAGE_VIEWS]);
    // 1200 + 800 + 1000
    expect(report.total.metrics).toMatchObject({ impressions: 3000, follows: 0 });
  });

  it('a series that stands for no metric (Facebook visits) is read, not counted, and said', async () => {
    const report = await reportOn([PAGE_VISITS]);
    expect(report.total.metrics).toMatchObject({ impressions: 0, reach: 0, clicks: 0, follows: 0 });
    expect(report.files[0]).toMatchObject({ kind: 'meta-page-daily', rows: 2 });
    const unread = report.warnings.filter((w) => w.location?.file === PAGE_VISITS);
    expect(unread.map((w) => problemLine(w))).toEqual([
      `${PAGE_VISITS}:2: the series "Facebook visits" named on this line stands for none of the metrics this report ` +
        `reads: its values are not counted (series-not-read)`,
    ]);
    expect(problemLine(unread[0]!, 'fr')).toBe(
      `${PAGE_VISITS}:2: la série «\u00a0Facebook visits\u00a0» nommée sur cette ligne ne correspond à aucune des ` +
        `mesures lues par ce rapport\u00a0: ses valeurs ne sont pas comptées (series-not-read)`,
    );
  });
});

describe('post lifetime totals beside period totals', () => {
  it('one lifetime-mixed warning names the files and the metrics added together', async () => {
    const { observations } = await read([FB_POSTS, IG_POSTS, PAGE_VIEWS, PAGE_FOLLOWS]);
    // The posts have impressions (Views) and the page series impressions too; the page's follows
    // meet Instagram's Follows column. Reach, reactions… are on the posts' side only.
    expect(lifetimeMixedWarnings(observations)).toEqual([
      {
        code: 'lifetime-mixed',
        severity: 'warning',
        params: {
          channel: 'meta',
          lifetimeFiles: 2,
          lifetimeFile: FB_POSTS,
          periodFiles: 2,
          periodFile: PAGE_VIEWS,
          metrics: 'impressions, follows',
        },
      },
    ]);
  });
});
