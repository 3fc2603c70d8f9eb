import { type DateRange, parseDate } from '../ingest/dates.js';
import { defineExportSource } from './export-source.js';
import { normalizeHeader } from './header-names.js';
import { spreadPeriodStartRows } from './period-rows.js';
import { adjustOutput, withQuirks } from './wrap-source.js';

/**
 * LinkedIn Campaign Manager campaign/ad performance export. Real files are UTF-16LE with tabs and a
 * 4-line preamble plus a blank line; the UI language changes headers (English, Dutch seen), number
 * and date formats (`9/21/2026` in English, `23-9-2026` in Dutch). Derived columns (CTR, average
 * CPM/CPC, cost per lead) are never read: they are recomputed from the sums.
 */
const linkedinCampaignExport = defineExportSource({
  id: 'linkedin-campaign',
  label: 'LinkedIn Campaign Manager',
  channel: 'linkedin',
  required: ['date', 'campaign', 'spend', 'impressions'],
  dateOrder: { en: 'mdy', fr: 'dmy', nl: 'dmy' },
  columns: {
    date: {
      en: ['start date (in utc)', 'start date'],
      fr: ['date de début (en utc)', 'date de début'],
      nl: ['begindatum (in utc)', 'begindatum'],
    },
    campaign: { en: ['campaign name', 'campaign'], fr: ['nom de la campagne', 'campagne'], nl: ['campagnenaam'] },
    currency: { en: ['currency'], fr: ['devise'], nl: ['valuta'] },
    spend: {
      en: ['total spent', 'amount spent', 'total spent (cur)'],
      fr: ['montant total dépensé', 'total dépensé'],
      nl: ['totaal besteed'],
    },
    impressions: { en: ['impressions'], fr: ['impressions'], nl: ['weergaven'] },
    reach: { en: ['reach'], fr: ['couverture'] },
    clicks: { en: ['clicks'], fr: ['clics'], nl: ['klikken'] },
    reactions: { en: ['reactions', 'likes'], fr: ['réactions'] },
    comments: { en: ['comments'], fr: ['commentaires'] },
    shares: { en: ['shares', 'reposts'], fr: ['partages', 'republications'] },
    follows: { en: ['follows'], fr: ['abonnements'] },
    videoViews: { en: ['video views', 'views'], fr: ['vues de vidéo'] },
    leads: { en: ['leads'], fr: ['prospects'] },
    conversions: { en: ['conversions'], fr: ['conversions'], nl: ['conversies'] },
  },
});

/** The preamble's labels of the report's first and last day, English and Dutch (export-formats.md A1). */
const RANGE_LABELS = { start: ['report start', 'begindatum van rapport'], end: ['report end', 'einddatum van rapport'] };

/**
 * `Report Start: September 1, 2026, 12:00 AM` and `Report End: …` above the header; null when the
 * preamble does not state both.
 */
function reportRange(preamble: readonly string[]): DateRange | null {
  const found: Partial<Record<keyof typeof RANGE_LABELS, string>> = {};
  for (const line of preamble) {
    const text = line.replace(/^[\s"]+|[\s",;\t]+$/g, '');
    const colon = text.indexOf(':');
    if (colon < 0) continue;
    const label = normalizeHeader(text.slice(0, colon));
    const day = parseDate(text.slice(colon + 1).replace(/^[\s",;\t]+/, ''), 'ymd');
    if (day === null) continue;
    if (RANGE_LABELS.start.includes(label)) found.start = day;
    if (RANGE_LABELS.end.includes(label)) found.end = day;
  }
  return found.start !== undefined && found.end !== undefined ? { start: found.start, end: found.end } : null;
}

/**
 * Without a day breakdown the export holds one row per ad dated at the report's first day: an
 * aggregate over the whole range the preamble states, spread over it rather than put on that day.
 */
export const linkedinCampaign = withQuirks(linkedinCampaignExport, {
  roles: () => ({}),
  open(generic, headers, _match, context) {
    return adjustOutput(generic(headers), (output) =>
      spreadPeriodStartRows(output, reportRange(context.preamble), linkedinCampaignExport.label, context.file),
    );
  },
});
