import { defineExportSource } from './export-source.js';
import { SPROUT_SHARED_COLUMNS } from './sprout-posts.js';

/**
 * Sprout Social Profile Performance export, broken down by day: one row per day and network (or
 * profile), each naming its `Network`, `Date` like `09-21-2026` [R]. Figures are the activity of
 * the reporting period, whenever the posts were published [C], so they add up across days.
 * `Net Audience Growth` is the only audience change it gives [R]: a day's gain is read as follows
 * and a day's loss as unfollows, so follows − unfollows is the net growth exactly (the gross gains
 * and losses within a day are not known). `Published Posts (Total)` is the volume published; `Sent
 * Messages (Total)` stands in for it when it is the only one. `Audience` is the audience of the
 * row's profile on its day: a level, never added across days; a channel's audience adds up its
 * profiles' last known levels.
 * `Engagement Rate (per Impression)` is a rate; `Engagements` adds up the interaction columns;
 * `Received Messages (Total)` mixes comments with direct messages, so it would count comments
 * twice: none of these three is read. Without a day breakdown there is no `Date` column and the
 * rows' period is not in the file: such an export is refused, naming the column.
 */
export const sproutProfile = defineExportSource({
  id: 'sprout-profile',
  label: 'Sprout Social profile performance',
  channel: 'per-row',
  required: ['channel', 'impressions', 'follows'],
  dateOrder: { en: 'mdy' },
  columns: {
    ...SPROUT_SHARED_COLUMNS,
    date: { en: ['date'] },
    profile: { en: ['profile'] },
    followers: { en: ['audience'] },
    follows: { en: ['net audience growth'] },
    posts: { en: ['published posts (total)', 'sent messages (total)'] },
  },
  net: { column: 'follows', losses: 'unfollows' },
});
