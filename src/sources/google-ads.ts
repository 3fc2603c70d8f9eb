import { parseDateRange } from '../ingest/dates.js';
import { defineExportSource } from './export-source.js';

/**
 * Google Ads campaign report. Two title lines above the header (report name, then the date range),
 * `Total: …` rows at the end, `--` for missing, `"1,234"` quoted thousands; the "CSV (Excel)"
 * download is UTF-16LE with tabs. `Cost / conv.`, `All conv.` and `Conv. value` are other columns
 * than `Cost` and `Conversions`: aliases match whole names only.
 */
export const googleAds = defineExportSource({
  id: 'google-ads',
  label: 'Google Ads',
  channel: 'google-ads',
  required: ['campaign', 'spend', 'impressions', 'clicks'],
  dateOrder: { en: 'mdy', fr: 'dmy' },
  columns: {
    date: { en: ['day', 'date'], fr: ['jour', 'date'] },
    campaign: { en: ['campaign'], fr: ['campagne'] },
    currency: { en: ['currency code', 'currency'], fr: ['code de la devise', 'devise'] },
    spend: { en: ['cost'], fr: ['coût'] },
    impressions: { en: ['impr.', 'impressions'], fr: ['impr.', 'impressions'] },
    clicks: { en: ['clicks'], fr: ['clics'] },
    conversions: { en: ['conversions'], fr: ['conversions'] },
    revenue: { en: ['conv. value', 'conversion value'], fr: ['valeur de conv.', 'valeur de conversion'] },
  },
  rangeFromPreamble: (preamble) => {
    for (const line of preamble) {
      const range = parseDateRange(line.replace(/^"|"$/g, '').trim());
      if (range) return range;
    }
    return null;
  },
});
