import type { Problem } from '../model/problem.js';
import { PROBLEM_MESSAGES_EN } from './messages.en.js';

export type Language = 'en';

const PROBLEM_MESSAGES = { en: PROBLEM_MESSAGES_EN } satisfies Record<Language, unknown>;

export function problemMessage(problem: Problem, language: Language = 'en'): string {
  return PROBLEM_MESSAGES[language][problem.code](problem.params);
}

/** The one-line shape of METRICS.md: `file:line:column: message (CODE)`. */
export function problemLine(problem: Problem, language: Language = 'en'): string {
  const where = problem.location
    ? [problem.location.file, problem.location.line, problem.location.column].filter((part) => part !== undefined).join(':')
    : '';
  const message = problemMessage(problem, language);
  return where ? `${where}: ${message} (${problem.code})` : `${message} (${problem.code})`;
}
