import { defineExportSource } from './export-source.js';

/**
 * Meta Business Suite page insights, one daily series per file [R, two independent sources agree]:
 * UTF-16LE with BOM, a `sep=,` line, then the series' name on a line of its own above a
 * `"Date","Primary"` header, one row per day (`2025-08-01T00:00:00`). Instagram follows files leave
 * out the days with none.
 *
 * The names read: follows on either network; `Facebook link clicks`; `Views`, Meta's count of the
 * times content was played or displayed, as impressions (as in the post exports); `Viewers`, the
 * accounts that saw it, as reach. `Content interactions` (a sum of kinds of engagement) and
 * `Facebook visits` (page visits) stand for no metric of ours: such a file is read, not counted,
 * and says so. No unfollows series nor French UI names have been seen.
 */
export const metaPageDaily = defineExportSource({
  id: 'meta-page-daily',
  label: 'Meta Business Suite page insights (daily)',
  channel: 'meta',
  required: ['date', 'series'],
  dateOrder: { en: 'mdy' },
  columns: {
    date: { en: ['date'] },
    series: { en: ['primary'] },
  },
  seriesMetrics: {
    'facebook follows': 'follows',
    'instagram follows': 'follows',
    'facebook link clicks': 'clicks',
    views: 'impressions',
    viewers: 'reach',
  },
});
