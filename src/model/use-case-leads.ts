import type { SubScoreKey, UseCase } from './profile.js';
import type { ValueDriver } from './report.js';

export interface UseCaseLead {
  /** The value drivers a report shows first, most important first. */
  leadDrivers: ValueDriver['driver'][];
  /** The soft sub-scores a report shows first, most important first. */
  leadScores: SubScoreKey[];
}

/**
 * What leads the report for each use of social media. Data only: the renderers decide how "first"
 * looks. A driver or score left out is still reported, after these.
 */
export const USE_CASES: Record<UseCase, UseCaseLead> = {
  'social-selling': {
    leadDrivers: ['lead', 'revenue', 'conversion', 'message'],
    leadScores: ['conversation', 'advocacy', 'amplification'],
  },
  recruitment: {
    leadDrivers: ['application', 'hire', 'lead'],
    leadScores: ['advocacy', 'amplification', 'conversation'],
  },
  'customer-relations': {
    leadDrivers: ['revenue', 'conversion', 'message', 'lead'],
    leadScores: ['conversation', 'sentiment', 'engagement'],
  },
  communication: {
    leadDrivers: ['conversion', 'lead', 'application'],
    leadScores: ['amplification', 'engagement', 'growth', 'sentiment'],
  },
  training: {
    leadDrivers: ['lead', 'conversion'],
    leadScores: ['adoption', 'advocacy', 'conversation'],
  },
};

/** Sub-scores in the order a report shows them: the use case's first, then the usual order. */
export function scoresInOrder(useCase: UseCase | null, all: readonly SubScoreKey[]): SubScoreKey[] {
  if (useCase === null) return [...all];
  const lead = USE_CASES[useCase].leadScores;
  return [...lead, ...all.filter((key) => !lead.includes(key))];
}
