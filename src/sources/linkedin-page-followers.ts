import { defineExportSource } from './export-source.js';

/**
 * LinkedIn page analytics, followers export, its daily `New followers` sheet
 * (`<page>_followers_….xls`, also saved as CSV), header on row 1 [C]: `Sponsored followers`,
 * `Organic followers`, `Auto-invited followers` and `Total followers`, the followers gained that day.
 * Only the total is read, so nothing is counted twice. LinkedIn's daily figures can be negative [R]:
 * a day's loss is read as unfollows, so follows − unfollows is the change over the period. The
 * demographic sheets (location, industry…) have no date: their `Total followers` is the audience at
 * export time, not a gain, and they are not this kind. No French UI header list has been seen.
 */
export const linkedinPageFollowers = defineExportSource({
  id: 'linkedin-page-followers',
  label: 'LinkedIn page followers',
  channel: 'linkedin',
  required: ['date', 'follows'],
  dateOrder: { en: 'mdy' },
  columns: {
    date: { en: ['date'] },
    follows: { en: ['total followers'] },
  },
  net: { column: 'follows', losses: 'unfollows' },
});
