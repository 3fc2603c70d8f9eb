import { chooseDecimalMark } from '../ingest/decimal-mark.js';
import type { DecimalMark } from '../ingest/numbers.js';
import { inputError, type Problem, warning } from '../model/problem.js';
import type { RowPolicy } from '../sources/row-skips.js';
import type { OpenContext, RowSink, SourceOutput } from '../sources/source.js';
import type { FileResult, FileSummary, ReadOptions, TableHeader } from './read-types.js';

/** Rows looked at before the decimal mark is decided; the rest are checked against that decision. */
const SNIFF_ROWS = 200;
/** Rows between two progress reports. */
const PROGRESS_EVERY = 100_000;

/**
 * Hands a table's records, header first, to the source's sink with their line numbers, whatever
 * they were parsed from. The decimal mark is decided from the first rows, so rows wait until then.
 */
export class TableReader {
  private headers: string[] | null = null;
  private sink: RowSink | null = null;
  private pending: { cells: string[]; line: number }[] = [];
  private records = 0;
  decimalMark: DecimalMark = '.';
  private readonly repeatedHeaders: Problem[] = [];

  constructor(
    readonly file: string,
    readonly found: TableHeader,
    private readonly options: ReadOptions,
    readonly policy: RowPolicy,
  ) {}

  record(cells: string[], line: number): void {
    if (++this.records % PROGRESS_EVERY === 0) this.options.onProgress?.(this.file, this.records);
    if (this.headers === null) {
      this.headers = cells;
      return;
    }
    if (isBlank(cells)) return;
    if (this.sink) {
      this.deliver(this.sink, cells, line);
      return;
    }
    this.pending.push({ cells, line });
    if (this.pending.length >= SNIFF_ROWS) this.openSink();
  }

  /** What the rows add up to, with the table's own warnings (skipped rows, repeated header, no rows). */
  finish(): SourceOutput {
    if (!this.sink) this.openSink();
    const output = this.sink!.finish();
    output.warnings.push(...this.repeatedHeaders, ...this.policy.warnings(this.file));
    if (output.rows === 0 && output.totalsRowsSkipped === 0) output.warnings.push(warning('no-data-rows', {}, { file: this.file }));
    return output;
  }

  /** Checked here rather than on arrival, so that problems surface in file order even while rows wait. */
  private deliver(sink: RowSink, cells: string[], line: number): void {
    if (this.isRepeatedHeader(cells, line) || !this.hasExpectedWidth(cells, line)) return;
    sink.row(cells, line);
  }

  private openSink(): void {
    const headers = this.headers ?? [];
    const { found } = this;
    // A sheet's numbers are typed cells, written out with a dot whatever the UI language.
    this.decimalMark =
      found.delimiter === null
        ? '.'
        : (found.match.stated?.decimal ??
          chooseDecimalMark(
            this.pending.map((p) => p.cells),
            found.match.numericColumns,
            found.match.language,
            found.delimiter,
          ));
    const context: OpenContext = {
      file: this.file,
      decimal: this.decimalMark,
      campaignNames: this.options.campaignNames,
      preamble: found.preamble,
      headerLine: found.lineIndex + 1,
      policy: this.policy,
    };
    const sink = found.source.open(headers, found.match, context);
    this.sink = sink;
    for (const { cells, line } of this.pending) this.deliver(sink, cells, line);
    this.pending = [];
  }

  /** A trailing delimiter on every line gives an empty extra cell: harmless. Anything else is ragged. */
  private hasExpectedWidth(cells: string[], line: number): boolean {
    const expected = this.headers!.length;
    if (cells.length === expected) return true;
    if (cells.length > expected && cells.slice(expected).every((c) => c.trim() === '')) {
      cells.length = expected;
      return true;
    }
    const column = Math.min(cells.length, expected) + 1;
    this.policy.reject(inputError('CSV_FIELD_COUNT', { expected, found: cells.length }, { file: this.file, line, column }));
    return false;
  }

  /** Exports joined into one file repeat their header: that line is skipped, and said. */
  private isRepeatedHeader(cells: readonly string[], line: number): boolean {
    // A joined file repeats the header exactly; the first cell settles it for almost every row.
    const headers = this.headers!;
    if (cells.length !== headers.length || cells[0] !== headers[0] || !cells.every((cell, i) => cell === headers[i])) return false;
    this.repeatedHeaders.push(warning('header-repeated', { line }, { file: this.file, line }));
    return true;
  }
}

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

/** What a finished table was read as, and how. */
export function tableResult(
  reader: TableReader,
  output: SourceOutput,
  read: { fingerprint: string; encoding: FileSummary['encoding'] },
): FileResult {
  const { file, found } = reader;
  return {
    fingerprint: read.fingerprint,
    summary: {
      file,
      kind: found.source.id,
      label: found.source.label,
      encoding: read.encoding,
      delimiter: found.delimiter ?? 'cells',
      headerLine: found.lineIndex + 1,
      decimalMark: reader.decimalMark,
      dateFormat: output.dateFormat,
      rows: output.rows,
      totalsRowsSkipped: output.totalsRowsSkipped,
      skippedRows: reader.policy.skippedRows,
      currencies: output.currencies,
    },
    output,
  };
}
