import { defineExportSource } from './export-source.js';

/**
 * X (Twitter) analytics content export of 2024 onwards (`account_analytics_content_….csv`), one row
 * per post, with no spend and no currency column [R]. `Date` is date-only text such as
 * `Sun, Sep 13, 2026`, and some files have a title row above the header [R]. X counts `Reposts` and
 * `Shares` apart: both spread the post, so both are shares (METRICS.md).
 * `Engagements` adds up the interaction columns (it would count them twice), and `Profile visits`,
 * `Detail Expands`, `Hashtag Clicks` and `Permalink Clicks` stay on X (not clicks to a destination):
 * none of them is read. Each row is one post published: the volume the vicious circle is read from.
 */
export const xContent = defineExportSource({
  id: 'x-content',
  label: 'X analytics (content)',
  channel: 'x',
  required: ['date', 'impressions', 'clicks', 'reactions', 'comments', 'shares+reposts'],
  dateOrder: { en: 'mdy' },
  columns: {
    date: { en: ['date'] },
    post: { en: ['post id'] },
    impressions: { en: ['impressions'] },
    clicks: { en: ['url clicks'] },
    reactions: { en: ['likes'] },
    comments: { en: ['replies'] },
    shares: { en: ['shares'] },
    'shares+reposts': { en: ['reposts'] },
    saves: { en: ['bookmarks'] },
    follows: { en: ['new follows'] },
  },
});
