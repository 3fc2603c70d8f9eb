import { defineExportSource } from './export-source.js';

/**
 * TikTok Ads Manager report, broken down by day (`By Day`) [C]. Low-volume rows show impressions
 * as the literal `<5` [R]: read as 0 and counted in a warning. `--` stands for missing figures [R];
 * a `Total of N results` row closes the file and is skipped like any totals row. Some headers end
 * in a full-width `）` (`Website URL (Ad level）`) [C], folded by header normalisation. Rows whose
 * campaign is `-` are dropped, as the parser built on real exports drops them [R]: they add up the
 * rows of a breakdown, so they are skipped and counted as totals rows, never summed.
 * `Clicks (destination)` lead to the advertiser's destination; `Clicks (all)` also counts social and
 * interaction clicks [C, TikTok's metric glossary], so it is not read. No French UI header list of
 * this export has been seen: English only.
 */
export const tiktokAds = defineExportSource({
  id: 'tiktok-ads',
  label: 'TikTok Ads Manager',
  channel: 'tiktok',
  required: ['campaign', 'spend', 'impressions', 'clicks'],
  dateOrder: { en: 'mdy' },
  columns: {
    date: { en: ['by day'] },
    campaign: { en: ['campaign name'] },
    currency: { en: ['currency'] },
    spend: { en: ['cost'] },
    impressions: { en: ['impressions'] },
    reach: { en: ['reach'] },
    clicks: { en: ['clicks (destination)'] },
    conversions: { en: ['conversions'] },
    videoViews: { en: ['video views'] },
  },
  masked: { column: 'impressions', shown: '<5' },
  totalsCampaign: '-',
});
