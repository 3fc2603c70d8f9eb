import { COUNT_KEYS, type MetricKey } from '../../src/model/metrics.js';
import type { SubScoreKey } from '../../src/model/profile.js';
import type { Figures, FileRead, Group, GroupKey, HardRoi, Report, SoftRoi, SubScore } from '../../src/model/report.js';

/*
 * Reports built by hand for the renderers' tests. Figures follow METRICS.md from the September
 * sample exports (shared/samples), with benchmarks chosen so that scores spread around 50.
 */

function metrics(counts: Partial<Record<MetricKey, number>>): Record<MetricKey, number> {
  return Object.fromEntries(COUNT_KEYS.map((key) => [key, counts[key] ?? 0])) as Record<MetricKey, number>;
}

function soft(index: number | null, present: Partial<Record<SubScoreKey, SubScore>>): SoftRoi {
  const keys: SubScoreKey[] = ['conversation', 'amplification', 'engagement', 'growth', 'advocacy', 'adoption', 'sentiment'];
  const scores = Object.fromEntries(keys.map((key) => [key, present[key] ?? null])) as Record<SubScoreKey, SubScore | null>;
  return { index, scores, missing: keys.filter((key) => scores[key] === null) };
}

const NO_RATIOS = {
  roi: null,
  revenueRoi: null,
  breakEvenUnitValue: null,
  roas: null,
  cpc: null,
  cpm: null,
  cpl: null,
  cpa: null,
  costPerHire: null,
  allSpend: { cpl: null, cpa: null, costPerHire: null },
};

function hard(money: Pick<HardRoi, 'mediaSpend' | 'otherCosts' | 'cost' | 'value'>, ratios: Partial<HardRoi>): HardRoi {
  return { ...NO_RATIOS, ...money, ...ratios };
}

function file(name: string, kind: string, label: string, rows: number, totalsRowsSkipped = 0): FileRead {
  return {
    file: name,
    kind,
    label,
    encoding: 'utf-8',
    delimiter: ',',
    headerLine: 1,
    decimalMark: '.',
    dateFormat: 'YYYY-MM-DD',
    rows,
    totalsRowsSkipped,
    skippedRows: 0,
    currencies: ['EUR'],
  };
}

const LINKEDIN_COUNTS = {
  impressions: 421676,
  clicks: 4661,
  reactions: 2782,
  comments: 562,
  shares: 397,
  leads: 271,
  conversions: 123,
  spend: 17542.79,
};
const META_COUNTS = {
  impressions: 1893081,
  clicks: 16734,
  reactions: 6175,
  comments: 816,
  shares: 633,
  leads: 395,
  conversions: 215,
  revenue: 9788.06,
  spend: 28488.07,
};

const META_SOFT = soft(52.2288, {
  conversation: { score: 53.8804, rate: 0.000431043, benchmark: 0.0004 },
  amplification: { score: 55.7293, rate: 0.000334376, benchmark: 0.0003 },
  engagement: { score: 40.273, rate: 0.0040273, benchmark: 0.005 },
});

const META_HARD_RATIOS = { roas: 0.343585, cpc: 1.702406, cpm: 15.048521, cpl: 72.121696, cpa: 132.502651 };

