import type { DecimalMark } from '../ingest/numbers.js';
import type { Problem } from '../model/problem.js';
import type { Observation, SpendEntry } from '../model/records.js';
import type { RowPolicy } from './row-skips.js';

/** A language whose UI wording a header matched: it sets the defaults for ambiguous numbers and dates. */
export type HeaderLanguage = 'en' | 'fr' | 'nl';

export interface HeaderMatch {
  /** 0–1: the share of the source's known columns that the header has. */
  confidence: number;
  language: HeaderLanguage;
  /** Column indexes of the numeric columns, for sniffing the decimal mark from the first rows. */
  numericColumns: readonly number[];
  /** What each column is read as (a metric, `date`, `campaign`…), by column index; absent: not read. */
  roles: Readonly<Record<number, string>>;
}

export interface OpenContext {
  file: string;
  decimal: DecimalMark;
  /** Keep campaign names only when the report groups by campaign: fewer groups to hold otherwise. */
  keepCampaign: boolean;
  /** Lines above the header (Google Ads states the report's date range there). */
  preamble: readonly string[];
  /** 1-based line number of the header. */
  headerLine: number;
  /** Strict (row problems are fatal) or lenient (they skip the row, counted). */
  policy: RowPolicy;
}

export interface SourceOutput {
  observations: Observation[];
  spendEntries: SpendEntry[];
  warnings: Problem[];
  rows: number;
  totalsRowsSkipped: number;
  /** How dates were read, e.g. `M/D/YYYY`, for the files summary. */
  dateFormat: string | null;
  currencies: string[];
}

/** Receives a file's records one by one, then says what they add up to. */
export interface RowSink {
  row(cells: readonly string[], line: number): void;
  finish(): SourceOutput;
}

export interface Source {
  id: string;
  label: string;
  match(headers: readonly string[]): HeaderMatch | undefined;
  open(headers: readonly string[], match: HeaderMatch, context: OpenContext): RowSink;
}
