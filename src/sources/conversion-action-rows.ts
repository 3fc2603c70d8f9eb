import { parseUnits } from '../ingest/numbers.js';
import { inputError, note } from '../model/problem.js';
import type { OpenContext, RowSink, SourceOutput } from './source.js';
import { isTotalsLabel } from './totals-rows.js';
import { withNote } from './wrap-source.js';

/** Where the rows of a report split by conversion action keep what they need. */
export interface ActionColumns {
  action: number;
  /** -1 when the file has none. */
  campaign: number;
  /** The columns that say what a row is about besides its action: campaign, day, currency, ad group… */
  key: readonly number[];
  /** Figures of the campaign and day, repeated on each action's row (cost, impressions, clicks). */
  repeated: readonly number[];
}

interface Kept {
  /** The first non-zero value of each repeated column (0: none yet), as written, and its line. */
  values: number[];
  written: string[];
  lines: number[];
}

/**
 * Google Ads segmented by conversion action writes one row per campaign, day and action.
 * Conversions and their value belong to the action and add up across rows; cost, impressions and
 * clicks belong to the campaign and day, and each action's row repeats them (or shows them once and
 * 0 elsewhere). The first non-zero value of each is kept and its repeats are blanked before the
 * generic reader sums the row; a row that disagrees with it is an error naming both lines.
 */
export class ConversionActionRows implements RowSink {
  private readonly kept = new Map<string, Kept>();
  private readonly actions = new Set<string>();
  private readonly parsed: number[];

  constructor(
    private readonly sink: RowSink,
    private readonly columns: ActionColumns,
    private readonly headers: readonly string[],
    private readonly context: OpenContext,
  ) {
    this.parsed = columns.repeated.map(() => 0);
  }

  row(cells: readonly string[], line: number): void {
    const { campaign, key: keyColumns, repeated, action } = this.columns;
    // Totals rows are the generic reader's to skip: they repeat nothing.
    if (isTotalsLabel(cells[0]!) || (campaign >= 0 && isTotalsLabel(cells[campaign]!))) {
      this.sink.row(cells, line);
      return;
    }
    const key = keyColumns.map((column) => cells[column]!.trim()).join('\u001f');
    let kept = this.kept.get(key);
    if (kept === undefined) {
      kept = { values: repeated.map(() => 0), written: repeated.map(() => ''), lines: repeated.map(() => 0) };
      this.kept.set(key, kept);
    }
    // A cell that is not a number is the generic reader's to report: it counts as 0 here.
    repeated.forEach((column, i) => {
      const value = parseUnits(cells[column]!, this.context.decimal);
      this.parsed[i] = typeof value === 'number' ? value : 0;
    });
    const differs = this.parsed.findIndex((value, i) => value !== 0 && kept.values[i] !== 0 && kept.values[i] !== value);
    if (differs >= 0) {
      const column = repeated[differs]!;
      const params = {
        column: this.headers[column]!.trim(),
        value: cells[column]!.trim(),
        first: kept.written[differs]!,
        line: kept.lines[differs]!,
        by: this.headers[action]!.trim(),
      };
      this.context.policy.reject(inputError('INPUT_REPEATED_VALUE_DIFFERS', params, { file: this.context.file, line, column: column + 1 }));
      return;
    }
    this.actions.add(cells[action]!.trim());
    this.sink.row(this.withoutRepeats(cells, line, kept), line);
  }

  /** The row with its repeats of kept values blanked; its first non-zero values become the kept ones. */
  private withoutRepeats(cells: readonly string[], line: number, kept: Kept): readonly string[] {
    let passed: string[] | undefined;
    this.columns.repeated.forEach((column, i) => {
      const value = this.parsed[i]!;
      if (value === 0) return;
      if (kept.values[i] === 0) {
        kept.values[i] = value;
        kept.written[i] = cells[column]!.trim();
        kept.lines[i] = line;
        return;
      }
      passed ??= [...cells];
      passed[column] = '';
    });
    return passed ?? cells;
  }

  finish(): SourceOutput {
    const output = this.sink.finish();
    if (this.actions.size === 0) return output;
    const params = {
      column: this.headers[this.columns.action]!.trim(),
      actions: this.actions.size,
      repeated: this.columns.repeated.map((column) => this.headers[column]!.trim()).join(', '),
    };
    return withNote(output, note('conversion-action-rows', params, { file: this.context.file }));
  }
}