/** (a) By channel, September: three channels, Google Ads without any soft figure, LinkedIn alone with growth. */
export const byChannel: Report = {
  schemaVersion: 1,
  useCase: null,
  exchangeRates: {},
  currency: 'EUR',
  profile: 'b2b-saas',
  groupBy: ['channel'],
  period: { from: '2026-09-01', to: '2026-09-30' },
  groups: [
    {
      key: { channel: 'google-ads' },
      metrics: metrics({ impressions: 1068989, clicks: 34440, conversions: 410, revenue: 25451.04, spend: 33053.22 }),
      flags: [],
      hard: hard(
        { mediaSpend: 33053.22, otherCosts: 1667.62, cost: 34720.84, value: 25451.04 },
        { roi: -0.266981, roas: 0.770002, cpc: 0.959733, cpm: 30.920075, cpa: 80.61761 },
      ),
      soft: soft(null, {}),
    },
    {
      key: { channel: 'linkedin' },
      metrics: metrics({ ...LINKEDIN_COUNTS, follows: 412 }),
      flags: [],
      hard: hard(
        { mediaSpend: 17542.79, otherCosts: 3685.08, cost: 21227.87, value: 126850 },
        { roi: 4.975635, roas: 0, cpc: 3.76374, cpm: 41.602534, cpl: 64.733542, cpa: 142.624309 },
      ),
      soft: soft(54.9587, {
        conversation: { score: 51.2606, rate: 0.00133278, benchmark: 0.0013 },
        amplification: { score: 58.8426, rate: 0.00094148, benchmark: 0.0008 },
        engagement: { score: 68.2442, rate: 0.00887174, benchmark: 0.0065 },
        growth: { score: 45, rate: 0.018, benchmark: 0.02 },
      }),
    },
    {
      key: { channel: 'meta' },
      metrics: metrics(META_COUNTS),
      flags: ['too-early'],
      hard: hard({ mediaSpend: 28488.07, otherCosts: 2937.3, cost: 31425.37, value: 167788.06 }, { roi: 4.339255, ...META_HARD_RATIOS }),
      soft: META_SOFT,
    },
  ],
  total: {
    metrics: metrics({
      impressions: 3383746,
      clicks: 55835,
      reactions: 8957,
      comments: 1378,
      shares: 1030,
      leads: 666,
      conversions: 748,
      revenue: 35239.1,
      spend: 79084.08,
      follows: 412,
    }),
    flags: ['too-early'],
    hard: hard(
      { mediaSpend: 79084.08, otherCosts: 8290, cost: 87374.08, value: 320089.1 },
      { roi: 2.663433, roas: 0.44559, cpc: 1.416389, cpm: 23.371754, cpl: 118.744865, cpa: 105.72738 },
    ),
    soft: soft(51.8815, {
      conversation: { score: 53.4032, rate: 0.000595311, benchmark: 0.000563952 },
      amplification: { score: 56.2964, rate: 0.000444971, benchmark: 0.000391084 },
      engagement: { score: 45.3684, rate: 0.0049098, benchmark: 0.00527325 },
      growth: { score: 45, rate: 0.018, benchmark: 0.02 },
    }),
  },
  valueDrivers: [
    { driver: 'revenue', unitValue: null, netUnitValue: null, count: 35239.1, value: 35239.1 },
    { driver: 'lead', unitValue: 400, netUnitValue: 400, count: 666, value: 266400 },
    { driver: 'conversion', unitValue: 150, netUnitValue: 150, count: 123, value: 18450 },
  ],
  timeline: null,
  payback: null,
  carryover: {
    decay: 0.3,
    unit: 'week',
    total: {
      value: 320089.1,
      pendingValue: 13718.11,
      longTermValue: 333807.21,
      roi: 2.663433,
      longTermRoi: 2.820437,
      lastPeriod: '2026-W40',
    },
    channels: [
      {
        channel: 'google-ads',
        value: 25451.04,
        pendingValue: 1090.76,
        longTermValue: 26541.8,
        roi: -0.266981,
        longTermRoi: -0.235566,
        lastPeriod: '2026-W40',
      },
      {
        channel: 'linkedin',
        value: 126850,
        pendingValue: 5436.43,
        longTermValue: 132286.43,
        roi: 4.975635,
        longTermRoi: 5.231734,
        lastPeriod: '2026-W40',
      },
      {
        channel: 'meta',
        value: 167788.06,
        pendingValue: 7190.92,
        longTermValue: 174978.98,
        roi: 4.339255,
        longTermRoi: 4.56808,
        lastPeriod: '2026-W40',
      },
    ],
  },
  maturity: [
    { channel: 'google-ads', audience: null, months: 8, tooEarly: false, unmet: [] },
    { channel: 'linkedin', audience: 12840, months: 7, tooEarly: false, unmet: [] },
    { channel: 'meta', audience: 420, months: 2, tooEarly: true, unmet: ['audience', 'history'] },
  ],
  adoption: {
    score: 62.5,
    mean: 3.5,
    respondents: 6,
    lowSample: false,
    minRespondents: 5,
    teams: [
      { team: 'Marketing', score: 100, mean: 5, respondents: 1, lowSample: true },
      { team: 'Sales', score: 55, mean: 3.2, respondents: 5, lowSample: false },
    ],
  },
  sharedCosts: { lines: 2, allocated: 3990, unallocated: 0 },
  files: [
    file('google_ads_campaign_report.csv', 'google-ads', 'Google Ads campaign report', 30, 2),
    file('ledger_2026-09.csv', 'spend-ledger', 'spend ledger', 14),
    file('linkedin_campaign_performance.csv', 'linkedin-campaign', 'LinkedIn Campaign Manager', 90),
    file('meta_ads_export.csv', 'meta-ads', 'Meta Ads Manager', 60),
  ],
  warnings: [
    { code: 'legacy-encoding', severity: 'warning', params: {}, location: { file: 'ledger_2026-09.csv' } },
    { code: 'negative-amount', severity: 'warning', params: { count: 1 }, location: { file: 'ledger_2026-09.csv', line: 12 } },
  ],
};

