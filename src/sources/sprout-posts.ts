import { defineExportSource } from './export-source.js';

/**
 * Sprout Social Post Performance export [C]: one row per post, across networks, each row naming its
 * `Network` (read as the row's channel). `Date` is the publication, `09/21/2026 10:15 am` [R]; the
 * figures are the post's lifetime totals as of the export, not the period's (Sprout says its post
 * and profile reports legitimately differ for that reason [C]). Each row counts one post.
 * `Reactions` already holds likes and the other reactions, which are its parts (`Likes`,
 * `Love Reactions`…); `Organic …`/`Paid …` split `Impressions` and `Reach`; `Post Link Clicks` are
 * the clicks to a destination, `Other Post Clicks` and `Post Clicks (All)` are not; `Engagements`
 * adds up the interaction columns and `Engagement Rate (per Impression)` is a rate: none of these
 * is read. `Follows from Post`/`Unfollows from Post` are read where present [R].
 */
export const sproutPosts = defineExportSource({
  id: 'sprout-posts',
  label: 'Sprout Social post performance',
  channel: 'per-row',
  required: ['date', 'channel', 'post', 'impressions'],
  dateOrder: { en: 'mdy' },
  columns: {
    date: { en: ['date'] },
    channel: { en: ['network'] },
    post: { en: ['post id'] },
    impressions: { en: ['impressions'] },
    reach: { en: ['reach'] },
    reactions: { en: ['reactions'] },
    comments: { en: ['comments'] },
    shares: { en: ['shares'] },
    saves: { en: ['saves'] },
    clicks: { en: ['post link clicks'] },
    videoViews: { en: ['video views'] },
    follows: { en: ['follows from post'] },
    unfollows: { en: ['unfollows from post'] },
  },
  lifetime: true,
});
