import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/compute/build-report.js';
import type { IngestedData } from '../../src/model/ingested.js';
import type { Dimension } from '../../src/model/report.js';
import { observation, TEST_PROFILE } from '../helpers/records.js';

function report(data: Partial<IngestedData>, groupBy: Dimension[] = ['channel']) {
  return buildReport({ observations: [], spendEntries: [], files: [], warnings: [], ...data }, { profile: TEST_PROFILE, groupBy });
}

describe('the soft sub-scores beyond the per-impression rates', () => {
  it('growth: net follows over the audience at the start, per month', () => {
    // September: 30 follows, 10 unfollows, 1,000 followers read on 31 August: 20 / 1,000 = 2 % over
    // 30 days, a span under a month that counts as one; benchmark 0.01 → 100 (capped).
    const r = report({
      observations: [observation('linkedin', '2026-09-01', '2026-09-30', { impressions: 10_000, follows: 30, unfollows: 10 })],
      audience: [{ file: 'o.csv', line: 2, channel: 'linkedin', date: '2026-08-31', followers: 1000 }],
    });
    expect(r.total.soft.scores.growth).toMatchObject({ score: 100, benchmark: 0.01 });
    expect(r.total.soft.scores.growth?.rate).toBeCloseTo(0.02, 15);
  });

  it('growth: compounded per month over a longer span', () => {
    // 1,000 followers on 31 July, 1,210 on 30 September: +21 % over 61 days, 2.004 months of 30.4375
    // days: 1.21^(1 / 2.004) − 1 = 9.98 % a month (10 % a month would take exactly two months).
    const r = report({
      observations: [observation('linkedin', '2026-08-01', '2026-09-30', { impressions: 10_000 })],
      audience: [
        { file: 'o.csv', line: 2, channel: 'linkedin', date: '2026-07-31', followers: 1000 },
        { file: 'o.csv', line: 3, channel: 'linkedin', date: '2026-09-30', followers: 1210 },
      ],
    });
    expect(r.total.soft.scores.growth?.rate).toBeCloseTo(1.21 ** (30.4375 / 61) - 1, 12);
  });

  it('growth: a loss scores 0, and unfollows alone make no growth', () => {
    const audience = [{ file: 'o.csv', line: 2, channel: 'linkedin' as const, date: '2026-08-31', followers: 1000 }];
    const losing = report({ observations: [observation('linkedin', '2026-09-01', '2026-09-30', { follows: 5, unfollows: 25 })], audience });
    expect(losing.total.soft.scores.growth?.score).toBe(0);
    const unfollowsOnly = report({ observations: [observation('linkedin', '2026-09-01', '2026-09-30', { unfollows: 25 })], audience });
    expect(unfollowsOnly.total.soft.scores.growth).toBeNull();
  });

  it('advocacy: employee shares per post against the channel benchmark', () => {
    // 6 employee shares over 12 posts = 0.5 a post; benchmark 1 → 25.
    const r = report({ observations: [observation('meta', '2026-09-01', '2026-09-30', { posts: 12, employeeShares: 6 })] });
    expect(r.total.soft.scores.advocacy).toEqual({ score: 25, rate: 0.5, benchmark: 1 });
  });

  it('leaves out of the index what has no data, and weighs the rest by the profile', () => {
    // Only advocacy (25, weight 2) has data here: the index is 25 and the six others are missing.
    const r = report({ observations: [observation('meta', '2026-09-01', '2026-09-30', { posts: 12, employeeShares: 6 })] });
    expect(r.total.soft.index).toBe(25);
    expect(r.total.soft.missing).toEqual(['conversation', 'amplification', 'engagement', 'growth', 'adoption', 'sentiment']);
  });
});
