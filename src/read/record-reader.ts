import { once } from 'node:events';
import { CsvError, type Parser, parse } from 'csv-parse';
import { SocialRoiError } from '../model/errors.js';
import { inputError, type Location } from '../model/problem.js';
import type { RowPolicy } from '../sources/row-skips.js';
import type { SourceOutput } from '../sources/source.js';
import type { HeaderFound } from './find-header.js';
import type { ReadOptions } from './read-types.js';
import { TableReader } from './table-reader.js';

/**
 * Drives csv-parse over one file and hands each record to the table reader with its physical line
 * number. Records are read in the 'data' listener, where `parser.info.lines` is the line the record
 * ends on at no cost (csv-parse's own `info` option costs about 30 %).
 */
export class RecordReader {
  private readonly parser: Parser;
  private readonly lineOffset: number;
  private lastEndLine: number;
  private failure: unknown = null;
  readonly table: TableReader;

  constructor(
    private readonly file: string,
    found: HeaderFound,
    private readonly options: ReadOptions,
    policy: RowPolicy,
  ) {
    this.table = new TableReader(file, found, options, policy);
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
    return this.table.finish();
  }

  private record(cells: string[], endLine: number): void {
    // Only a record after a gap (blank lines, or newlines inside quotes) needs its start line worked out.
    const line = endLine - this.lastEndLine === 1 ? endLine : endLine - countLineBreaks(cells);
    this.lastEndLine = endLine;
    // Two files joined with `cat` leave the second one's BOM at the start of a line.
    if (cells[0]!.charCodeAt(0) === 0xfeff) cells[0] = cells[0]!.slice(1);
    this.table.record(cells, line);
  }

  private translate(error: unknown): unknown {
    if (!(error instanceof CsvError)) return error;
    const recordStart: Location = { file: this.file, line: this.lastEndLine + 1 };
    switch (error.code) {
      case 'CSV_QUOTE_NOT_CLOSED':
        return new SocialRoiError(inputError('CSV_QUOTE_NOT_CLOSED', {}, recordStart));
      case 'CSV_MAX_RECORD_SIZE':
        return new SocialRoiError(inputError('CSV_RECORD_TOO_LARGE', { limit: this.options.maxRecordChars }, recordStart));
      case 'CSV_INVALID_CLOSING_QUOTE':
        return new SocialRoiError(
          inputError('CSV_BAD_QUOTE', {}, { file: this.file, line: lineOf(error, this.lineOffset) ?? recordStart.line }),
        );
      default:
        return new SocialRoiError(inputError('CSV_SYNTAX', { reason: error.message }, recordStart));
    }
  }
}

function lineOf(error: CsvError, offset: number): number | undefined {
  const lines = (error as unknown as { lines?: unknown }).lines;
  return typeof lines === 'number' ? lines + offset : undefined;
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
