import type { SubScoreKey } from './profile.js';

/** The soft sub-scores, in the order every format shows them unless a use case puts some first. */
export const SUB_SCORES: readonly SubScoreKey[] = [
  'conversation',
  'amplification',
  'engagement',
  'growth',
  'advocacy',
  'adoption',
  'sentiment',
];
