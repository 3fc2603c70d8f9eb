import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

interface JsonWarning {
  code: string;
  params: Record<string, unknown>;
}

async function judgements(folder: string, extra: string[] = []): Promise<[string, unknown][]> {
  const { code, stdout } = await cli(['report', `examples/${folder}/`, '--by', 'channel,month', '--format', 'json', '--quiet', ...extra]);
  expect(code).toBe(0);
  const report = JSON.parse(stdout) as { warnings: JsonWarning[] };
  return report.warnings.filter((w) => ['too-early', 'fatigue', 'low-sample'].includes(w.code)).map((w) => [w.code, w.params.channel]);
}

describe('the three example communities, as a script reads them', () => {
  it('a young community (3 months, 460 followers) is too early to judge, and its survey too small', async () => {
    expect(await judgements('young-community')).toEqual([
      ['too-early', 'meta'],
      ['low-sample', undefined],
    ]);
  });

  it('a mature one (15 months, 6,630 followers) draws no judgement at all', async () => {
    expect(await judgements('mature-community')).toEqual([]);
  });

  it('an over-messaging team gets the vicious-circle warning, and nothing else', async () => {
    expect(await judgements('over-messaging')).toEqual([['fatigue', 'meta']]);
  });

  it('follows a profile that extends b2b-saas with its own maturity and fatigue thresholds', async () => {
    // 5,000 followers and 4 months: the mature community's 6,630 pass, the over-messaging team's
    // 5,410 too; the young one fails both. Fatigue over 4 months needs posts to double (18 → 44
    // from June to September: +144 %) and engagement per post to fall 40 % (22 → 11: −50 %).
    const profile = ['--profile', 'test/fixtures/profiles/time-thresholds.json'];
    expect(await judgements('young-community', profile)).toEqual([
      ['too-early', 'meta'],
      ['low-sample', undefined],
    ]);
    expect(await judgements('mature-community', profile)).toEqual([]);
    expect(await judgements('over-messaging', profile)).toEqual([['fatigue', 'meta']]);
  });

  it('projects the young community’s break-even from its shrinking losses', async () => {
    const { stdout } = await cli(['report', 'examples/young-community/', '--by', 'month', '--format', 'json', '--quiet']);
    // Nets −1,459, −1,159, −459 (value − cost of July to September): mean −1,025.67, slope 500. The
    // line gives −25.67 in October, then 474.33, 974.33, 1,474.33, 1,974.33: 4,871.67 by February,
    // the first total to cover the gap of 5,877 − 2,800 = 3,077.
    expect(JSON.parse(stdout).payback).toEqual({
      reached: null,
      projected: '2027-02',
      method: 'recent-trend',
      periodsUsed: ['2026-07', '2026-08', '2026-09'],
      netPerPeriod: -1025.67,
      trendPerPeriod: 500,
      gap: 3077,
    });
  });

  it('gives spreadsheets the running totals and the too-early mark in CSV', async () => {
    const { stdout } = await cli(['report', 'examples/young-community/', '--by', 'month', '--format', 'csv', '--quiet']);
    const [header, ...rows] = stdout
      .trimEnd()
      .split('\r\n')
      .map((row) => row.split(','));
    const pick = (row: string[]) => ['month', 'cumulativeCost', 'cumulativeValue', 'tooEarly'].map((name) => row[header!.indexOf(name)]);
    // Cost 1,859 + 1,959 + 2,059 and value 400 + 800 + 1,600 by September; meta is too early every month.
    expect(rows.map(pick)).toEqual([
      ['2026-07', '1859', '400', '1'],
      ['2026-08', '3818', '1200', '1'],
      ['2026-09', '5877', '2800', '1'],
      ['total', '', '', '1'],
    ]);
  });

  it('shows the over-messaging team the curve in JSON: cumulative figures and no break-even in sight', async () => {
    const { stdout } = await cli(['report', 'examples/over-messaging/', '--by', 'month', '--format', 'json', '--quiet']);
    const report = JSON.parse(stdout);
    // Nine months of 2,339.00 then 3,059.00 in cost against 1,600.00 then 1,200.00 of value:
    // cumulative 6 × 2,339 + 3 × 3,059 = 23,211.00 against 6 × 1,600 + 3 × 1,200 = 13,200.00.
    expect(report.timeline.at(-1)).toEqual({
      period: '2026-09',
      cost: 3059,
      value: 1200,
      roi: (1200 - 3059) / 3059,
      cumulative: { cost: 23211, value: 13200, roi: (13200 - 23211) / 23211 },
    });
    // Nets of the last six months: −739 three times (2,339 − 1,600), then −1,859 three times:
    // mean −1,299; the line through them falls by 5,040 / 17.5 = 288 a month.
    expect(report.payback).toEqual({
      reached: null,
      projected: null,
      method: 'not-projected:no-upward-trend',
      periodsUsed: ['2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09'],
      netPerPeriod: -1299,
      trendPerPeriod: -288,
      gap: 10011,
    });
  });
});
