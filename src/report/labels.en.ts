/*
 * English text of the human-facing renderers: table and Markdown titles, column headers, footer and
 * method notes. Templates take figures already formatted for the language; labels.fr.ts must have
 * the same keys (`satisfies Labels`), and a test keeps both complete.
 */

export const LABELS_EN = {
  dimensions: { channel: 'Channel', campaign: 'Campaign', month: 'Month', week: 'Week', quarter: 'Quarter' },
  total: 'Total',
  /** Before a warning printed on stderr. */
  warning: 'warning',
  hard: {
    mediaSpend: 'Media spend',
    otherCosts: 'Other costs',
    cost: 'Cost',
    value: 'Value',
    roi: 'ROI',
    roas: 'ROAS',
    cpc: 'CPC',
    cpm: 'CPM',
    cpl: 'CPL',
    cpa: 'CPA',
    revenueRoi: 'Revenue ROI',
    costPerHire: 'Cost per hire',
  },
  index: 'Index',
  subScores: {
    conversation: 'Conversation',
    amplification: 'Amplification',
    engagement: 'Engagement',
    growth: 'Growth',
    advocacy: 'Advocacy',
    adoption: 'Adoption',
    sentiment: 'Sentiment',
  },
  hardTitle: (p: { currency: string }) => `Hard ROI (${p.currency})`,
  softTitle: "Soft ROI (0–100; 50 = the profile's benchmark)",
  ratesTitle: 'Rates per 1,000 impressions (benchmark)',
  ratesGrowthTitle: 'Rates per 1,000 impressions, growth in % a month (benchmark)',
  interpretationTitle: 'Interpretation',
  time: {
    title: 'Over time, all channels',
    period: 'Period',
    cumulativeCost: 'Cum. cost',
    cumulativeValue: 'Cum. value',
    cumulativeRoi: 'Cum. ROI',
    reached: (p: { period: string }) => `Break-even: cumulative value reached cumulative cost in ${p.period}.`,
    projected: (p: { period: string; trend: string; from: string; to: string; gap: string }) =>
      `Break-even: not reached yet (${p.gap} to go); projected in ${p.period} if the trend from ${p.from} to ${p.to} ` +
      `holds (net value improving by ${p.trend} a period).`,
    notProjected: (p: { reason: string }) => `Break-even: not reached, and not projected (${p.reason}).`,
    reasons: {
      'no-cost': 'no cost was recorded',
      'too-few-periods': 'one period is no trend',
      'no-upward-trend': 'over the last periods, value minus cost is negative and not improving',
      'beyond-horizon': 'at the recent pace it lies further ahead than twice the history it would be drawn from',
    } as Record<string, string>,
  },
  carryover: {
    title: (p: { decay: string; unit: string }) => `Carryover (${p.decay} of a ${p.unit}'s effect carries into the next)`,
    pending: 'Still to come',
    longTermValue: 'Long-term value',
    longTermRoi: 'Long-term ROI',
    units: { week: 'week', month: 'month' },
    note: (p: { unit: string }) =>
      `Each period's work keeps bringing value afterwards, a smaller share every ${p.unit}. Value already seen ` +
      `includes the echo of earlier work; "still to come" is the echo of the latest work (the mean of the last four ` +
      `weeks, or the last month), which the data cannot hold yet.`,
  },
  maturity: {
    title: 'Maturity (too early to judge?)',
    audience: 'Audience',
    months: 'Months',
    verdict: 'Verdict',
    ready: 'can be judged',
    tooEarly: (p: { unmet: string }) => `too early (${p.unmet})`,
    unmet: { audience: 'audience', history: 'history' },
    unknown: 'unknown',
  },
  adoption: {
    title: 'Team adoption (survey, 1–5)',
    team: 'Team',
    all: 'All',
    respondents: 'Respondents',
    mean: 'Mean',
    score: 'Score',
    lowSample: (p: { min: string }) => `* fewer respondents than the ${p.min} the profile asks for: read as a hint, not a measure.`,
  },
  trends: {
    title: 'Trends per period (oldest to latest)',
    lastTitle: (p: { count: string }) => `Trends over the last ${p.count} periods (oldest to latest)`,
    roi: 'ROI',
    index: 'Soft index',
  },
  adoptionTotalOnly: 'Adoption comes from the team survey, which belongs to no channel: it counts in the Total only.',
  keyFigure: {
    modelledRoi: 'ROI (modelled)',
    modelledRoiNote: (p: { share: string }) => `${p.share} of the value is results priced at the profile's values`,
    revenueRoi: 'Revenue ROI (cash in the files)',
    revenueRoiNone: 'n/a: no file carries revenue',
    breakEven: (p: { result: string }) => `Break-even value per ${p.result}`,
    breakEvenNote: (p: { value: string }) => `the profile counts ${p.value}; at this value the modelled ROI is 0`,
    softIndexNote: "out of 100; 50 = the profile's benchmark",
  },
  unitCostNote: (p: { figures: string }) =>
    `Unit costs divide the spend of the channels that brought the result; on all the spend they would be: ${p.figures}.`,
  tooEarlyMark: (p: { mark: string }) =>
    `${p.mark} too early to judge: below the profile's maturity thresholds (see Maturity); the figure is not yet a verdict.`,

  nouns: {
    file: { one: 'file', other: 'files' },
    row: { one: 'row', other: 'rows' },
    totalsRowSkipped: { one: 'totals row skipped', other: 'totals rows skipped' },
    warning: { one: 'warning', other: 'warnings' },
    lead: { one: 'lead', other: 'leads' },
    conversion: { one: 'conversion', other: 'conversions' },
    application: { one: 'application', other: 'applications' },
    hire: { one: 'hire', other: 'hires' },
    message: { one: 'message', other: 'messages' },
    respondent: { one: 'respondent', other: 'respondents' },
  },
  listSeparator: '; ',
  colon: ': ',
  fileKinds: { 'spend-ledger': 'spend ledger', outcomes: 'outcomes (CRM / ATS)', 'team-survey': 'team survey' } as Partial<
    Record<string, string>
  >,
  period: (p: { from: string; to: string }) => `${p.from} to ${p.to}`,
  noPeriod: 'no dated data',
  profile: (p: { profile: string; currency: string }) => `Profile ${p.profile}, ${p.currency}.`,
  profilePeriod: (p: { profile: string; currency: string; period: string }) => `Profile ${p.profile}, ${p.currency}; period ${p.period}.`,
  value: (p: { drivers: string }) => `Value: ${p.drivers}.`,
  valueNone: 'Value: none (no revenue, and no result that the profile puts a value on).',
  driverRevenue: (p: { amount: string }) => `revenue ${p.amount}`,
  driverPriced: (p: { count: string; unit: string }) => `${p.count} × ${p.unit}`,
  sharedCosts: (p: { parts: string }) => `Shared costs: ${p.parts}.`,
  sharedAllocated: (p: { amount: string }) => `${p.amount} allocated to channels in proportion to their media spend in the same month`,
  sharedUnallocated: (p: { amount: string }) => `${p.amount} kept in the group "all" (months with no media spend on any channel)`,
  filesHeading: 'Files:',
  fileLine: (p: { file: string; label: string; details: string }) => `${p.file} — ${p.label}, ${p.details}`,
  warningsHeading: 'Warnings:',

  markdown: {
    title: (p: { period: string }) => `Social-media ROI — ${p.period}`,
    keyFigures: 'Key figures',
    softIndex: 'Soft index',
    profile: 'Profile',
    warnings: 'Warnings',
    method: 'Method',
    files: 'Files read',
  },
  method: {
    cost: 'Cost = media spend + ledger costs (tools, staff, agency, training, content, other).',
    value: 'Value = revenue + each result the profile puts a value on × its unit value.',
    roi:
      'ROI = (value − cost) / cost; ROAS = revenue / media spend; CPC, CPM, CPL, CPA = media spend per click, per ' +
      '1,000 impressions, per lead, per conversion.',
    softScores:
      "Soft sub-scores = min(100, 50 × rate / benchmark), rates per impression against the profile's benchmark for " +
      'the channel: 50 is at the benchmark, 100 twice it or more.',
    softIndex: 'Soft index = the profile-weighted mean of the sub-scores that have data; a sub-score with no data is n/a, never 0.',
    softOthers:
      "Growth = net follows over the audience at the start, a month's rate; advocacy = employee shares per post; both " +
      "against the profile's benchmark. Adoption = (mean survey answer − 1) / 4 × 100; sentiment = (mean sentiment + " +
      '1) × 50.',
    time:
      "Too early = audience or months of history below the profile's maturity thresholds. Carryover = a geometric " +
      "adstock: the value still to come is the latest work's value × decay / (1 − decay). Break-even = the first " +
      "period whose cumulative value reaches cumulative cost, or the one a straight line through the last periods' " +
      'net value would reach it in.',
  },
};

export type Labels = typeof LABELS_EN;
