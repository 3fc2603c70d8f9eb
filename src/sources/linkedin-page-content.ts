import { defineExportSource } from './export-source.js';

/**
 * LinkedIn page analytics, content export, its daily `Metrics` sheet (`<page>_content_….xls`, also
 * saved as CSV), with a description row above the header [R]. Every figure comes three times:
 * `(organic)`, `(sponsored)` and `(total)` [C]. Only the totals are read, so nothing is counted twice.
 * `Reposts` was called `Shares` in older files [C]. `Clicks` are LinkedIn's clicks on the content,
 * the page name or logo, as Campaign Manager's `Clicks` are. `Unique impressions (organic)` is
 * organic only and not additive across days, and the engagement rates are recomputed from the sums:
 * none of them is read. The `All posts` sheet (one row per post) is another kind. Dates are
 * `MM/DD/YYYY` text [C], or date cells in a workbook. No French UI header list has been seen.
 */
export const linkedinPageContent = defineExportSource({
  id: 'linkedin-page-content',
  label: 'LinkedIn page content',
  channel: 'linkedin',
  required: ['date', 'impressions'],
  dateOrder: { en: 'mdy' },
  columns: {
    date: { en: ['date'] },
    impressions: { en: ['impressions (total)'] },
    clicks: { en: ['clicks (total)'] },
    reactions: { en: ['reactions (total)'] },
    comments: { en: ['comments (total)'] },
    shares: { en: ['reposts (total)', 'shares (total)'] },
  },
});
