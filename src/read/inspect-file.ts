import type { Readable } from 'node:stream';
import type { HeaderLanguage } from '../model/header-language.js';
import type { Problem } from '../model/problem.js';
import { spanOf } from '../sources/period-rows.js';
import type { HeaderMatch, Source } from '../sources/source.js';
import { duplicateHeaderNotes } from './duplicate-headers.js';
import { rankHeader } from './find-header.js';
import type { InputRef } from './list-inputs.js';
import { DEFAULT_MAX_RECORD_CHARS, readInputFile } from './read-file.js';
import type { FileResult, FileSummary, SheetLeftOut } from './read-types.js';

interface Candidate {
  kind: string;
  label: string;
  confidence: number;
}

interface ColumnUse {
  /** 1-based, as in messages. */
  column: number;
  header: string;
  /** The role or metric the column is read as; null when nothing reads it. */
  readAs: string | null;
}

interface SkippedRows {
  reason: string;
  rows: number;
  lines: string;
}

/** Why the dates were read in their order: the values settle it, or a default had to. */
export type DateBasis = 'iso' | 'names' | 'values' | 'ui-language' | 'decimal-mark' | 'preamble' | 'mapping';

export interface Inspection {
  summary: FileSummary;
  language: HeaderLanguage;
  dateBasis: DateBasis | null;
  /** Every kind whose header rules the header line passes, best first: the first is the one used. */
  candidates: Candidate[];
  columns: ColumnUse[];
  period: { start: string; end: string } | null;
  skipped: SkippedRows[];
  warnings: Problem[];
  /** What the reading did about the export's quirks (rows spread over a week, repeats left out). */
  notes: Problem[];
}

export interface InspectOptions {
  sources: readonly Source[];
  /** Kinds that mapping files describe, tried on a file none of `sources` recognises. */
  mapped?: readonly Source[];
  /** What the path `-` reads. */
  stdin?: Readable;
}

/** The header the source was given when the file was opened, and how it matched it. */
interface Capture {
  headers: readonly string[];
  match: HeaderMatch;
  preamble: readonly string[];
}

/**
 * Reads the file as `report --lenient` would, and keeps what is needed to explain that reading: one
 * explanation for a CSV file, one for each sheet of a workbook, in order (those left out say why).
 */
export async function inspectFile(input: InputRef, options: InspectOptions): Promise<(Inspection | SheetLeftOut)[]> {
  const captured = new Map<string, Capture>();
  const parts = await readInputFile(input, {
    sources: options.sources.map((source) => capturing(source, captured)),
    mapped: (options.mapped ?? []).map((source) => capturing(source, captured)),
    campaignNames: false,
    lenient: true,
    maxRecordChars: DEFAULT_MAX_RECORD_CHARS,
    ...(options.stdin ? { stdin: options.stdin } : {}),
  });
  return parts.map((part) => ('summary' in part ? explain(part, captured.get(part.summary.file)!, input, options) : part));
}

function explain({ summary, output }: FileResult, capture: Capture, input: InputRef, options: InspectOptions): Inspection {
  const skips = output.warnings.filter((w) => w.code === 'rows-skipped');
  return {
    summary,
    language: capture.match.language,
    dateBasis: capture.match.stated?.dateOrder ? 'mapping' : dateBasis(summary.dateFormat, output.warnings),
    // A mapping is tried only when no built-in kind fits, so it ranks after them whatever its confidence.
    candidates: [
      ...rankHeader(capture.headers, options.sources, capture.preamble),
      ...rankHeader(
        capture.headers,
        (options.mapped ?? []).filter((source) => source.fitsFile?.(input.name) ?? true),
        capture.preamble,
      ),
    ].map(({ source, match }) => ({
      kind: source.id,
      label: source.label,
      confidence: match.confidence,
    })),
    columns: capture.headers.map((header, i) => ({ column: i + 1, header, readAs: capture.match.roles[i] ?? null })),
    period: spanOf([
      ...output.observations,
      ...output.spendEntries,
      ...[...(output.audience ?? []), ...(output.survey ?? [])].map((dated) => ({ start: dated.date, end: dated.date })),
    ]),
    skipped: skips.map((w) => ({ reason: String(w.params.reason), rows: Number(w.params.count), lines: String(w.params.lines) })),
    warnings: output.warnings.filter((w) => w.code !== 'rows-skipped'),
    notes: [...duplicateHeaderNotes(capture.headers, capture.match.roles, summary.file), ...(output.notes ?? [])],
  };
}

/** The same source, seen through: the header it was given and its match are kept, by table. */
function capturing(source: Source, captured: Map<string, Capture>): Source {
  return {
    ...source,
    id: source.id,
    label: source.label,
    match: (headers, preamble) => source.match(headers, preamble),
    open(headers, match, context) {
      captured.set(context.file, { headers, match, preamble: context.preamble });
      return source.open(headers, match, context);
    },
  };
}

function dateBasis(format: string | null, warnings: readonly Problem[]): DateBasis | null {
  if (format === null) return null;
  if (format === 'YYYY-MM-DD') return 'iso';
  if (format === 'dates with month names') return 'names';
  if (format === 'range stated above the header') return 'preamble';
  const assumed = warnings.find((w) => w.code === 'ambiguous-dates');
  if (!assumed) return 'values';
  return assumed.params.basis === 'numbers' ? 'decimal-mark' : 'ui-language';
}
