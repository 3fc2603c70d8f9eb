import { describe, expect, it } from 'vitest';
import { isSocialRoiError } from '../../src/model/errors.js';
import { cli } from '../helpers/cli.js';
import { FIXTURES, groupOf, reportOn, SAMPLES } from '../helpers/report.js';

const INGEST = `${FIXTURES}ingest/`;

async function problemOf(file: string) {
  try {
    await reportOn([INGEST + file]);
  } catch (error) {
    if (isSocialRoiError(error)) return error.problem;
    throw error;
  }
  throw new Error(`${file} was read`);
}

describe('the outcomes file', () => {
  it('reads the sample: counts added, followers kept as levels, one row per line', async () => {
    const report = await reportOn([`${SAMPLES}crm_outcomes_2026-09.csv`]);
    expect(report.files[0]).toMatchObject({ kind: 'outcomes', rows: 4 });
    // linkedin: 14 leads, 3 conversions, 18,400.00 revenue, 41 applications, 2 hires, 35 unfollows,
    // 22 posts, 64 employee shares; meta 6 leads, 28 messages; x 9 messages. Followers are not summed.
    expect(groupOf(report, 'linkedin').metrics).toMatchObject({
      leads: 14,
      conversions: 3,
      revenue: 18400,
      applications: 41,
      hires: 2,
      unfollows: 35,
      posts: 22,
      employeeShares: 64,
    });
    expect(report.total.metrics).toMatchObject({ leads: 20, messages: 37, unfollows: 66, posts: 55 });
    expect(report.maturity.map((m) => [m.channel, m.audience])).toEqual([
      ['linkedin', 12840],
      ['meta', 5310],
      ['x', 2210],
    ]);
  });

  it('reads a French ";" file: D/M dates, "1 200,50", French column names, sentiment weighted by mentions', async () => {
    const report = await reportOn([`${INGEST}outcomes-fr-semicolon.csv`]);
    // Leads 4 + 6 + 2 = 12; revenue 1,200.50 + 2,300.00 = 3,500.50; unfollows 3 + 5 + 2; posts 10 + 8 + 12;
    // employee shares 6 + 9 (Instagram's cell is blank); mentions 20 + 10.
    expect(report.total.metrics).toMatchObject({ leads: 12, revenue: 3500.5, unfollows: 10, posts: 30, employeeShares: 15, mentions: 30 });
    // Value: 3,500.50 of revenue + 12 leads × 400.00 (b2b-saas) = 8,300.50.
    expect(report.total.hard.value).toBe(8300.5);
    // Sentiment (0.5 × 20 mentions − 0.25 × 10 mentions) / 30 = 0.25 → (0.25 + 1) × 50 = 62.5.
    expect(report.total.soft.scores.sentiment).toEqual({ score: 62.5, rate: 0.25, benchmark: null });
    // linkedin: 1,000 followers on 31 August, 1,050 on 30 September: +5 % over 30 days, a span under
    // a month that counts as one. Advocacy: 15 employee shares over 22 posts.
    const linkedin = groupOf(report, 'linkedin').soft.scores;
    expect(linkedin.growth?.rate).toBeCloseTo(0.05, 12);
    expect(linkedin.advocacy).toMatchObject({ rate: 15 / 22, benchmark: 2 });
    expect(linkedin.advocacy?.score).toBeCloseTo((50 * 15) / 22 / 2, 12);
    expect(groupOf(report, 'meta').soft.scores.advocacy).toBeNull();
    expect(report.maturity).toEqual([
      { channel: 'linkedin', audience: 1050, months: 2, tooEarly: true, unmet: ['history'] },
      { channel: 'meta', audience: 2400, months: 1, tooEarly: true, unmet: ['history'] },
    ]);
  });

  it('warns when an export gives the same results for the same channel and month', async () => {
    const report = await reportOn([
      `${SAMPLES}crm_outcomes_2026-09.csv`,
      `${SAMPLES}linkedin_campaign_performance.csv`,
      `${SAMPLES}meta_ads_export.csv`,
    ]);
    expect(report.warnings.filter((w) => w.code === 'possible-double-count').map((w) => w.params)).toEqual([
      { channel: 'linkedin', month: '2026-09', metrics: 'leads, conversions' },
      { channel: 'meta', month: '2026-09', metrics: 'leads' },
    ]);
  });

  it('refuses a sentiment outside −1…1 and a result on "all", naming line and column', async () => {
    expect(await problemOf('outcomes-sentiment-out-of-range.csv')).toMatchObject({
      code: 'INPUT_OUT_OF_RANGE',
      location: { line: 2, column: 4 },
    });
    expect(await problemOf('outcomes-channel-all.csv')).toMatchObject({ code: 'INPUT_BAD_CHANNEL', location: { line: 2, column: 2 } });
  });
});

