import { parseUnits } from '../ingest/numbers.js';
import { isSocialRoiError, SocialRoiError } from '../model/errors.js';
import type { Channel } from '../model/metrics.js';
import { type ErrorCode, inputError, type Location, type Problem } from '../model/problem.js';
import type { Binding } from './bind-columns.js';
import { parseChannelName } from './channel-names.js';
import { type DateColumn, type FirstSeen, resolveDateColumn } from './date-column.js';
import type { OpenContext, RowSink, SourceOutput } from './source.js';

/**
 * The project's own files (ledger, outcomes, survey) are written by hand, so every cell is checked
 * and any error names its line and column. Dates stay raw until the whole file has been seen: D/M
 * or M/D is decided once for the column.
 */
export abstract class HandWrittenFold<Role extends string> implements RowSink {
  private readonly datesSeen = new Map<string, FirstSeen>();

  constructor(
    protected readonly headers: readonly string[],
    protected readonly binding: Binding<Role>,
    protected readonly context: OpenContext,
  ) {}

  row(cells: readonly string[], line: number): void {
    try {
      this.readRow(cells, line);
    } catch (error) {
      if (!isSocialRoiError(error)) throw error;
      this.context.policy.reject(error.problem);
    }
  }

  /** Reads one line; every check throws before anything is kept, so a rejected line leaves no trace. */
  protected abstract readRow(cells: readonly string[], line: number): void;

  abstract finish(): SourceOutput;

  /** The raw date of a cell, remembered for the column's format decision; undefined when blank and optional. */
  protected date(cells: readonly string[], column: number, line: number, required: boolean): string | undefined {
    const raw = cells[column]!.trim();
    if (raw === '') {
      if (!required) return undefined;
      this.fail('INPUT_MISSING_VALUE', { column: this.headers[column]!.trim() }, line, column);
    }
    if (!this.datesSeen.has(raw)) this.datesSeen.set(raw, { line, column });
    return raw;
  }

  /** A hand-written file has no UI language: its numbers say which locale it was written in. */
  protected resolveDates(): DateColumn {
    return resolveDateColumn(this.datesSeen, {
      file: this.context.file,
      headers: this.headers,
      fallback: this.context.decimal === ',' ? 'dmy' : 'mdy',
      basis: 'numbers',
    });
  }

  protected channel(cells: readonly string[], column: number, line: number): Channel | 'all' {
    const channel = parseChannelName(cells[column]!);
    if (channel) return channel;
    return this.fail('INPUT_BAD_CHANNEL', { value: cells[column]!.trim() }, line, column);
  }

  /** A number in exact units, or null for a blank cell. */
  protected number(cells: readonly string[], column: number, line: number): number | null {
    const value = parseUnits(cells[column]!, this.context.decimal);
    if (value === null || typeof value === 'number') return value;
    const code = value.reason === 'syntax' ? 'INPUT_BAD_NUMBER' : 'INPUT_NUMBER_TOO_LARGE';
    return this.fail(
      code,
      { column: this.headers[column]!.trim(), value: cells[column]!, decimal: this.context.decimal, reason: value.reason },
      line,
      column,
    );
  }

  protected fail(code: ErrorCode, params: Problem['params'], line: number, column: number): never {
    throw new SocialRoiError(inputError(code, params, this.at(line, column)));
  }

  protected at(line: number, column: number): Location {
    return { file: this.context.file, line, column: column + 1 };
  }
}
