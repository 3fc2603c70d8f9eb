import { describe, expect, it } from 'vitest';
import { FIXTURES, groupOf, reportOn } from '../helpers/report.js';

const INGEST = `${FIXTURES}ingest/`;

describe('Meta Ads headers as they are found in the wild', () => {
  it('reads French headers that were once decoded as Latin-1 and saved again ("Montant dÃ©pensÃ©")', async () => {
    // Spend 10.00 + 20.00, impressions 1,000 + 2,000, link clicks 10 + 20.
    const report = await reportOn([`${INGEST}meta-ads-fr-mojibake-headers.csv`]);
    expect(report.files[0]?.kind).toBe('meta-ads');
    expect(groupOf(report, 'meta').metrics).toMatchObject({ spend: 30, impressions: 3000, clicks: 30 });
  });

  it('reads revenue from "Website purchases conversion value" when there is no "Purchases conversion value"', async () => {
    // Revenue 150.00 + 75.50; purchases 2 + 1 (Results repeat them and are not counted again).
    const report = await reportOn([`${INGEST}meta-ads-en-website-purchases-value.csv`]);
    expect(groupOf(report, 'meta').metrics).toMatchObject({ revenue: 225.5, conversions: 3, spend: 75 });
  });

  it('reads leads from Results where Result type names them and the file has no Leads column', async () => {
    // 14 "On-Facebook leads" are leads; 6 "Website registrations completed" are conversions.
    const report = await reportOn([`${INGEST}meta-ads-en-leads-only-in-results.csv`]);
    expect(groupOf(report, 'meta').metrics).toMatchObject({ leads: 14, conversions: 6, spend: 420 });
    // Valued by b2b-saas: 14 leads × 400 + 6 conversions × 150 = 6,500.
    expect(report.total.hard.value).toBe(6500);
  });

  it('does not count lead results again where the file has its own Leads column', async () => {
    // Leads 14 in their column, and the same 14 as Results of type "On-Facebook leads": 14, not 28.
    const report = await reportOn([`${INGEST}meta-ads-en-leads-column-and-results.csv`]);
    expect(groupOf(report, 'meta').metrics).toMatchObject({ leads: 14, conversions: 0 });
  });
});
