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
/** What Sprout's post and profile reports name alike: the network and the interactions. */
export const SPROUT_SHARED_COLUMNS = {
  channel: { en: ['network'] },
  impressions: { en: ['impressions'] },
  reactions: { en: ['reactions'] },
  comments: { en: ['comments'] },
  shares: { en: ['shares'] },
  saves: { en: ['saves'] },
  clicks: { en: ['post link clicks'] },
  videoViews: { en: ['video views'] },
} as const;

export const sproutPosts = defineExportSource({
  id: 'sprout-posts',
  label: 'Sprout Social post performance',
  channel: 'per-row',
  required: ['date', 'channel', 'post', 'impressions'],
  dateOrder: { en: 'mdy' },
  columns: {
    ...SPROUT_SHARED_COLUMNS,
    date: { en: ['date'] },
    post: { en: ['post id'] },
    reach: { en: ['reach'] },
    follows: { en: ['follows from post'] },
    unfollows: { en: ['unfollows from post'] },
  },
  lifetime: true,
});
