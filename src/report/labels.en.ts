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
  ratesGrowthTitle: 'Rates per 1,000 impressions, growth in % (benchmark)',
  interpretationTitle: 'Interpretation',

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
  },
  listSeparator: '; ',
  colon: ': ',
  fileKinds: { 'spend-ledger': 'spend ledger' } as Partial<Record<string, string>>,
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
    softIndexValue: (p: { index: string }) => `${p.index} / 100 (50 = the profile's benchmark)`,
    profile: 'Profile',
    warnings: 'Warnings',
    method: 'Method',
    files: 'Files read',
  },
  method: {
    cost: 'Cost = media spend + ledger costs (tools, staff, agency, training, content, other).',
    value: "Value = revenue + each result the profile puts a value on × its unit value.",
    roi: 'ROI = (value − cost) / cost; ROAS = revenue / media spend; CPC, CPM, CPL, CPA = media spend per click, per 1,000 impressions, per lead, per conversion.',
    softScores:
      "Soft sub-scores = min(100, 50 × rate / benchmark), rates per impression against the profile's benchmark for the channel: 50 is at the benchmark, 100 twice it or more.",
    softIndex: 'Soft index = the profile-weighted mean of the sub-scores that have data; a sub-score with no data is n/a, never 0.',
  },
};

export type Labels = typeof LABELS_EN;
