import { SocialRoiError } from '../errors.js';
import { NUMBER_FAILURE, parseUnits, type NumberFailure } from '../ingest/numbers.js';
import { MAX_UNITS } from '../model/exact.js';
import { METRIC_INDEX, MONEY_KEYS, emptySums, presenceOf, type MetricSums } from '../model/metrics.js';
import { inputError, warning, type ErrorCode, type Problem } from '../model/problem.js';
import type { Observation } from '../model/records.js';
import { assertUsedColumnsUnique, type Binding } from './bind-columns.js';
import { normalizeCurrency } from './currency-cell.js';
import { resolveDateColumn, type FirstSeen } from './date-column.js';
import { metricColumns, type ExportRole, type ExportSourceSpec } from './export-spec.js';
import type { HeaderMatch, OpenContext, RowSink, SourceOutput } from './source.js';
import { isTotalsLabel } from './totals-rows.js';

interface Entry {
  campaign: string | null;
  start: string;
  end: string;
  currency: string;
  sums: MetricSums;
  line: number;
  rows: number;
  /** Rows with a masked cell, and the first of them (0: none). */
  masked: number;
  maskedLine: number;
  /** Another entry with the same campaign and start date (another end date or currency). */
  next: Entry | undefined;
}

/** Folds rows into per-(campaign, dates, currency) sums as they arrive: memory follows groups, not rows. */
export class ExportFold implements RowSink {
  /** campaign → start date → entries. */
  private readonly entries = new Map<string, Map<string, Entry>>();
  private readonly datesSeen = new Map<string, FirstSeen>();
  private readonly warnings: Problem[] = [];
  private readonly columns: Int32Array;
  private readonly slots: Int32Array;
  /** One row's parsed values, reused from row to row. */
  private readonly scratch: Float64Array;
  private readonly moneySlot: Uint8Array;
  private readonly dateColumn: number;
  private readonly endColumn: number;
  private readonly campaignColumn: number;
  private readonly currencyColumn: number;
  private readonly presence: number;
  private readonly range: { start: string; end: string } | null;
  /** Index in `columns` of the column whose cells may be masked; -1 when none. */
  private readonly maskedIndex: number;
  private rowMasked = false;
  private rows = 0;
  private totalsRows = 0;
  private negativeMoney: { line: number; count: number } | null = null;

  constructor(
    private readonly spec: ExportSourceSpec,
    private readonly headers: readonly string[],
    binding: Binding<ExportRole>,
    private readonly match: HeaderMatch,
    private readonly context: OpenContext,
  ) {
    const metrics = metricColumns(binding);
    this.columns = Int32Array.from(metrics.map((bound) => bound.column));
    this.slots = Int32Array.from(metrics.map((bound) => METRIC_INDEX[bound.metric]));
    this.scratch = new Float64Array(metrics.length);
    this.moneySlot = Uint8Array.from(metrics.map((bound) => (MONEY_KEYS.has(bound.metric) ? 1 : 0)));
    this.presence = presenceOf(metrics.map((bound) => bound.metric));
    this.maskedIndex = spec.masked ? metrics.findIndex((bound) => bound.role === spec.masked!.column) : -1;
    this.dateColumn = binding.index.date ?? binding.index.start ?? -1;
    this.endColumn = binding.index.date !== undefined ? -1 : (binding.index.end ?? -1);
    this.campaignColumn = binding.index.campaign ?? -1;
    this.currencyColumn = binding.index.currency ?? -1;
    this.headerCurrency = binding.headerCurrency ?? '';
    this.range = this.dateColumn === -1 ? this.preambleRange() : null;
    const used = [...this.columns, this.dateColumn, this.endColumn, this.campaignColumn, this.currencyColumn].filter((c) => c >= 0);
    assertUsedColumnsUnique(headers, used, context.file, context.headerLine);
  }

  private readonly headerCurrency: string;

  private preambleRange(): { start: string; end: string } {
    const range = this.spec.rangeFromPreamble?.(this.context.preamble) ?? null;
    if (range) return range;
    throw new SocialRoiError(
      inputError('INPUT_MISSING_COLUMN', { source: this.spec.label, column: 'date' }, { file: this.context.file, line: this.context.headerLine }),
    );
  }

  row(cells: readonly string[], line: number): void {
    if (this.isTotalsRow(cells)) {
      this.totalsRows++;
      return;
    }
    // Everything is checked before anything is added, so a skipped row leaves no trace in the sums.
    const problem = this.readMetrics(cells, line) ?? this.readDates(cells, line) ?? this.readCampaign(cells, line);
    if (problem) {
      this.context.policy.reject(problem);
      return;
    }
    this.rows++;
    const { campaign, start, end } = this.current;
    const currency = this.currencyColumn >= 0 ? cells[this.currencyColumn]!.trim() : this.headerCurrency;
    const entry = this.entryFor(campaign, start, end, currency, line);
    entry.rows++;
    if (this.rowMasked) {
      entry.masked++;
      if (entry.maskedLine === 0) entry.maskedLine = line;
    }
    this.addMetrics(entry.sums, cells, line);
  }

