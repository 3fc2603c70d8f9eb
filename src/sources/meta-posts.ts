import { defineExportSource } from './export-source.js';

/**
 * Meta Business Suite post export (Insights → Content), of a Facebook Page or an Instagram account:
 * one row per post with its lifetime totals as of the export date [R, 12 real files]. UTF-8 with BOM.
 * The `Date` column holds the word `Lifetime`, never a date [C]: a post is dated by its
 * `Publish time` (`09/28/2026 18:12`, month first [R]), and `Date` is not read. Columns come and go
 * from month to month, so only `Post ID` and `Publish time` are required.
 *
 * `Views` is Meta's count of the times a post was played or displayed, which replaced `Impressions`
 * in these exports: it is read as impressions unless an `Impressions` column is there too. Facebook
 * writes `Reactions`, Instagram `Likes`. `Link Clicks` go to the destination; `Total clicks` and
 * `Other Clicks` also count opening the photo or the post, so they are not read, nor is the
 * pre-summed `Reactions, Comments and Shares`. Instagram exports have no click column [R]. No French
 * UI header of this export has been seen: English only.
 */
export const metaPosts = defineExportSource({
  id: 'meta-posts',
  label: 'Meta Business Suite posts (lifetime)',
  channel: 'meta',
  required: ['post', 'date'],
  dateOrder: { en: 'mdy' },
  lifetime: true,
  columns: {
    post: { en: ['post id'] },
    date: { en: ['publish time'] },
    impressions: { en: ['impressions', 'views'] },
    reach: { en: ['reach'] },
    reactions: { en: ['reactions', 'likes'] },
    comments: { en: ['comments'] },
    shares: { en: ['shares'] },
    saves: { en: ['saves'] },
    clicks: { en: ['link clicks'] },
    videoViews: { en: ['3-second video views'] },
    follows: { en: ['follows'] },
  },
});
