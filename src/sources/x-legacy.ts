import { defineExportSource } from './export-source.js';

/**
 * X (Twitter) tweet activity export, the legacy one (`"Tweet id","Tweet permalink",…`) [C]: one row
 * per tweet, `time` like `2015-09-30 18:42 +0000`, values written as floats (`"424.0"`), `likes`
 * called `favorites` in older files. Each figure comes twice: organic, then `promoted …`, which is
 * `-` when the tweet was not promoted [R]. Both are people reached by the same tweet, so the promoted
 * figures are added into the same metrics (promoted impressions into impressions, and so on). The
 * file carries no spend, and no X Ads export is known [U]: promoted costs go in the spend ledger.
 * `engagements` and `engagement rate` are derived from the other columns, and `media views` is not
 * said to be video views: none of them is read.
 */
export const xLegacy = defineExportSource({
  id: 'x-legacy',
  label: 'X tweet activity (legacy)',
  channel: 'x',
  required: ['date', 'impressions', 'reactions', 'shares'],
  dateOrder: { en: 'mdy' },
  columns: {
    date: { en: ['time'] },
    post: { en: ['tweet id'] },
    impressions: { en: ['impressions'] },
    'impressions+promoted': { en: ['promoted impressions'] },
    clicks: { en: ['url clicks'] },
    'clicks+promoted': { en: ['promoted url clicks'] },
    reactions: { en: ['likes', 'favorites'] },
    'reactions+promoted': { en: ['promoted likes', 'promoted favorites'] },
    comments: { en: ['replies'] },
    'comments+promoted': { en: ['promoted replies'] },
    shares: { en: ['retweets'] },
    'shares+promoted': { en: ['promoted retweets'] },
    follows: { en: ['follows'] },
    'follows+promoted': { en: ['promoted follows'] },
  },
});