  /**
   * The running sums for these keys, found by campaign then start date in nested maps: building and
   * hashing one joined key per row cost more than the rest of our per-row work. The end date and the
   * currency are almost always the same across a file, so they are checked on the entry found.
   */
  private entryFor(campaign: string | null, start: string, end: string, currency: string, line: number): Entry {
    let byStart = this.entries.get(campaign ?? '');
    if (byStart === undefined) {
      byStart = new Map();
      this.entries.set(campaign ?? '', byStart);
    }
    let entry = byStart.get(start);
    while (entry !== undefined && (entry.end !== end || entry.currency !== currency)) entry = entry.next;
    if (entry === undefined) {
      entry = { campaign, start, end, currency, sums: emptySums(), line, rows: 0, masked: 0, maskedLine: 0, next: byStart.get(start) };
      byStart.set(start, entry);
    }
    return entry;
  }


  /** The row's values, parsed once into `scratch`; a problem if one cannot be read. */
  private readMetrics(cells: readonly string[], line: number): Problem<ErrorCode> | undefined {
    const { columns, scratch, context } = this;
    this.rowMasked = false;
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i]!;
      const value = parseUnits(cells[column]!, context.decimal);
      if (value === null) {
        scratch[i] = 0;
        continue;
      }
      if (typeof value !== 'number') {
        // Looked at only once a cell fails to read as a number, so it costs the other cells nothing.
        if (i === this.maskedIndex && cells[column]!.trim() === this.spec.masked!.shown) {
          scratch[i] = 0;
          this.rowMasked = true;
          continue;
        }
        return this.numberProblem(value, cells, line, column);
      }
      if (value < 0 && this.moneySlot[i] !== 1) {
        return inputError('INPUT_NEGATIVE_COUNT', { column: this.headers[column]!.trim(), value: cells[column]! }, this.at(line, column));
      }
      scratch[i] = value;
    }
    return undefined;
  }

  private readDates(cells: readonly string[], line: number): Problem<ErrorCode> | undefined {
    if (this.dateColumn < 0) {
      this.current.start = this.range!.start;
      this.current.end = this.range!.end;
      return undefined;
    }
    const start = this.dateCell(cells, this.dateColumn, line);
    if (typeof start !== 'string') return start;
    const end = this.endColumn >= 0 ? this.dateCell(cells, this.endColumn, line) : start;
    if (typeof end !== 'string') return end;
    this.current.start = start;
    this.current.end = end;
    return undefined;
  }

  /** A replacement character or NUL in a name means bytes that were not text: they would corrupt group keys. */
  private readCampaign(cells: readonly string[], line: number): Problem<ErrorCode> | undefined {
    if (!this.context.keepCampaign || this.campaignColumn < 0) {
      this.current.campaign = null;
      return undefined;
    }
    const campaign = cells[this.campaignColumn]!.trim();
    if (campaign.includes('\uFFFD') || campaign.includes('\u0000')) {
      return inputError('INPUT_INVALID_TEXT', { encoding: 'UTF-8', detail: `campaign name "${campaign.replace(/[\u0000\uFFFD]/g, '?')}"` }, this.at(line, this.campaignColumn));
    }
    this.current.campaign = campaign;
    return undefined;
  }

  private readonly current: { campaign: string | null; start: string; end: string } = { campaign: null, start: '', end: '' };

  private addMetrics(sums: MetricSums, cells: readonly string[], line: number): void {
    const { columns, slots, scratch } = this;
    for (let i = 0; i < columns.length; i++) {
      const value = scratch[i]!;
      if (value === 0) continue;
      if (value < 0) this.countNegativeMoney(line);
      const slot = slots[i]!;
      const sum = sums[slot]! + value;
      if (sum > MAX_UNITS || sum < -MAX_UNITS) throw new SocialRoiError(this.numberProblem(NUMBER_FAILURE.tooLarge, cells, line, columns[i]!));
      sums[slot] = sum;
    }
  }

  /** Refunds and credits exist, so negative money is kept, but never silently. */
  private countNegativeMoney(line: number): void {
    if (this.negativeMoney) this.negativeMoney.count++;
    else this.negativeMoney = { line, count: 1 };
  }

  private numberProblem(failure: NumberFailure, cells: readonly string[], line: number, column: number): Problem<ErrorCode> {
    const code = failure === NUMBER_FAILURE.syntax ? 'INPUT_BAD_NUMBER' : 'INPUT_NUMBER_TOO_LARGE';
    return inputError(
      code,
      { column: this.headers[column]!.trim(), value: cells[column]!, decimal: this.context.decimal, reason: failure.reason },
      this.at(line, column),
    );
  }

  private dateCell(cells: readonly string[], column: number, line: number): string | Problem<ErrorCode> {
    const raw = cells[column]!.trim();
    if (raw === '') return inputError('INPUT_MISSING_VALUE', { column: this.headers[column]!.trim() }, this.at(line, column));
    if (!this.datesSeen.has(raw)) this.datesSeen.set(raw, { line, column });
    return raw;
  }

  private isTotalsRow(cells: readonly string[]): boolean {
    return isTotalsLabel(cells[0]!) || (this.campaignColumn > 0 && isTotalsLabel(cells[this.campaignColumn]!));
  }

  private at(line: number, column: number) {
    return { file: this.context.file, line, column: column + 1 };
  }

  finish(): SourceOutput {
    // An English-UI export re-saved by French Excel keeps its English headers but gets decimal
    // commas and day-first dates: the numbers say more about the dates than the headers do.
    const resaved = this.context.decimal === ',' && this.match.language === 'en';
    const dates = resolveDateColumn(this.datesSeen, {
      file: this.context.file,
      headers: this.headers,
      fallback: resaved ? 'dmy' : (this.spec.dateOrder[this.match.language] ?? this.spec.dateOrder.en),
      basis: resaved ? 'numbers' : { source: this.spec.label },
    });
    if (dates.warning) this.warnings.push(dates.warning);
    if (this.negativeMoney) {
      this.warnings.push(warning('negative-amount', { count: this.negativeMoney.count }, { file: this.context.file, line: this.negativeMoney.line }));
    }
    const currencies = new Set<string>();
    const observations: Observation[] = [];
    const masked = { count: 0, line: 0 };
    for (const entry of this.allEntries()) {
      const observation = this.toObservation(entry, dates.iso);
      if ('code' in observation) {
        this.context.policy.reject(observation, entry.rows);
        this.rows -= entry.rows;
        continue;
      }
      if (observation.currency) currencies.add(observation.currency);
      observations.push(observation);
      if (entry.masked > 0) {
        masked.count += entry.masked;
        if (masked.line === 0 || entry.maskedLine < masked.line) masked.line = entry.maskedLine;
      }
    }
    if (masked.count > 0) this.warnings.push(this.maskedWarning(masked.count, masked.line));
    return {
      observations,
      spendEntries: [],
      warnings: this.warnings,
      rows: this.rows,
      totalsRowsSkipped: this.totalsRows,
      dateFormat: this.dateColumn >= 0 ? dates.format : 'range stated above the header',
      currencies: [...currencies].sort(),
    };
  }

  /** Masked cells are counted as 0, so the totals are a little low: said once per file, never silently. */
  private maskedWarning(count: number, line: number): Problem {
    const { shown } = this.spec.masked!;
    const header = this.headers[this.columns[this.maskedIndex]!]!.trim();
    return warning('masked-values', { count, column: header, shown }, { file: this.context.file, line });
  }

  private *allEntries(): Generator<Entry> {
    for (const byStart of this.entries.values()) {
      for (const first of byStart.values()) {
        for (let entry: Entry | undefined = first; entry !== undefined; entry = entry.next) yield entry;
      }
    }
  }

  /** The entry as an observation, or the problem that makes its rows unusable. */
  private toObservation(entry: Entry, iso: (raw: string) => string | Problem<ErrorCode>): Observation | Problem<ErrorCode> {
    const start = this.dateColumn >= 0 ? iso(entry.start) : entry.start;
    if (typeof start !== 'string') return start;
    const end = this.endColumn >= 0 ? iso(entry.end) : this.dateColumn >= 0 ? start : entry.end;
    if (typeof end !== 'string') return end;
    if (end < start) return inputError('INPUT_RANGE_REVERSED', { start: entry.start, end: entry.end }, this.at(entry.line, this.endColumn));
    const currency = normalizeCurrency(entry.currency);
    if (currency === undefined) return inputError('INPUT_BAD_CURRENCY', { value: entry.currency }, this.at(entry.line, this.currencyColumn));
    return {
      source: this.spec.id,
      file: this.context.file,
      channel: this.spec.channel,
      campaign: entry.campaign,
      start,
      end,
      currency,
      sums: entry.sums,
      presence: this.presence,
      line: entry.line,
    };
  }
}
