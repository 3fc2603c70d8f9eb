import type { DateOrder } from '../ingest/dates.js';
import type { DecimalMark } from '../ingest/numbers.js';
import type { HeaderLanguage } from '../model/header-language.js';
import type { Problem } from '../model/problem.js';
import type { AudienceReading, Observation, SentimentReading, SpendEntry, SurveyAnswer } from '../model/records.js';
import type { RowPolicy } from './row-skips.js';

export interface HeaderMatch {
  /** 0–1: the share of the source's known columns that the header has. */
  confidence: number;
  language: HeaderLanguage;
  /** Column indexes of the numeric columns, for sniffing the decimal mark from the first rows. */
  numericColumns: readonly number[];
  /** What each column is read as (a metric, `date`, `campaign`…), by column index; absent: not read. */
  roles: Readonly<Record<number, string>>;
  /** What a mapping file states about the numbers and dates: taken as said, never judged from the values. */
  stated?: { decimal?: DecimalMark; dateOrder?: DateOrder };
}

export interface OpenContext {
  file: string;
  decimal: DecimalMark;
  /**
   * Keep campaign names, for a report by campaign or to tell a repeated download from another
   * account's (read/overlapping-files.ts); otherwise rows fold by channel, with fewer groups to hold.
   */
  campaignNames: boolean;
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
  /** The project's own outcomes and survey files give these; a suite export may give audience readings too. */
  audience?: AudienceReading[];
  sentiment?: SentimentReading[];
  survey?: SurveyAnswer[];
  warnings: Problem[];
  /** What the reader did about the export's quirks (`info` problems): `inspect` shows them, the report does not. */
  notes?: Problem[];
  rows: number;
  totalsRowsSkipped: number;
  /** How dates were read, e.g. `M/D/YYYY`, for the files summary. */
  dateFormat: string | null;
  currencies: string[];
}

interface Resemblance {
  found: number;
  known: number;
}

/** Receives a file's records one by one, then says what they add up to. */
export interface RowSink {
  row(cells: readonly string[], line: number): void;
  finish(): SourceOutput;
}

export interface Source {
  id: string;
  label: string;
  /** `preamble`: the lines above the header, for a kind that names there what its header does not. */
  match(headers: readonly string[], preamble: readonly string[]): HeaderMatch | undefined;
  open(headers: readonly string[], match: HeaderMatch, context: OpenContext): RowSink;
  /** For a kind a mapping file limits to some file names (`crm-*.csv`): whether this file is one. */
  fitsFile?(file: string): boolean;
  /**
   * How many of this kind's known columns a header has, even one the kind does not recognise, and
   * out of how many: names the closest kind when a file is of none.
   */
  resemblance?(headers: readonly string[]): Resemblance;
}
