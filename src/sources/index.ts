import { googleAds } from './google-ads.js';
import { linkedinCampaign } from './linkedin-campaign.js';
import { linkedinPageContent } from './linkedin-page-content.js';
import { linkedinPageFollowers } from './linkedin-page-followers.js';
import { linkedinPageVisitors } from './linkedin-page-visitors.js';
import { metaAds } from './meta-ads.js';
import { metaPageDaily } from './meta-page-daily.js';
import { metaPosts } from './meta-posts.js';
import { outcomes } from './outcomes.js';
import type { Source } from './source.js';
import { spendLedger } from './spend-ledger.js';
import { sproutPosts } from './sprout-posts.js';
import { sproutProfile } from './sprout-profile.js';
import { teamSurvey } from './team-survey.js';
import { tiktokAds } from './tiktok-ads.js';
import { xContent } from './x-content.js';
import { xLegacy } from './x-legacy.js';

/** Every kind of file `report` recognises; adding a platform means adding one module here. */
export const SOURCES = [
  linkedinCampaign,
  linkedinPageContent,
  linkedinPageFollowers,
  linkedinPageVisitors,
  metaAds,
  metaPosts,
  metaPageDaily,
  googleAds,
  xContent,
  xLegacy,
  tiktokAds,
  sproutPosts,
  sproutProfile,
  spendLedger,
  outcomes,
  teamSurvey,
] as const satisfies readonly Source[];
