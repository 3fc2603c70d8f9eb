import type { UseCase } from '../model/use-case.js';

/** English text of `profiles`: the words around a profile's own data (its notes stay as written). */
export const PROFILE_LABELS_EN = {
  listHeads: { id: 'id', sector: 'sector', currency: 'currency', fits: 'who it fits' },
  listHints: ['Show one in full: social-roi profiles show ID', 'Start your own:   social-roi profiles init ID > my-profile.json'],
  title: (p: { id: string; sector: string; currency: string }) => `${p.id}: ${p.sector}, in ${p.currency}`,
  from: (p: { chain: string }) => `From: ${p.chain}`,
  marked: (p: { root: string }) => `Keys marked [from …] come from that file; the others from ${p.root}.`,
  fromTag: (p: { file: string }) => `[from ${p.file}]`,
  description: 'Description',
  useCase: 'Use case',
  useCaseNotSet: 'not set: the report keeps its usual order',
  useCaseNames: {
    'social-selling': 'Social selling',
    recruitment: 'Recruitment',
    'customer-relations': 'Customer relations',
    communication: 'Communication',
    training: 'Training',
  } satisfies Record<UseCase, string>,
  showsFirst: (p: { drivers: string; scores: string }) => `the report shows first ${p.drivers}; then ${p.scores}`,
  values: (p: { currency: string }) => `Values (${p.currency})`,
  notValued: 'not valued',
  revenue: 'revenue',
  noteOverridden: (p: { file: string }) =>
    `set by ${p.file}, which gives no note of its own: the note of the profile it extends spoke of another value`,
  funnels: 'Funnels (each stage valued beyond the one before)',
  perPost: (p: { value: string }) => `${p.value} per post`,
  weights: 'Weights (of the soft index)',
  benchmarks: 'Benchmarks (rates per impression; growth per month, of the audience)',
  maturity: 'Maturity (a channel is too early to judge below either)',
  carryover: 'Carryover (the share of an effect left for the next period)',
  fatigue: 'Fatigue (over the last periods of a channel)',
  survey: 'Survey (team adoption)',
  glosses: {
    minAudience: (p: { value: string }) => `${p.value} followers`,
    minMonths: (p: { value: string }) => `${p.value} months of data`,
    volumeRise: (p: { value: string; percent: string }) => `${p.value} (posts up ${p.percent} or more)`,
    engagementDrop: (p: { value: string; percent: string }) => `${p.value} (engagement per post down ${p.percent} or more)`,
  },
  valid: (p: { file: string }) => `${p.file}: valid`,
  validExtends: (p: { file: string; chain: string }) => `${p.file}: valid (extends ${p.chain})`,
};

export type ProfileLabels = typeof PROFILE_LABELS_EN;
