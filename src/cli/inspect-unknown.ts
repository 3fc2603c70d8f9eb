import { isSocialRoiError } from '../model/errors.js';
import type { Encoding } from '../ingest/decode.js';
import { readHeadText } from '../read/head-text.js';
import type { InputRef } from '../read/list-inputs.js';
import type { ErrorCode, Problem } from '../model/problem.js';
import { displayWidth, sanitize, truncate, wrap } from '../format/text.js';
import { suggestMapping, type ColumnGuess, type GuessBasis, type MappingSuggestion, type OpenQuestion } from '../read/suggest-mapping.js';

/** What `inspect` says about a file of no known kind: why none fits, and a mapping to start from. */
export interface Unrecognised {
  file: string;
  /** The INPUT_UNKNOWN_FORMAT error a report would stop on. */
  problem: Problem<ErrorCode>;
  encoding: Encoding | null;
  /** Undefined when its first lines hold no table to guess from. */
  suggestion: MappingSuggestion | undefined;
}

export async function inspectUnknown(input: InputRef, problem: Problem<ErrorCode>): Promise<Unrecognised> {
  const head = await readHeadText(input);
  return {
    file: input.name,
    problem,
    encoding: head?.encoding ?? null,
    suggestion: head && suggestMapping(head.text, head.complete, input.name),
  };
}

/** The JSON for scripts: the same facts, and the mapping under `suggestedMapping`, ready to save. */
export function unknownAsJson(unknown: Unrecognised): object {
  const { suggestion } = unknown;
  return {
    file: unknown.file,
    kind: null,
    closest: closestOf(unknown.problem),
    encoding: unknown.encoding,
    ...(suggestion
      ? {
          delimiter: suggestion.delimiter,
          headerLine: suggestion.headerLine,
          columns: suggestion.columns.map(({ column, header, role, basis }) => ({ column, header, guess: role, basis })),
          questions: suggestion.questions,
          suggestedMapping: suggestion.mapping,
        }
      : { suggestedMapping: null }),
  };
}

const WIDTH = 100;
const HEADER_WIDTH = 40;
const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

const BASIS_TEXT: Record<GuessBasis, string> = {
  name: '',
  values: ' (from its values)',
  rate: 'not read: a rate or an average, recomputed from the sums',
  'values-disagree': 'not read: its values do not fit what its name says',
  taken: 'not read: another column already gives it',
  unknown: 'not read: not recognised',
};

const QUESTION_TEXT: Record<OpenQuestion['reason'], string> = {
  'no-channel': 'channel: which network is this file from? Replace "?" with linkedin, meta, google-ads, x or tiktok, or read a column as "channel"',
  'no-date': 'columns: no column looks like a date; read one as "date" (or "start" and "end")',
  'no-metric': 'columns: no column looks like a metric; read at least one as impressions, clicks, spend…',
  'dates-unsettled': 'dateFormat: no day above 12 in the first rows says whether the day or the month comes first; check it',
};

/** The kind the file comes closest to, with the share of its columns the header has. */
function closestOf(problem: Problem<ErrorCode>): { label: string; confidence: number } | null {
  const { closest, confidence } = problem.params;
  return closest === undefined ? null : { label: String(closest), confidence: Number(confidence) / 100 };
}

/** For people: the guesses column by column, what is left to decide, then the JSON to save. */
export function unknownAsText(unknown: Unrecognised): string {
  const { suggestion } = unknown;
  const closest = closestOf(unknown.problem);
  const facts: [string, string][] = [
    ['kind', 'unknown: no built-in kind or mapping recognises its header'],
    ['closest', closest ? `${closest.label}, confidence ${Math.round(closest.confidence * 100)}%` : 'none'],
    ['encoding', unknown.encoding ?? 'not text'],
  ];
  // A workbook: none of its sheets has a known header.
  if (unknown.problem.params.sheets !== undefined) facts.push(['sheets', sanitize(String(unknown.problem.params.sheets))]);
  if (suggestion) {
    facts.push(['delimiter', DELIMITER_NAMES[suggestion.delimiter]!], ['header', `line ${suggestion.headerLine}`], ['numbers', `decimal mark "${suggestion.mapping.decimal}"`]);
  }
  const lines = [sanitize(unknown.file), ...facts.map(([name, value]) => `  ${name.padEnd(10)} ${value}`)];
  if (!suggestion) return `${[...lines, '', '  no table in its first lines: no mapping to suggest'].join('\n')}\n`;
  lines.push('', ...guessTable(suggestion.columns));
  if (suggestion.questions.length > 0) lines.push('', '  to decide');
  for (const question of suggestion.questions) lines.push(...wrap(`    ${QUESTION_TEXT[question.reason]}`, WIDTH, 6));
  lines.push(
    '',
    '  suggested mapping: save the JSON below as a file (mapping.json), check each guess, then run',
    `    social-roi report ${sanitize(unknown.file)} --map mapping.json`,
    '',
    JSON.stringify(suggestion.mapping, null, 2),
  );
  return `${lines.join('\n')}\n`;
}

function guessTable(columns: readonly ColumnGuess[]): string[] {
  const rows = columns.map((c) => [String(c.column), truncate(sanitize(c.header), HEADER_WIDTH), c.role === null ? BASIS_TEXT[c.basis] : `${c.role}${BASIS_TEXT[c.basis]}`]);
  const table = [['#', 'column', 'guessed as'], ...rows];
  const widths = [0, 1].map((i) => Math.max(...table.map((row) => displayWidth(row[i]!))));
  const line = (cells: string[]) =>
    `  ${cells[0]!.padStart(widths[0]!)}  ${cells[1]!}${' '.repeat(widths[1]! - displayWidth(cells[1]!))}  ${cells[2]!}`.trimEnd();
  return [line(table[0]!), line([widths[0]!, widths[1]!, 10].map((w) => '─'.repeat(w))), ...rows.map(line)];
}

/** A file of no known kind as an inspection of its own; any other failure stays one. */
export async function unlessUnknown(input: InputRef, error: unknown): Promise<Unrecognised> {
  if (isSocialRoiError(error) && error.problem.code === 'INPUT_UNKNOWN_FORMAT') return inspectUnknown(input, error.problem);
  throw error;
}
