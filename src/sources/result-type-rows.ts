import { parseUnits } from '../ingest/numbers.js';
import { note } from '../model/problem.js';
import type { OpenContext, RowSink, SourceOutput } from './source.js';
import { withNote } from './wrap-source.js';

/** What a Meta `Result type` says the row's `Results` are. */
export type ResultKind = 'purchase' | 'conversion' | 'lead' | 'other';

/**
 * Words of the result types that are conversions (METRICS.md: purchases, sign-ups), in English and
 * French, whatever prefixes the objective adds (`Website purchases`, `Meta purchases`, `Achats sur le
 * site web`), and leads (`On-Facebook leads`, `Prospects`), which count as leads where the file has
 * no Leads column of its own. Clicks, reach, views, engagement and the like are not results of any
 * value here.
 */
const PURCHASE = /\b(purchases?|achats?)\b/i;
const CONVERSION = /\b(registrations?|inscriptions?|subscriptions?|trials?|conversions?)\b/i;
const LEAD = /\b(leads?|prospects?)\b/i;

export function resultKind(type: string): ResultKind {
  if (PURCHASE.test(type)) return 'purchase';
  if (CONVERSION.test(type)) return 'conversion';
  if (LEAD.test(type)) return 'lead';
  return 'other';
}

export interface ResultColumns {
  results: number;
  /** -1 when the file has no Result type column: its Results then say nothing that can be counted. */
  type: number;
  /** The column purchases are read from, when the file has one (`Purchases`); -1 otherwise. */
  purchases: number;
  /**
   * Where lead results go when the file has no Leads column: a column added after the file's own,
   * which the reader reads as leads; -1 when the file has its own (lead results repeat it).
   */
  leads: number;
}

/**
 * Meta's `Results` counts whatever the campaign's objective is, named by `Result type` on each row:
 * link clicks, reach, leads or purchases. Only conversions are conversions, so the Results cell is
 * passed on to the generic reader (which adds it to conversions) only on those rows, and blanked on
 * the others. Purchase results are the Purchases column's figures over again: counted from Results
 * only when the file has no such column.
 */
export class ResultTypeRows implements RowSink {
  private readonly kinds = new Map<string, ResultKind>();
  private readonly counted = { rows: 0, types: new Set<string>() };
  private readonly left = { rows: 0, types: new Set<string>() };
  private purchasesLeft = false;

  constructor(
    private readonly sink: RowSink,
    private readonly columns: ResultColumns,
    private readonly headers: readonly string[],
    private readonly context: OpenContext,
  ) {}

  row(cells: readonly string[], line: number): void {
    const value = parseUnits(cells[this.columns.results]!, this.context.decimal);
    // Empty, zero or unreadable (the generic reader reports those): nothing to decide.
    if (typeof value !== 'number' || value === 0) {
      this.sink.row(this.withLeads(cells, ''), line);
      return;
    }
    const type = this.columns.type >= 0 ? cells[this.columns.type]!.trim() : '';
    const kind = this.kindOf(type);
    if (kind === 'conversion' || (kind === 'purchase' && this.columns.purchases < 0)) {
      this.counted.rows++;
      this.counted.types.add(type);
      this.sink.row(this.withLeads(cells, ''), line);
      return;
    }
    const asLeads = kind === 'lead' && this.columns.leads >= 0;
    if (asLeads) {
      this.counted.rows++;
      this.counted.types.add(type);
    } else {
      this.left.rows++;
      this.left.types.add(type);
    }
    if (kind === 'purchase') this.purchasesLeft = true;
    const passed = this.columns.leads >= 0 ? [...cells, asLeads ? cells[this.columns.results]! : ''] : [...cells];
    passed[this.columns.results] = '';
    this.sink.row(passed, line);
  }

  /** The row, with the added leads column when there is one (a copy only then: rows are many). */
  private withLeads(cells: readonly string[], leads: string): readonly string[] {
    return this.columns.leads >= 0 ? [...cells, leads] : cells;
  }

  private kindOf(type: string): ResultKind {
    let kind = this.kinds.get(type);
    if (kind === undefined) {
      kind = resultKind(type);
      this.kinds.set(type, kind);
    }
    return kind;
  }

  finish(): SourceOutput {
    const output = this.sink.finish();
    if (this.counted.rows + this.left.rows === 0) return output;
    const { results, type, purchases } = this.columns;
    const params = {
      column: this.headers[results]!.trim(),
      typeColumn: type >= 0 ? this.headers[type]!.trim() : '',
      counted: this.counted.rows,
      countedTypes: listed(this.counted.types),
      left: this.left.rows,
      leftTypes: listed(this.left.types),
      purchases: this.purchasesLeft ? this.headers[purchases]!.trim() : '',
    };
    return withNote(output, note('result-type-rows', params, { file: this.context.file }));
  }
}

/** Types as they are written, sorted; an empty type shows as `""` so that it is seen. */
function listed(types: ReadonlySet<string>): string {
  return [...types]
    .map((type) => (type === '' ? '""' : type))
    .sort()
    .join(', ');
}
