import { isSocialRoiError } from '../errors.js';
import { COUNT_KEYS } from '../model/metrics.js';
import type { Problem } from '../model/problem.js';
import type { Observation, SpendEntry } from '../model/records.js';
import { RowPolicy } from '../sources/row-skips.js';
import type { HeaderLanguage, HeaderMatch, OpenContext, Source } from '../sources/source.js';
import { rankHeader } from './find-header.js';
import type { InputRef } from './list-inputs.js';
import { DEFAULT_MAX_RECORD_CHARS, readInputFile, type FileSummary } from './read-file.js';

/** Rows kept to try the column mapping on: the first one that reads cleanly is enough. */
const SAMPLE_ROWS = 20;

export interface Candidate {
  kind: string;
  label: string;
  confidence: number;
}

export interface ColumnUse {
  /** 1-based, as in messages. */
  column: number;
  header: string;
  /** The role or metric the column is read as; null when nothing reads it. */
  readAs: string | null;
}

export interface SkippedRows {
  reason: string;
  rows: number;
  lines: string;
}

/** Why the dates were read in their order: the values settle it, or a default had to. */
export type DateBasis = 'iso' | 'values' | 'ui-language' | 'decimal-mark' | 'preamble';

export interface Inspection {
  summary: FileSummary;
  language: HeaderLanguage;
  dateBasis: DateBasis | null;
  /** Every kind whose header rules the header line passes, best first: the first is the one used. */
  candidates: Candidate[];
  /** Empty when no data row could be read to try the columns on. */
  columns: ColumnUse[];
  period: { start: string; end: string } | null;
  skipped: SkippedRows[];
  warnings: Problem[];
}

export interface InspectOptions {
  sources: readonly Source[];
}

/** What the source was given when the file was opened, and its first rows. */
interface Capture {
  source: Source;
  headers: readonly string[];
  match: HeaderMatch;
  context: OpenContext;
  rows: string[][];
}

/** Reads the file as `report --lenient` would, and keeps what is needed to explain that reading. */
export async function inspectFile(input: InputRef, options: InspectOptions): Promise<Inspection> {
  const captured: { value?: Capture } = {};
  const { summary, output } = await readInputFile(input, {
    sources: options.sources.map((source) => capturing(source, captured)),
    keepCampaign: false,
    lenient: true,
    maxRecordChars: DEFAULT_MAX_RECORD_CHARS,
  });
  const capture = captured.value!;
  const skips = output.warnings.filter((w) => w.code === 'rows-skipped');
  return {
    summary,
    language: capture.match.language,
    dateBasis: dateBasis(summary.dateFormat, output.warnings),
    candidates: rankHeader(capture.headers, options.sources).map(({ source, match }) => ({
      kind: source.id,
      label: source.label,
      confidence: match.confidence,
    })),
    columns: mapColumns(capture),
    period: periodOf([...output.observations, ...output.spendEntries]),
    skipped: skips.map((w) => ({ reason: String(w.params.reason), rows: Number(w.params.count), lines: String(w.params.lines) })),
    warnings: output.warnings.filter((w) => w.code !== 'rows-skipped'),
  };
}

/** The same source, seen through: its header, match and first rows are kept as the file is read. */
function capturing(source: Source, captured: { value?: Capture }): Source {
  return {
    id: source.id,
    label: source.label,
    match: (headers) => source.match(headers),
    open(headers, match, context) {
      const sink = source.open(headers, match, context);
      const capture: Capture = { source, headers, match, context, rows: [] };
      captured.value = capture;
      return {
        row(cells, line) {
          if (capture.rows.length < SAMPLE_ROWS) capture.rows.push([...cells]);
          sink.row(cells, line);
        },
        finish: () => sink.finish(),
      };
    },
  };
}

function dateBasis(format: string | null, warnings: readonly Problem[]): DateBasis | null {
  if (format === null) return null;
  if (format === 'YYYY-MM-DD') return 'iso';
  if (format === 'range stated above the header') return 'preamble';
  const assumed = warnings.find((w) => w.code === 'ambiguous-dates');
  if (!assumed) return 'values';
  return assumed.params.basis === 'numbers' ? 'decimal-mark' : 'ui-language';
}

function periodOf(records: readonly (Observation | SpendEntry)[]): Inspection['period'] {
  if (records.length === 0) return null;
  let { start, end } = records[0]!;
  for (const record of records) {
    if (record.start < start) start = record.start;
    if (record.end > end) end = record.end;
  }
  return { start, end };
}

/**
 * What each column is read as, found by asking the source itself rather than keeping a second copy
 * of its header rules: a good row is read once as it is and once per column with that cell changed,
 * and whatever changes in the record (or the reason the row is refused) names the column's use.
 */
function mapColumns(capture: Capture): ColumnUse[] {
  const baseline = capture.rows.map((cells) => ({ cells, read: readOne(capture, cells) })).find(({ read }) => typeof read !== 'string');
  if (!baseline) return [];
  const before = baseline.read as Map<string, string>;
  return capture.headers.map((header, column) => {
    const cells = [...baseline.cells];
    cells[column] = cells[column]!.trim() === '7' ? '8' : '7';
    const after = readOne(capture, cells);
    return { column: column + 1, header, readAs: typeof after === 'string' ? refusalRole(after) : changedRole(before, after) };
  });
}

/** One row read by a fresh reader: the record's fields, or the code of the problem that refused it. */
function readOne(capture: Capture, cells: readonly string[]): Map<string, string> | string {
  const policy = new RowPolicy(true);
  try {
    const sink = capture.source.open(capture.headers, capture.match, { ...capture.context, keepCampaign: true, policy });
    sink.row(cells, capture.context.headerLine + 1);
    const output = sink.finish();
    const refusal = policy.warnings(capture.context.file)[0];
    if (refusal) return String(refusal.params.reason);
    const record = output.observations[0] ?? output.spendEntries[0];
    return record ? fieldsOf(record) : 'no record';
  } catch (error) {
    if (isSocialRoiError(error)) return error.problem.code;
    throw error;
  }
}

function fieldsOf(record: Observation | SpendEntry): Map<string, string> {
  const fields = new Map<string, string>();
  for (const [key, value] of Object.entries(record)) {
    if (key === 'sums') (value as Float64Array).forEach((sum, i) => fields.set(COUNT_KEYS[i]!, String(sum)));
    else if (key !== 'file' && key !== 'line') fields.set(key, String(value));
  }
  return fields;
}

function changedRole(before: Map<string, string>, after: Map<string, string>): string | null {
  const changed = [...before.keys()].filter((key) => before.get(key) !== after.get(key));
  if (changed.includes('start') && changed.includes('end')) return 'date';
  if (changed.length === 0) return null;
  return changed.map((key) => (key === 'start' ? 'start date' : key === 'end' ? 'end date' : key)).join(' + ');
}

/** A changed cell that makes the row unreadable says what the column was: its kind of value. */
const ROLE_OF_REFUSAL: Readonly<Record<string, string>> = {
  INPUT_BAD_DATE: 'date',
  INPUT_MIXED_DATE_FORMATS: 'date',
  INPUT_RANGE_REVERSED: 'date',
  INPUT_BAD_CURRENCY: 'currency',
  INPUT_BAD_CHANNEL: 'channel',
  INPUT_BAD_CATEGORY: 'category',
};

function refusalRole(code: string): string {
  return ROLE_OF_REFUSAL[code] ?? `read (${code})`;
}