const RENTREE = 'Rentrée 2026 – Lead gen – Decision makers DACH & France (Sponsored Content, Document Ads)';
const LINKEDIN_BENCHMARKS = { conversation: 0.0013, amplification: 0.0008, engagement: 0.0065 };

function linkedinSoft(
  index: number,
  scores: Record<'conversation' | 'amplification' | 'engagement', [score: number, rate: number]>,
): SoftRoi {
  const [conversation, amplification, engagement] = (['conversation', 'amplification', 'engagement'] as const).map((key) => ({
    score: scores[key][0],
    rate: scores[key][1],
    benchmark: LINKEDIN_BENCHMARKS[key],
  }));
  return soft(index, { conversation, amplification, engagement });
}

/** A group with costs and nothing else: its ROI is -100 % and every other ratio has a zero denominator. */
function costOnly(key: GroupKey, otherCosts: number): Group {
  return {
    key,
    metrics: metrics({}),
    flags: [],
    hard: hard({ mediaSpend: 0, otherCosts, cost: otherCosts, value: 0 }, { roi: -1 }),
    soft: soft(null, {}),
  };
}

/** (b) By channel, campaign and month over two months: a long campaign name and unallocated shared costs. */
export const byCampaignMonth: Report = {
  ...byChannel,
  groupBy: ['channel', 'campaign', 'month'],
  period: { from: '2026-08-01', to: '2026-09-30' },
  // Cost and value per month: August 450.00 + 6,120.40 against 39,850.00; September 885.08 +
  // 11,422.39 + 29,925.37 = 42,232.84 against 87,000.00 + 167,788.06 = 254,788.06.
  timeline: [
    { period: '2026-08', cost: 6570.4, value: 39850, roi: 5.06508, cumulative: { cost: 6570.4, value: 39850, roi: 5.06508 } },
    { period: '2026-09', cost: 42232.84, value: 254788.06, roi: 5.032937, cumulative: { cost: 48803.24, value: 294638.06, roi: 5.037264 } },
  ],
  payback: { reached: '2026-08', projected: null, method: 'reached', periodsUsed: [], netPerPeriod: null, trendPerPeriod: null, gap: null },
  carryover: null,
  maturity: [
    { channel: 'linkedin', audience: 12840, months: 2, tooEarly: true, unmet: ['history'] },
    { channel: 'meta', audience: null, months: 1, tooEarly: true, unmet: ['history'] },
  ],
  adoption: null,
  groups: [
    costOnly({ channel: 'all', campaign: '(shared)', month: '2026-08' }, 450),
    {
      key: { channel: 'linkedin', campaign: RENTREE, month: '2026-08' },
      metrics: metrics({
        impressions: 151230,
        clicks: 1702,
        reactions: 1011,
        comments: 204,
        shares: 139,
        leads: 88,
        conversions: 31,
        spend: 6120.4,
      }),
      flags: ['too-early'],
      hard: hard(
        { mediaSpend: 6120.4, otherCosts: 0, cost: 6120.4, value: 39850 },
        { roi: 5.511012, roas: 0, cpc: 3.596005, cpm: 40.470806, cpl: 69.55, cpa: 197.432258 },
      ),
      soft: linkedinSoft(56.5682, {
        conversation: [51.8823, 0.00134894],
        amplification: [57.4456, 0.00091913],
        engagement: [68.8712, 0.00895325],
      }),
    },
    costOnly({ channel: 'linkedin', campaign: '(shared)', month: '2026-09' }, 885.08),
    {
      key: { channel: 'linkedin', campaign: RENTREE, month: '2026-09' },
      metrics: metrics({
        impressions: 270446,
        clicks: 2959,
        reactions: 1771,
        comments: 358,
        shares: 258,
        leads: 183,
        conversions: 92,
        spend: 11422.39,
      }),
      flags: ['too-early'],
      hard: hard(
        { mediaSpend: 11422.39, otherCosts: 0, cost: 11422.39, value: 87000 },
        { roi: 6.61662, roas: 0, cpc: 3.86022, cpm: 42.235382, cpl: 62.417432, cpa: 124.156413 },
      ),
      soft: linkedinSoft(56.6467, {
        conversation: [50.9131, 0.00132374],
        amplification: [59.6237, 0.00095398],
        engagement: [67.8935, 0.00882616],
      }),
    },
    {
      key: { channel: 'meta', campaign: 'Retargeting – site visitors 30d', month: '2026-09' },
      metrics: metrics(META_COUNTS),
      flags: ['too-early'],
      hard: hard({ mediaSpend: 28488.07, otherCosts: 1437.3, cost: 29925.37, value: 167788.06 }, { roi: 4.606883, ...META_HARD_RATIOS }),
      soft: META_SOFT,
    },
  ],
  total: {
    metrics: metrics({
      ...META_COUNTS,
      impressions: 2314757,
      clicks: 21395,
      reactions: 8957,
      comments: 1378,
      shares: 1030,
      leads: 666,
      conversions: 338,
      spend: 46030.86,
    }),
    flags: ['too-early'],
    hard: hard(
      { mediaSpend: 46030.86, otherCosts: 2772.38, cost: 48803.24, value: 294638.06 },
      { roi: 5.037264, roas: 0.212641, cpc: 2.151477, cpm: 19.885828, cpl: 69.115405, cpa: 136.185976 },
    ),
    soft: soft(53.0285, {
      conversation: { score: 53.4032, rate: 0.000595311, benchmark: 0.000563952 },
      amplification: { score: 56.2964, rate: 0.000444971, benchmark: 0.000391084 },
      engagement: { score: 45.3684, rate: 0.0049098, benchmark: 0.00527325 },
    }),
  },
  valueDrivers: [
    { driver: 'revenue', unitValue: null, netUnitValue: null, count: 9788.06, value: 9788.06 },
    { driver: 'lead', unitValue: 400, netUnitValue: 400, count: 666, value: 266400 },
    { driver: 'conversion', unitValue: 150, netUnitValue: 150, count: 123, value: 18450 },
  ],
  sharedCosts: { lines: 3, allocated: 2322.38, unallocated: 450 },
  files: [
    file('ledger_2026-08-09.csv', 'spend-ledger', 'spend ledger', 9),
    file('linkedin_campaign_performance.csv', 'linkedin-campaign', 'LinkedIn Campaign Manager', 61),
    file('meta_ads_export.csv', 'meta-ads', 'Meta Ads Manager', 30, 1),
  ],
  warnings: [{ code: 'shared-costs-unallocated', severity: 'warning', params: { amount: 450, currency: 'EUR' } }],
};

