import { googleAds } from './google-ads.js';
import { linkedinCampaign } from './linkedin-campaign.js';
import { metaAds } from './meta-ads.js';
import { spendLedger } from './spend-ledger.js';
import type { Source } from './source.js';
import { tiktokAds } from './tiktok-ads.js';
import { xContent } from './x-content.js';
import { xLegacy } from './x-legacy.js';

/** Every kind of file `report` recognises; adding a platform means adding one module here. */
export const SOURCES = [linkedinCampaign, metaAds, googleAds, xContent, xLegacy, tiktokAds, spendLedger] as const satisfies readonly Source[];