describe('the team survey', () => {
  it('gives the sample an adoption of 62.5 from six respondents', async () => {
    const report = await reportOn([`${SAMPLES}team_survey_2026-09.csv`]);
    // Sums of the three answers: 11 + 7 + 13 + 10 + 7 + 15 = 63 over 6 × 3 answers: a mean of 3.5,
    // (3.5 − 1) / 4 × 100 = 62.5.
    expect(report.adoption).toMatchObject({ score: 62.5, mean: 3.5, respondents: 6, lowSample: false });
    expect(report.total.soft.scores.adoption).toEqual({ score: 62.5, rate: 3.5, benchmark: null });
    expect(report.adoption?.teams.map((t) => [t.team, t.respondents, t.lowSample])).toEqual([
      ['Marketing', 1, true],
      ['Recruitment', 2, true],
      ['Sales', 3, true],
    ]);
    expect(report.warnings.filter((w) => w.code === 'low-sample')).toEqual([]);
  });

  it('counts a respondent once, with the later answer, and flags a small sample', async () => {
    const report = await reportOn([`${INGEST}team-survey-fr-repeat-answer.csv`]);
    // a2 answered 2, 2, 2 then 3, 3, 3: the later counts. Sums 11 + 9 + 14 = 34 over 9 answers:
    // (34 − 9) × 100 / 36 = 69.44…; Ventes (11 + 9 − 6) × 100 / 24 = 58.33…; RH (14 − 3) × 100 / 12.
    expect(report.adoption).toEqual({
      score: 2500 / 36,
      mean: 34 / 9,
      respondents: 3,
      lowSample: true,
      minRespondents: 5,
      teams: [
        { team: 'RH', score: 1100 / 12, mean: 14 / 3, respondents: 1, lowSample: true },
        { team: 'Ventes', score: 1400 / 24, mean: 20 / 6, respondents: 2, lowSample: true },
      ],
    });
    expect(report.warnings.filter((w) => w.code === 'low-sample').map((w) => w.params)).toEqual([{ respondents: 3, minRespondents: 5 }]);
  });

  it('is inspected with the period its answers cover', async () => {
    const { stdout } = await cli(['inspect', `${INGEST}team-survey-fr-repeat-answer.csv`, '--format', 'json']);
    expect(JSON.parse(stdout).files[0]).toMatchObject({
      summary: { kind: 'team-survey', rows: 4 },
      period: { start: '2026-09-15', end: '2026-09-30' },
    });
  });

  it('refuses a score outside 1–5 or a blank one, naming line and column', async () => {
    expect(await problemOf('team-survey-score-out-of-range.csv')).toMatchObject({
      code: 'INPUT_OUT_OF_RANGE',
      params: { min: 1, max: 5 },
      location: { line: 2, column: 5 },
    });
    expect(await problemOf('team-survey-blank-score.csv')).toMatchObject({ code: 'INPUT_MISSING_VALUE', location: { line: 2, column: 5 } });
  });
});