const EMPTY: Figures = {
  metrics: metrics({}),
  flags: [],
  hard: hard({ mediaSpend: 0, otherCosts: 0, cost: 0, value: 0 }, {}),
  soft: soft(null, {}),
};

/** (c) Nothing to divide by: no cost, no click, no impression, no lead, no conversion, no dated row. */
export const noRatios: Report = {
  schemaVersion: 1,
  useCase: null,
  exchangeRates: {},
  currency: 'EUR',
  profile: 'b2b-saas',
  groupBy: ['month'],
  period: { from: null, to: null },
  groups: [{ key: { month: '2026-10' }, ...EMPTY }],
  total: EMPTY,
  valueDrivers: [],
  timeline: [{ period: '2026-10', cost: 0, value: 0, roi: null, cumulative: { cost: 0, value: 0, roi: null } }],
  payback: {
    reached: null,
    projected: null,
    method: 'not-projected:no-cost',
    periodsUsed: [],
    netPerPeriod: null,
    trendPerPeriod: null,
    gap: null,
  },
  carryover: null,
  maturity: [],
  adoption: null,
  sharedCosts: { lines: 0, allocated: 0, unallocated: 0 },
  files: [file('crm_outcomes_2026-10.csv', 'outcomes', 'outcomes', 0)],
  warnings: [],
};
