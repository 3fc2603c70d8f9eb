import { defineExportSource } from './export-source.js';

/**
 * LinkedIn Campaign Manager campaign/ad performance export. Real files are UTF-16LE with tabs and a
 * 4-line preamble plus a blank line; the UI language changes headers (English, Dutch seen), number
 * and date formats (`9/21/2026` in English, `23-9-2026` in Dutch). Derived columns (CTR, average
 * CPM/CPC, cost per lead) are never read: they are recomputed from the sums.
 */
export const linkedinCampaign = defineExportSource({
  id: 'linkedin-campaign',
  label: 'LinkedIn Campaign Manager',
  channel: 'linkedin',
  required: ['date', 'campaign', 'spend', 'impressions'],
  dateOrder: { en: 'mdy', fr: 'dmy', nl: 'dmy' },
  columns: {
    date: { en: ['start date (in utc)', 'start date'], fr: ['date de début (en utc)', 'date de début'], nl: ['begindatum (in utc)', 'begindatum'] },
    campaign: { en: ['campaign name', 'campaign'], fr: ['nom de la campagne', 'campagne'], nl: ['campagnenaam'] },
    currency: { en: ['currency'], fr: ['devise'], nl: ['valuta'] },
    spend: { en: ['total spent', 'amount spent', 'total spent (cur)'], fr: ['montant total dépensé', 'total dépensé'], nl: ['totaal besteed'] },
    impressions: { en: ['impressions'], fr: ['impressions'], nl: ['weergaven'] },
    reach: { en: ['reach'], fr: ['couverture'] },
    clicks: { en: ['clicks'], fr: ['clics'], nl: ['klikken'] },
    reactions: { en: ['reactions', 'likes'], fr: ['réactions'] },
    comments: { en: ['comments'], fr: ['commentaires'] },
    shares: { en: ['shares', 'reposts'], fr: ['partages', 'republications'] },
    follows: { en: ['follows'], fr: ['abonnements'] },
    videoViews: { en: ['video views', 'views'], fr: ['vues de vidéo'] },
    leads: { en: ['leads'], fr: ['prospects'], nl: ['leads'] },
    conversions: { en: ['conversions'], fr: ['conversions'], nl: ['conversies'] },
  },
});
