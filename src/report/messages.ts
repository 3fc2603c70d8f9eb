import type { Language } from '../model/language.js';
import type { Problem, ProblemParams } from '../model/problem.js';
import { PROBLEM_MESSAGES_EN } from './messages.en.js';
import { PROBLEM_MESSAGES_FR } from './messages.fr.js';

const PROBLEM_MESSAGES = { en: PROBLEM_MESSAGES_EN, fr: PROBLEM_MESSAGES_FR } satisfies Record<Language, unknown>;

export function problemMessage(problem: Problem, language: Language = 'en'): string {
  return PROBLEM_MESSAGES[language][problem.code](printableParams(problem.params));
}

/** A quoted cell can hold anything: a message stays one readable, bounded line whatever the input held. */
const MAX_SHOWN = 200;

function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => JSON.stringify(c).slice(1, -1));
}

function printableParams(params: ProblemParams): ProblemParams {
  const shorten = (text: string) => (text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text);
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      typeof value !== 'string' ? value : TOOL_WRITTEN.has(key) ? escapeControls(value) : shorten(escapeControls(value)),
    ]),
  );
}

/** Params the tool writes itself (a profile error's sentence, the kinds of file it tried), not values from an input: never shortened. */
const TOOL_WRITTEN: ReadonlySet<string> = new Set(['message', 'tried']);

/** The one-line shape of METRICS.md: `file:line:column: message (CODE)`. */
export function problemLine(problem: Problem, language: Language = 'en'): string {
  const where = problem.location
    ? [escapeControls(problem.location.file), problem.location.line, problem.location.column].filter((part) => part !== undefined).join(':')
    : '';
  const message = problemMessage(problem, language);
  return where ? `${where}: ${message} (${problem.code})` : `${message} (${problem.code})`;
}
