import { type Problem, warning } from '../model/problem.js';
import type { SurveyAnswer } from '../model/records.js';
import type { Adoption, AdoptionFigures } from '../model/report.js';

/**
 * The adoption sub-score (METRICS.md *Soft ROI*): each respondent's mean of comfort, posture and
 * daily use, averaged, then `(mean − 1) / 4 × 100`. A respondent who answered twice counts once,
 * with the later answer: the score says where the team stands now.
 */
export function adoptionOf(answers: readonly SurveyAnswer[], minRespondents: number): Adoption | null {
  const latest = latestPerRespondent(answers);
  if (latest.length === 0) return null;
  const teams = new Map<string, SurveyAnswer[]>();
  for (const answer of latest) {
    if (answer.team === null) continue;
    teams.set(answer.team, [...(teams.get(answer.team) ?? []), answer]);
  }
  return {
    ...figuresOf(latest, minRespondents),
    minRespondents,
    teams: [...teams]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([team, members]) => ({ team, ...figuresOf(members, minRespondents) })),
  };
}

/**
 * `low-sample`: too few answers to say much. A warning for the survey as a whole; a small team is
 * flagged in its own figures only, as most teams are smaller than a useful sample.
 */
export function lowSampleWarnings(adoption: Adoption | null): Problem[] {
  if (!adoption?.lowSample) return [];
  return [warning('low-sample', { respondents: adoption.respondents, minRespondents: adoption.minRespondents })];
}

function figuresOf(answers: readonly SurveyAnswer[], minRespondents: number): AdoptionFigures {
  // Summing the three answers before any division keeps whole-number answers exact: 62.5, not 62.49999.
  const points = answers.reduce((sum, a) => sum + a.comfort + a.posture + a.dailyUse, 0);
  const n = answers.length;
  return { score: ((points - 3 * n) * 100) / (12 * n), mean: points / (3 * n), respondents: n, lowSample: n < minRespondents };
}

function latestPerRespondent(answers: readonly SurveyAnswer[]): SurveyAnswer[] {
  const latest = new Map<string, SurveyAnswer>();
  for (const answer of answers) {
    const seen = latest.get(answer.respondent);
    if (!seen || answer.date > seen.date || (answer.date === seen.date && answer.line > seen.line)) latest.set(answer.respondent, answer);
  }
  return [...latest.values()];
}
