/*
 * English sentences of the interpretation. Each template puts one fact of narrative-facts.ts into
 * words; figures arrive formatted. narrative.fr.ts has the same keys (`satisfies NarrativeText`).
 */

export const NARRATIVE_EN = {
  measured: (p: { period: string; files: string; rows: string; profile: string; currency: string }) =>
    `This report covers ${p.period}: ${p.files} and ${p.rows}, read with the profile ${p.profile}; amounts are in ${p.currency}.`,
  measuredNoPeriod: (p: { files: string; rows: string; profile: string; currency: string }) =>
    `No row of the files carries a date, so this report covers no period: ${p.files} and ${p.rows}, read with the ` +
    `profile ${p.profile}; amounts are in ${p.currency}.`,
  measuredEmptyWindow: (p: { files: string; rows: string; profile: string; currency: string }) =>
    `No row of the files falls between the dates asked for (--from, --to), so every figure below is 0: ${p.files} ` +
    `and ${p.rows} read, with the profile ${p.profile}; amounts are in ${p.currency}.`,
  channelsWithData: (p: { channels: string }) => `Channels with data: ${p.channels}.`,
  costOnly: (p: { channels: string }) => `Costs without any result in the files: ${p.channels}.`,

  hardResult: (p: { cost: string; media: string; other: string; value: string; roi: string }) =>
    `Hard result: a cost of ${p.cost} (${p.media} media spend, ${p.other} other costs) against a value of ${p.value}, an ROI of ${p.roi}.`,
  hardNoCost: 'Hard result: no cost was recorded, so there is no ROI.',
  valueFound: (p: { value: string }) => `The value found is ${p.value}.`,
  valueMixed: (p: { revenue: string; priced: string; drivers: string }) =>
    `Of that value, ${p.revenue} is revenue carried by the files and ${p.priced} comes from results priced at the ` +
    `profile's unit values: ${p.drivers}.`,
  valueRevenueOnly: 'All of that value is revenue carried by the files.',
  valuePricedOnly: (p: { drivers: string }) => `All of that value comes from results priced at the profile's unit values: ${p.drivers}.`,
  valueNone: 'No value was found: no revenue, and no result that the profile puts a value on.',
  pricedDriver: (p: { count: string; unit: string }) => `${p.count} at ${p.unit} each`,
  bestWorst: (p: { best: string; bestRoi: string; worst: string; worstRoi: string }) =>
    `By channel, ${p.best} returns the most (ROI ${p.bestRoi}) and ${p.worst} the least (${p.worstRoi}).`,

  softResult: (p: { index: string; position: string }) => `Soft result: an index of ${p.index} out of 100, ${p.position}.`,
  softAbove: "above the profile's benchmarks (50)",
  softAt: "at the profile's benchmarks (50)",
  softBelow: "below the profile's benchmarks (50)",
  softExtremes: (p: { strongest: string; strongScore: string; weakest: string; weakScore: string }) =>
    `Strongest sub-score: ${p.strongest} (${p.strongScore}); weakest: ${p.weakest} (${p.weakScore}).`,
  softSingle: (p: { name: string }) => `The index rests on ${p.name} alone.`,
  softMissing: (p: { names: string }) => `Not measured, for lack of data: ${p.names}; the index is taken over the others.`,
  softNone: 'Soft result: none, since no file has the columns that the soft sub-scores need.',
  subScores: {
    conversation: 'conversation',
    amplification: 'amplification',
    engagement: 'engagement',
    growth: 'growth',
    advocacy: 'advocacy',
    adoption: 'adoption',
    sentiment: 'sentiment',
  },

  paybackReached: (p: { period: string }) => `Over time: cumulative value caught up with cumulative cost in ${p.period}.`,
  paybackProjected: (p: { period: string; gap: string; trend: string }) =>
    `Over time: cumulative value has not yet caught up with cumulative cost (${p.gap} to go); if the trend of the ` +
    `last periods holds (net value improving by ${p.trend} a period), it would in ${p.period}, a projection that ` +
    `holds only if that trend does.`,
  paybackNotProjected: 'Over time: cumulative value has not caught up with cumulative cost, and the last periods do not say when it will.',
  carryover: (p: { longTerm: string; immediate: string; decay: string; unit: string }) =>
    `Counting the value still to come from the latest work (${p.decay} of a ${p.unit}'s effect carrying into the ` +
    `next), the long-term ROI is ${p.longTerm}, against ${p.immediate} counted now.`,
  units: { week: 'week', month: 'month' },
  adoption: (p: { score: string; respondents: string }) => `Team adoption, from the survey: ${p.score} out of 100, from ${p.respondents}.`,
  adoptionLowSample: (p: { score: string; respondents: string }) =>
    `Team adoption, from the survey: ${p.score} out of 100, from ${p.respondents}, too few answers to be more than a hint.`,

  tooEarly: (p: { channels: string; one: boolean }) =>
    `Too early to judge: ${p.channels}, whose audience or history is below the profile's maturity thresholds; ` +
    `${p.one ? 'its figures are' : 'their figures are'} not yet a verdict.`,
  tooEarlyUnnamed:
    "Too early to judge: some figures cover an audience or a history below the profile's maturity thresholds (see the warnings).",
  fatigue: (p: { channels: string }) =>
    `To watch: signs of fatigue on ${p.channels}, where more is published while engagement per post falls.`,
  fatigueUnnamed: 'To watch: the warnings show signs of fatigue, where more is published while engagement per post falls.',

  limits:
    'What these figures do not say: the value counts only what the files read carry, the revenue they report and ' +
    "the results priced at the profile's unit values, with no attribution beyond them; effects that the exports and " +
    "the ledger do not show are not in it. The soft scores compare rates with the profile's benchmarks, which are " +
    'assumptions stated in the profile with their sources, not measurements.',
  warnings: (p: { count: string }) => `The report carries ${p.count}, to read before quoting these figures.`,
};

export type NarrativeText = typeof NARRATIVE_EN;
