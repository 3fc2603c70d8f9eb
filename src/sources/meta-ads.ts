import { defineExportSource } from './export-source.js';

/**
 * Meta Ads Manager export (Facebook and Instagram ads). UTF-8 with BOM; the currency is in the spend
 * header (`Amount spent (EUR)`); every row carries `Reporting starts`/`Reporting ends`, and only a
 * Day breakdown adds a `Day` column — without it a row is a total over its range. French UI headers
 * come from several independent French parsers (see the export-format notes).
 */
export const metaAds = defineExportSource({
  id: 'meta-ads',
  label: 'Meta Ads Manager',
  channel: 'meta',
  required: ['start', 'end', 'spend', 'impressions'],
  dateOrder: { en: 'mdy', fr: 'dmy' },
  columns: {
    date: { en: ['day'], fr: ['jour'] },
    start: { en: ['reporting starts'], fr: ['début des rapports'] },
    end: { en: ['reporting ends'], fr: ['fin des rapports'] },
    campaign: { en: ['campaign name'], fr: ['nom de la campagne'] },
    currency: { en: ['currency'], fr: ['devise'] },
    spend: { en: ['amount spent (cur)', 'amount spent'], fr: ['montant dépensé (cur)', 'montant dépensé'] },
    impressions: { en: ['impressions'], fr: ['impressions'] },
    reach: { en: ['reach'], fr: ['couverture', 'portée'] },
    clicks: { en: ['link clicks'], fr: ['clics sur un lien', 'clics sur le lien'] },
    reactions: { en: ['post reactions'], fr: ['réactions à la publication', 'réactions aux publications'] },
    comments: { en: ['post comments'], fr: ['commentaires sur la publication', 'commentaires sur les publications'] },
    shares: { en: ['post shares'], fr: ['partages de la publication', 'partages des publications'] },
    videoViews: { en: ['views', 'video plays'], fr: ['vues', 'lectures de vidéos'] },
    leads: { en: ['leads'], fr: ['prospects'] },
    conversions: { en: ['purchases'], fr: ['achats'] },
    revenue: { en: ['purchases conversion value'], fr: ['valeur de conversion des achats'] },
  },
});
