import { describe, expect, it } from 'vitest';
import { lifetimeMixedWarnings } from '../../src/compute/lifetime-mixed.js';
import type { Channel, MetricKey } from '../../src/model/metrics.js';
import type { Observation } from '../../src/model/records.js';
import { problemLine } from '../../src/report/messages.js';
import { observation } from '../helpers/records.js';

/** An observation of `file`, lifetime totals or a period's. */
function from(file: string, channel: Channel, kind: 'lifetime' | 'period', figures: Partial<Record<MetricKey, number>>): Observation {
  const base = { ...observation(channel, '2026-09-14', '2026-09-14', figures), file };
  return kind === 'lifetime' ? { ...base, lifetime: true } : base;
}

describe('lifetimeMixedWarnings', () => {
  it('warns once for a channel whose post lifetime totals meet period totals in the same metrics', () => {
    const warnings = lifetimeMixedWarnings([
      from('ads.csv', 'meta', 'period', { impressions: 1000, reach: 800, spend: 50 }),
      from('fb-posts.csv', 'meta', 'lifetime', { impressions: 5000, reach: 3200, posts: 1 }),
      from('fb-posts.csv', 'meta', 'lifetime', { impressions: 300, reach: 200, posts: 1 }),
      from('ig-posts.csv', 'meta', 'lifetime', { impressions: 2000, posts: 1 }),
      from('page-views.csv', 'meta', 'period', { impressions: 900 }),
    ]);
    // 2 lifetime files (fb-posts named first), 2 period files (ads first); shared metrics in
    // COUNT_KEYS order: impressions and reach (spend and posts are on one side only)
    expect(warnings).toEqual([
      {
        code: 'lifetime-mixed',
        severity: 'warning',
        params: {
          channel: 'meta',
          lifetimeFiles: 2,
          lifetimeFile: 'fb-posts.csv',
          periodFiles: 2,
          periodFile: 'ads.csv',
          metrics: 'impressions, reach',
        },
      },
    ]);
  });

  it('says nothing when a channel has only one kind, or when its two kinds share no metric', () => {
    expect(lifetimeMixedWarnings([])).toEqual([]);
    expect(
      lifetimeMixedWarnings([from('a.csv', 'meta', 'lifetime', { reach: 1 }), from('b.csv', 'meta', 'lifetime', { reach: 2 })]),
    ).toEqual([]);
    expect(lifetimeMixedWarnings([from('a.csv', 'meta', 'period', { reach: 1 }), from('b.csv', 'x', 'lifetime', { reach: 2 })])).toEqual(
      [],
    );
    // page follows per day beside posts that have no follows column: nothing is added together
    expect(
      lifetimeMixedWarnings([
        from('posts.csv', 'meta', 'lifetime', { impressions: 10, posts: 1 }),
        from('follows.csv', 'meta', 'period', { follows: 3 }),
      ]),
    ).toEqual([]);
  });

  it('a metric counts as present from its column, even where its sum is 0', () => {
    const zero = { ...observation('meta', '2026-09-01', '2026-09-01', {}, ['clicks']), file: 'clicks.csv' };
    const [mixed] = lifetimeMixedWarnings([zero, from('posts.csv', 'meta', 'lifetime', { clicks: 0, posts: 1 })]);
    expect(mixed?.params.metrics).toBe('clicks');
  });

  it('gives one warning per mixed channel, in channel order', () => {
    const warnings = lifetimeMixedWarnings([
      from('x-posts.csv', 'x', 'lifetime', { impressions: 1 }),
      from('x-daily.csv', 'x', 'period', { impressions: 1 }),
      from('li-posts.csv', 'linkedin', 'lifetime', { comments: 1 }),
      from('li-ads.csv', 'linkedin', 'period', { comments: 1 }),
    ]);
    expect(warnings.map((w) => w.params.channel)).toEqual(['linkedin', 'x']);
  });

  it('explains itself in English and French', () => {
    const [mixed] = lifetimeMixedWarnings([
      from('ads.csv', 'meta', 'period', { reach: 1 }),
      from('posts.csv', 'meta', 'lifetime', { reach: 1 }),
    ]);
    expect(problemLine(mixed!, 'en')).toBe(
      "meta: 1 file(s) of post lifetime totals (the first: posts.csv) are added to 1 file(s) of period totals (the first: ads.csv) in reach; a post's lifetime totals count all it gathered up to the export, dated on the day it was published, while period totals count what happened on their own days, so these sums mix two different measures (report the post exports on their own to compare like with like) (lifetime-mixed)",
    );
    expect(problemLine(mixed!, 'fr')).toBe(
      'meta\u00a0: 1 fichier(s) de totaux à vie de publications (le premier\u00a0: posts.csv) s’ajoutent à 1 ' +
        'fichier(s) de totaux par période (le premier\u00a0: ads.csv) dans reach\u00a0; le total à vie d’une ' +
        'publication compte tout ce qu’elle a recueilli jusqu’à l’export, daté du jour de sa publication, alors qu’un ' +
        'total par période compte ce qui s’est passé pendant ses propres jours\u00a0: ces sommes mêlent deux mesures ' +
        'différentes (faites un rapport à part sur les exports de publications pour comparer ce qui est comparable) ' +
        '(lifetime-mixed)',
    );
  });
});
