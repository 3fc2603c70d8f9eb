import type { Readable } from 'node:stream';
import type { Encoding } from '../ingest/decode.js';
import type { DecimalMark } from '../ingest/numbers.js';
import type { Delimiter } from '../ingest/split-line.js';
import type { LoadedMapping } from '../sources/mapped-source.js';
import type { HeaderMatch, Source, SourceOutput } from '../sources/source.js';

/** What one input holds: a CSV file is one table; a workbook has one per sheet, some of them left out. */
export type InputPart = FileResult | SheetLeftOut;

/** How files are read: the same for every file of a run, and sent as data to worker threads. */
export interface ReadSettings {
  /** Whether the report is by campaign: the readers then keep campaign names (read/ingest.ts says when else). */
  campaignNames: boolean;
  /** Skip and count bad rows instead of stopping at the first. */
  lenient: boolean;
  maxRecordChars: number;
  /** The mapping files' mappings, as data: each reader thread makes its kinds from them. */
  mappings?: readonly LoadedMapping[];
}

export interface ReadOptions extends ReadSettings {
  sources: readonly Source[];
  /** Kinds that mapping files describe: tried, in order, on a file that none of `sources` recognises. */
  mapped?: readonly Source[];
  /** Told the rows read so far, now and then, for a progress line on long runs. */
  onProgress?: (file: string, rows: number) => void;
  /** What the path `-` reads: the command's standard input, handed down from the CLI. */
  stdin?: Readable;
}

/** The header of a table (a CSV file or a workbook's sheet) and the source that recognised it. */
export interface TableHeader {
  source: Source;
  match: HeaderMatch;
  /** null for a workbook's sheet, whose values come in cells. */
  delimiter: Delimiter | null;
  /** 0-based index of the header among the table's lines (a sheet's rows). */
  lineIndex: number;
  preamble: string[];
}

/** A workbook's container, in place of a text encoding: its sheets hold cells, not text. */
export type WorkbookFormat = 'xlsx' | 'xls';

export interface FileSummary {
  /** The path as given (`<stdin>`), and for a workbook's sheet its name in brackets. */
  file: string;
  kind: string;
  label: string;
  encoding: Encoding | WorkbookFormat;
  /** `cells` for a workbook's sheet. */
  delimiter: Delimiter | 'cells';
  headerLine: number;
  decimalMark: DecimalMark;
  dateFormat: string | null;
  rows: number;
  totalsRowsSkipped: number;
  /** Rows left out under --lenient, all reasons together (the warnings say which and where). */
  skippedRows: number;
  currencies: string[];
}

export interface FileResult {
  /** A digest of the file's bytes (and sheet): the same export given twice is read once. */
  fingerprint: string;
  summary: FileSummary;
  output: SourceOutput;
}

/** A sheet that holds nothing this tool reads (a demographic breakdown, a list of posts): said by inspect only. */
export interface SheetLeftOut {
  /** The workbook and the sheet, as messages name them. */
  file: string;
  sheet: string;
  reason: 'empty' | 'unknown-header';
  /** Its first non-blank row, for a reader to see what it holds. */
  first: string;
}
