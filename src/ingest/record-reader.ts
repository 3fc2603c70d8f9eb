import { once } from 'node:events';
import { parse, CsvError, type Parser } from 'csv-parse';
import { SocialRoiError } from '../errors.js';
import { inputError, warning, type Location, type Problem } from '../model/problem.js';
import type { RowPolicy } from '../sources/row-skips.js';
import type { OpenContext, RowSink, SourceOutput } from '../sources/source.js';
import { chooseDecimalMark } from './decimal-mark.js';
import type { HeaderFound } from './find-header.js';
import type { DecimalMark } from './numbers.js';
import type { ReadOptions } from './read-file.js';

/** Rows looked at before the decimal mark is decided; the rest are checked against that decision. */
const SNIFF_ROWS = 200;
/** Rows between two progress reports. */
const PROGRESS_EVERY = 100_000;

/**
 * Drives csv-parse over one file and hands each record to the source's sink with its physical line
 * number. Records are read in the 'data' listener, where `parser.info.lines` is the line the record
 * ends on at no cost (csv-parse's own `info` option costs about 30 %).
 */
export class RecordReader {
  private readonly parser: Parser;
  private readonly lineOffset: number;
  private headers: string[] | null = null;
  private sink: RowSink | null = null;
  private pending: { cells: string[]; line: number }[] = [];
  private lastEndLine: number;
  private failure: unknown = null;
  decimalMark: DecimalMark = '.';

  constructor(
    private readonly file: string,
    private readonly found: HeaderFound,
    private readonly options: ReadOptions,
    readonly policy: RowPolicy,
  ) {
    this.lineOffset = found.lineIndex;
    this.lastEndLine = found.lineIndex;
    this.parser = parse({
      delimiter: found.delimiter,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: options.maxRecordChars,
      record_delimiter: ['\r\n', '\n', '\r'],
    });
    this.parser.on('data', (cells: string[]) => {
      if (this.failure) return;
      try {
        this.record(cells, this.parser.info.lines + this.lineOffset);
      } catch (error) {
        this.failure = error;
      }
    });
    this.parser.on('error', (error) => {
      this.failure ??= this.translate(error);
    });
  }

  async feed(chunk: string | Buffer): Promise<void> {
    if (this.failure) throw this.failure;
    if (chunk.length === 0) return;
    const ok = this.parser.write(chunk);
    if (this.failure) throw this.failure;
    // A parser error also ends the wait: `failure` then holds it, translated.
    if (!ok) await Promise.race([once(this.parser, 'drain'), once(this.parser, 'close')]).catch(() => undefined);
    if (this.failure) throw this.failure;
  }

  async end(): Promise<SourceOutput> {
    const finished = Promise.race([once(this.parser, 'end'), once(this.parser, 'close')]).catch(() => undefined);
    this.parser.end();
    await finished;
    if (this.failure) throw this.failure;
    if (!this.sink) this.openSink();
    return this.sink!.finish();
  }

  private records = 0;

  private record(cells: string[], endLine: number): void {
    if (++this.records % PROGRESS_EVERY === 0) this.options.onProgress?.(this.file, this.records);
    // Only a record after a gap (blank lines, or newlines inside quotes) needs its start line worked out.
    const line = endLine - this.lastEndLine === 1 ? endLine : endLine - countLineBreaks(cells);
    this.lastEndLine = endLine;
    // Two files joined with `cat` leave the second one's BOM at the start of a line.
    if (cells[0]!.charCodeAt(0) === 0xfeff) cells[0] = cells[0]!.slice(1);
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

  /** Checked here rather than on arrival, so that problems surface in file order even while rows wait. */
  private deliver(sink: RowSink, cells: string[], line: number): void {
    if (this.isRepeatedHeader(cells, line) || !this.hasExpectedWidth(cells, line)) return;
    sink.row(cells, line);
  }

  private openSink(): void {
    const headers = this.headers ?? [];
    const { found } = this;
    this.decimalMark = chooseDecimalMark(
      this.pending.map((p) => p.cells),
      found.match.numericColumns,
      found.match.language,
      found.delimiter,
    );
    const context: OpenContext = {
      file: this.file,
      decimal: this.decimalMark,
      keepCampaign: this.options.keepCampaign,
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

  readonly repeatedHeaders: Problem[] = [];

  private translate(error: unknown): unknown {
    if (!(error instanceof CsvError)) return error;
    const recordStart: Location = { file: this.file, line: this.lastEndLine + 1 };
    switch (error.code) {
      case 'CSV_QUOTE_NOT_CLOSED':
        return new SocialRoiError(inputError('CSV_QUOTE_NOT_CLOSED', {}, recordStart));
      case 'CSV_MAX_RECORD_SIZE':
        return new SocialRoiError(inputError('CSV_RECORD_TOO_LARGE', { limit: this.options.maxRecordChars }, recordStart));
      case 'CSV_INVALID_CLOSING_QUOTE':
        return new SocialRoiError(inputError('CSV_BAD_QUOTE', {}, { file: this.file, line: lineOf(error, this.lineOffset) ?? recordStart.line }));
      default:
        return new SocialRoiError(inputError('CSV_SYNTAX', { reason: error.message }, recordStart));
    }
  }
}

function lineOf(error: CsvError, offset: number): number | undefined {
  const lines = (error as unknown as { lines?: unknown }).lines;
  return typeof lines === 'number' ? lines + offset : undefined;
}

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

function countLineBreaks(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) {
    for (let i = 0; i < cell.length; i++) {
      const c = cell.charCodeAt(i);
      if (c === 10 || (c === 13 && cell.charCodeAt(i + 1) !== 10)) count++;
    }
  }
  return count;
}
