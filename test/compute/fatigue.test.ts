import { describe, expect, it } from 'vitest';
import { fatigueWarnings } from '../../src/compute/fatigue.js';
import type { PeriodSums } from '../../src/compute/series.js';
import { UNITS_PER_ONE } from '../../src/model/exact.js';
import { emptySums, METRIC_INDEX, type MetricKey, presenceOf } from '../../src/model/metrics.js';

const RULE = { periods: 3, volumeRise: 0.3, engagementDrop: 0.2 };

function period(key: string, figures: Partial<Record<MetricKey, number>>): PeriodSums {
  const sums = emptySums();
  for (const [metric, value] of Object.entries(figures)) sums[METRIC_INDEX[metric as MetricKey]] = value * UNITS_PER_ONE;
  return { period: key, sums, presence: presenceOf(Object.keys(figures) as MetricKey[]), otherCosts: 0, conversionsWithoutRevenue: 0 };
}

/** Posts 10 → 13 (+30 %), reactions per post 20 → 16 (−20 %), unfollows 5 → 9: every threshold just met. */
const CIRCLE = [
  period('2026-07', { posts: 10, reactions: 200, unfollows: 5 }),
  period('2026-08', { posts: 12, reactions: 190, unfollows: 6 }),
  period('2026-09', { posts: 13, reactions: 208, unfollows: 9 }),
];

const warn = (series: PeriodSums[]) => fatigueWarnings(new Map([['meta', series]]), RULE);

describe('fatigue', () => {
  it('warns when volume rises, engagement per post falls and unfollows rise, at the thresholds exactly', () => {
    expect(warn(CIRCLE)).toEqual([
      {
        code: 'fatigue',
        severity: 'warning',
        params: {
          channel: 'meta',
          periods: 3,
          from: '2026-07',
          to: '2026-09',
          postsFrom: 10,
          postsTo: 13,
          engagementPerPostFrom: 20,
          engagementPerPostTo: 16,
          unfollowsFrom: 5,
          unfollowsTo: 9,
        },
      },
    ]);
  });

  it('says nothing when any one of the three falls short', () => {
    // 12 posts is a rise of 20 %; 208 → 209 reactions is 16.08 a post, a drop under 20 %; unfollows flat.
    expect(warn([CIRCLE[0]!, CIRCLE[1]!, period('2026-09', { posts: 12, reactions: 192, unfollows: 9 })])).toEqual([]);
    expect(warn([CIRCLE[0]!, CIRCLE[1]!, period('2026-09', { posts: 13, reactions: 209, unfollows: 9 })])).toEqual([]);
    expect(warn([CIRCLE[0]!, CIRCLE[1]!, period('2026-09', { posts: 13, reactions: 208, unfollows: 5 })])).toEqual([]);
  });

  it('needs no unfollows when no file gives them', () => {
    const series = CIRCLE.map((p) =>
      period(p.period, { posts: p.sums[METRIC_INDEX.posts]! / UNITS_PER_ONE, reactions: p.sums[METRIC_INDEX.reactions]! / UNITS_PER_ONE }),
    );
    expect(warn(series)[0]?.params).not.toHaveProperty('unfollowsFrom');
    expect(warn(series)).toHaveLength(1);
  });

  it('gives no verdict on fewer periods than the rule asks for', () => {
    expect(warn(CIRCLE.slice(1))).toEqual([]);
  });

  it('reads the last periods with something published or engaged with, across a gap or a month of costs alone', () => {
    // June, August and September carry the same figures as the circle's three months: July is missing.
    const gap = [period('2026-06', { posts: 10, reactions: 200, unfollows: 5 }), CIRCLE[1]!, CIRCLE[2]!];
    expect(warn(gap)[0]?.params).toMatchObject({ from: '2026-06', to: '2026-09' });
    // An October of ledger costs only (no posts, no engagement) is not a fourth period of posting.
    expect(warn([...CIRCLE, period('2026-10', { spend: 300 })])[0]?.params).toMatchObject({ from: '2026-07', to: '2026-09' });
  });

  it('reads only the last periods: an older quiet month changes nothing', () => {
    expect(warn([period('2026-06', { posts: 40, reactions: 10, unfollows: 50 }), ...CIRCLE])).toHaveLength(1);
  });

  it('reads weeks as it reads months', () => {
    const weeks = CIRCLE.map((p, i) => ({ ...p, period: ['2026-W52', '2026-W53', '2027-W01'][i]! }));
    expect(warn(weeks)[0]?.params).toMatchObject({ from: '2026-W52', to: '2027-W01' });
  });

  it('skips a channel without posts or engagements, and the group of shared costs', () => {
    const noPosts = CIRCLE.map((p) => period(p.period, { reactions: 100, unfollows: 1 }));
    expect(
      fatigueWarnings(
        new Map([
          ['x', noPosts],
          ['all', CIRCLE],
        ]),
        RULE,
      ),
    ).toEqual([]);
  });
});
