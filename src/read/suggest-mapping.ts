import { classifyDate, decideDateOrder } from '../ingest/dates.js';
import { chooseDecimalMark } from '../ingest/decimal-mark.js';
import { type DecimalMark, isNumberFailure, parseUnits } from '../ingest/numbers.js';
import { sniffTable } from '../ingest/sniff-table.js';
import type { Delimiter } from '../ingest/split-line.js';
import { type Channel, COUNT_KEYS } from '../model/metrics.js';
import { parseNetworkName } from '../sources/channel-names.js';
import { dateFormatLike } from '../sources/date-format.js';
import { headerWords, RATE_WORDS, ROLE_PHRASES } from '../sources/header-words.js';
import type { MappingRole } from '../sources/mapped-source.js';

/** Why a column got its guess, or none. */
export type GuessBasis =
  | 'name' // its header names the role
  | 'values' // its values are dates, or channel names
  | 'rate' // a rate, an average or a share: recomputed, never read
  | 'values-disagree' // its header names a role its values do not fit (`Cost` holding text)
  | 'taken' // another column already has the role
  | 'unknown'; // nothing says what it is

export interface ColumnGuess {
  /** 1-based, as in messages. */
  column: number;
  header: string;
  /** The role guessed; null: not read. */
  role: MappingRole | null;
  basis: GuessBasis;
}

/** What the user must decide before the mapping can be used, by key. */
export interface OpenQuestion {
  key: 'channel' | 'columns' | 'dateFormat';
  reason: 'no-channel' | 'no-date' | 'no-metric' | 'dates-unsettled';
}

/** A mapping file's content, in the order a person reads it. */
interface SuggestedMapping {
  channel?: Channel | '?';
  columns: Record<string, MappingRole | null>;
  dateFormat?: string;
  decimal: DecimalMark;
  currency?: string;
}

export interface MappingSuggestion {
  delimiter: Delimiter;
  /** 1-based. */
  headerLine: number;
  columns: ColumnGuess[];
  mapping: SuggestedMapping;
  questions: OpenQuestion[];
}

const METRICS: ReadonlySet<string> = new Set(COUNT_KEYS);
const DATE_ROLES: ReadonlySet<string> = new Set(['date', 'start', 'end']);
/** The share of a sample's non-empty cells that must fit a guess for the guess to stand. */
const FITS = 0.9;

/**
 * A first mapping for a file of no known kind, from its header words (English and French) and the
 * values of its first rows: a starting point the user checks, with what could not be guessed left
 * as `?` or named in `questions`. Undefined when the file's first lines hold no table at all.
 */
export function suggestMapping(headText: string, complete: boolean, file: string): MappingSuggestion | undefined {
  const table = sniffTable(headText, complete);
  if (!table) return undefined;
  const { headers, rows, delimiter } = table;
  const decimal = chooseDecimalMark(
    rows,
    headers.map((_, i) => i),
    'en',
    delimiter,
  );
  const values = headers.map((_, i) => rows.map((cells) => cells[i]!.trim()).filter((cell) => cell !== ''));
  const columns = settleRanges(guessColumns(headers, values, decimal));
  const questions: OpenQuestion[] = [];
  const roleOf = (role: MappingRole) => columns.find((c) => c.role === role);
  const dated = roleOf('date') ?? roleOf('start');
  if (!dated) questions.push({ key: 'columns', reason: 'no-date' });
  if (!columns.some((c) => c.role !== null && METRICS.has(c.role))) questions.push({ key: 'columns', reason: 'no-metric' });
  const channel = roleOf('channel') ? undefined : (channelInName(file) ?? '?');
  if (channel === '?') questions.push({ key: 'channel', reason: 'no-channel' });
  const dates = dated ? dateFormatOf(values[dated.column - 1]!, decimal) : undefined;
  if (dates?.unsettled) questions.push({ key: 'dateFormat', reason: 'dates-unsettled' });
  const currency = roleOf('currency') ? undefined : currencyInHeaders(columns);
  return {
    delimiter,
    headerLine: table.lineIndex + 1,
    columns,
    mapping: {
      ...(channel ? { channel } : {}),
      // fromEntries defines each key as the object's own, whatever the header says (even `__proto__`).
      columns: Object.fromEntries(columns.map((c) => [c.header, c.role])),
      ...(dates?.format ? { dateFormat: dates.format } : {}),
      decimal,
      ...(currency ? { currency } : {}),
    },
    questions,
  };
}

function guessColumns(headers: readonly string[], values: readonly string[][], decimal: DecimalMark): ColumnGuess[] {
  const seenHeaders = new Set<string>();
  const takenRoles = new Set<MappingRole>();
  return headers.map((raw, i) => {
    const header = raw.trim();
    const guess = guessColumn(header, values[i]!, decimal);
    // The same header twice, or a second column for one role, would be read twice: the first one wins.
    const taken = seenHeaders.has(header) || (guess.role !== null && takenRoles.has(guess.role));
    seenHeaders.add(header);
    if (taken) return { column: i + 1, header, role: null, basis: 'taken' };
    if (guess.role !== null) takenRoles.add(guess.role);
    return { column: i + 1, header, ...guess };
  });
}

function guessColumn(header: string, values: readonly string[], decimal: DecimalMark): Pick<ColumnGuess, 'role' | 'basis'> {
  const words = headerWords(header);
  if (words.some((word) => RATE_WORDS.has(word))) return { role: null, basis: 'rate' };
  const named = roleNamed(words);
  if (named !== undefined) return fits(named, values, decimal) ? { role: named, basis: 'name' } : { role: null, basis: 'values-disagree' };
  if (values.length > 0 && fits('date', values, decimal)) return { role: 'date', basis: 'values' };
  if (values.length > 0 && fits('channel', values, decimal)) return { role: 'channel', basis: 'values' };
  return { role: null, basis: 'unknown' };
}

/** The role whose longest phrase the header's words hold in sequence; the first role listed on a tie. */
function roleNamed(words: readonly string[]): MappingRole | undefined {
  let best: { role: MappingRole; length: number } | undefined;
  for (const [role, phrases] of Object.entries(ROLE_PHRASES) as [MappingRole, readonly string[]][]) {
    for (const phrase of phrases) {
      const wanted = phrase.split(' ');
      if (wanted.length > (best?.length ?? 0) && containsRun(words, wanted)) best = { role, length: wanted.length };
    }
  }
  return best?.role;
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++) if (run.every((word, j) => words[i + j] === word)) return true;
  return false;
}

/** Whether the sample's values fit the role: numbers for a metric, dates for a date, networks for a channel. */
function fits(role: MappingRole, values: readonly string[], decimal: DecimalMark): boolean {
  if (values.length === 0) return true;
  const test = METRICS.has(role)
    ? (value: string) => !isNumberFailure(parseUnits(value, decimal))
    : DATE_ROLES.has(role)
      ? (value: string) => classifyDate(value).kind !== 'none'
      : role === 'channel'
        ? (value: string) => parseNetworkName(value) !== undefined
        : () => true;
  return values.filter(test).length >= FITS * values.length;
}

/** A row has one date, or a start and an end: a date makes range columns unread, and an end needs a start. */
function settleRanges(columns: ColumnGuess[]): ColumnGuess[] {
  const has = (role: MappingRole) => columns.some((c) => c.role === role);
  const drop = (role: MappingRole) => (has('date') ? role === 'start' || role === 'end' : role === 'end' && !has('start'));
  return columns.map((c) => (c.role !== null && drop(c.role) ? { ...c, role: null, basis: 'taken' } : c));
}

/** A network named in the file's name (`linkedin_export.csv`), as the channel of every row. */
function channelInName(file: string): Channel | undefined {
  const name = file.split(/[\\/]/).pop() ?? file;
  for (const word of name.toLowerCase().split(/[^a-z]+/)) {
    // `x` alone is too common in file names to stand for the network.
    const channel = word.length > 1 ? parseNetworkName(word) : undefined;
    if (channel) return channel;
  }
  return undefined;
}

/**
 * The date format to state: from values that settle the day/month order, or the order that goes
 * with the decimal mark, flagged for the user to check. ISO and month-name dates need none.
 */
function dateFormatOf(values: readonly string[], decimal: DecimalMark): { format?: string; unsettled: boolean } {
  const numeric = values.find((value) => classifyDate(value).kind === 'numeric');
  if (numeric === undefined) return { unsettled: false };
  const decision = decideDateOrder(values, decimal === ',' ? 'dmy' : 'mdy');
  if (!decision.ok) return { unsettled: true };
  return { format: dateFormatLike(decision.order, numeric), unsettled: !values.some(settles) };
}

/** A numeric date whose first or second number is above 12 says which one is the day. */
function settles(value: string): boolean {
  const shape = classifyDate(value);
  return shape.kind === 'numeric' && (shape.first > 12 || shape.second > 12);
}

/** A currency stated in a money column's header: `Spend (EUR)`, `Dépenses (€)`. */
function currencyInHeaders(columns: readonly ColumnGuess[]): string | undefined {
  for (const { header, role } of columns) {
    if (role !== 'spend' && role !== 'revenue') continue;
    const code = /\(([A-Z]{3})\)/.exec(header)?.[1] ?? (header.includes('€') ? 'EUR' : header.includes('£') ? 'GBP' : undefined);
    if (code) return code;
  }
  return undefined;
}
