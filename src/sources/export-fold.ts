import { NUMBER_FAILURE, type NumberFailure, parseUnits } from '../ingest/numbers.js';
import { SocialRoiError } from '../model/errors.js';
import { MAX_UNITS, UNITS_PER_ONE } from '../model/exact.js';
import { type Channel, emptySums, METRIC_INDEX, type MetricKey, type MetricSums, MONEY_KEYS, presenceOf } from '../model/metrics.js';
import { type ErrorCode, inputError, type Problem, warning } from '../model/problem.js';
import type { Observation } from '../model/records.js';
import { AudienceLevels } from './audience-levels.js';
import { assertUsedColumnsUnique, type Binding } from './bind-columns.js';
import { parseNetworkName } from './channel-names.js';
import { normalizeCurrency } from './currency-cell.js';
import { type DateRule, type FirstSeen, resolveDateColumn } from './date-column.js';
import { type ExportRole, type ExportSourceSpec, metricColumns } from './export-spec.js';
import type { HeaderMatch, OpenContext, RowSink, SourceOutput } from './source.js';
import { isTotalsLabel } from './totals-rows.js';

interface Entry {
  channel: Channel;
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
  /** Another entry with the same campaign and start date (another end date, currency or channel). */
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
  /** Each metric column's presence bit, and those of metrics the rows imply (one post per row, losses). */
  private readonly metricBits: Int32Array;
  private readonly derivedBits: number;
  /** Metric columns with at least one cell filled in a kept row: an all-blank column is a missing one. */
  private filled = 0;
  private rowFilled = 0;
  private readonly range: { start: string; end: string } | null;
  /** Index in `columns` of the column whose cells may be masked; -1 when none. */
  private readonly maskedIndex: number;
  /** The channel of every row, or undefined when each row names its own in `channelColumn`. */
  private readonly fixedChannel: Channel | undefined;
  private readonly channelColumn: number;
  /** Network names as written → channel: a file repeats a handful of them. */
  private readonly networks = new Map<string, Channel>();
  /** Slot of `posts` when each row is one post; -1 otherwise. */
  private readonly postSlot: number;
  /** Index in `columns` of a net-change column, and the slot its losses go to; -1 when none. */
  private readonly netIndex: number;
  private readonly netLossSlot: number;
  private readonly followersColumn: number;
  private readonly profileColumn: number;
  private readonly audience = new AudienceLevels();
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
    this.maskedIndex = spec.masked ? metrics.findIndex((bound) => bound.role === spec.masked!.column) : -1;
    this.netIndex = spec.net ? metrics.findIndex((bound) => bound.role === spec.net!.column) : -1;
    this.netLossSlot = this.netIndex >= 0 ? METRIC_INDEX[spec.net!.losses] : -1;
    this.postSlot = binding.index.post === undefined ? -1 : METRIC_INDEX.posts;
    const counted: MetricKey[] = metrics.map((bound) => bound.metric);
    if (this.postSlot >= 0) counted.push('posts');
    if (this.netIndex >= 0) counted.push(spec.net!.losses);
    this.presence = presenceOf(counted);
    this.metricBits = Int32Array.from(metrics.map((bound) => 1 << METRIC_INDEX[bound.metric]));
    this.derivedBits = presenceOf(counted.filter((metric) => !metrics.some((bound) => bound.metric === metric)));
    this.fixedChannel = spec.channel === 'per-row' ? undefined : spec.channel;
    this.channelColumn = spec.channel === 'per-row' ? (binding.index.channel ?? this.missingColumn('channel')) : -1;
    this.followersColumn = binding.index.followers ?? -1;
    this.profileColumn = binding.index.profile ?? -1;
    this.dateColumn = binding.index.date ?? binding.index.start ?? -1;
    this.endColumn = binding.index.date !== undefined ? -1 : (binding.index.end ?? -1);
    this.campaignColumn = binding.index.campaign ?? -1;
    this.currencyColumn = binding.index.currency ?? -1;
    this.headerCurrency = binding.headerCurrency ?? spec.currency ?? '';
    this.range = this.dateColumn === -1 ? this.preambleRange() : null;
    const used = [
      this.dateColumn,
      this.endColumn,
      this.campaignColumn,
      this.currencyColumn,
      this.channelColumn,
      this.followersColumn,
      this.profileColumn,
      binding.index.post ?? -1,
    ];
    assertUsedColumnsUnique(headers, [...this.columns, ...used.filter((c) => c >= 0)], context.file, context.headerLine);
  }

  private readonly headerCurrency: string;

  private preambleRange(): { start: string; end: string } {
    return this.spec.rangeFromPreamble?.(this.context.preamble) ?? this.missingColumn('date');
  }

  private missingColumn(role: ExportRole): never {
    throw new SocialRoiError(
      inputError(
        'INPUT_MISSING_COLUMN',
        { source: this.spec.label, column: role },
        { file: this.context.file, line: this.context.headerLine },
      ),
    );
  }

  row(cells: readonly string[], line: number): void {
    if (this.isTotalsRow(cells)) {
      this.totalsRows++;
      return;
    }
    // Everything is checked before anything is added, so a skipped row leaves no trace in the sums.
    // The network comes before the dates: a row of a network we skip must not sway the date order.
    const problem =
      this.readMetrics(cells, line) ??
      this.readChannel(cells, line) ??
      this.readDates(cells, line) ??
      this.readCampaign(cells, line) ??
      this.readFollowers(cells, line);
    if (problem) {
      this.context.policy.reject(problem);
      return;
    }
    this.rows++;
    const { campaign, start, end, channel, followers } = this.current;
    const currency = this.currencyColumn >= 0 ? cells[this.currencyColumn]!.trim() : this.headerCurrency;
    const entry = this.entryFor(channel, campaign, start, end, currency, line);
    entry.rows++;
    if (this.rowMasked) {
      entry.masked++;
      if (entry.maskedLine === 0) entry.maskedLine = line;
    }
    this.addMetrics(entry.sums, cells, line);
    if (followers !== null && this.dateColumn >= 0 && !this.audience.add(channel, this.accountOf(cells), end, followers, line)) {
      throw new SocialRoiError(this.numberProblem(NUMBER_FAILURE.tooLarge, cells, line, this.followersColumn));
    }
  }

  /** The account a row's audience belongs to: its network as written, and its profile when named. */
  private accountOf(cells: readonly string[]): string {
    const network = this.channelColumn >= 0 ? cells[this.channelColumn]!.trim().toLowerCase() : '';
    return this.profileColumn >= 0 ? `${network}\u0000${cells[this.profileColumn]!.trim()}` : network;
  }

  /**
   * The running sums for these keys, found by campaign then start date in nested maps: building and
   * hashing one joined key per row cost more than the rest of our per-row work. The end date, the
   * currency and the channel are the same across a file or take a handful of values, so they are
   * checked on the entries found.
   */
  private entryFor(channel: Channel, campaign: string | null, start: string, end: string, currency: string, line: number): Entry {
    const name = campaign ?? '';
    // Exports list a campaign's rows together: the previous row's map is usually the one.
    let byStart = name === this.lastCampaign ? this.lastByStart : this.entries.get(name);
    if (byStart === undefined) {
      byStart = new Map();
      this.entries.set(name, byStart);
    }
    this.lastCampaign = name;
    this.lastByStart = byStart;
    let entry = byStart.get(start);
    while (entry !== undefined && (entry.end !== end || entry.currency !== currency || entry.channel !== channel)) entry = entry.next;
    if (entry === undefined) {
      const next = byStart.get(start);
      entry = { channel, campaign, start, end, currency, sums: emptySums(), line, rows: 0, masked: 0, maskedLine: 0, next };
      byStart.set(start, entry);
    }
    return entry;
  }

  private lastCampaign: string | undefined;
  private lastByStart: Map<string, Entry> | undefined;

  /** The row's values, parsed once into `scratch`; a problem if one cannot be read. */
  private readMetrics(cells: readonly string[], line: number): Problem<ErrorCode> | undefined {
    const { columns, scratch, context } = this;
    this.rowMasked = false;
    let filled = 0;
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i]!;
      const value = parseUnits(cells[column]!, context.decimal);
      if (value === null) {
        scratch[i] = 0;
        continue;
      }
      filled |= this.metricBits[i]!;
      if (typeof value !== 'number') {
        // Looked at only once a cell fails to read as a number, so it costs the other cells nothing.
        if (i === this.maskedIndex && cells[column]!.trim() === this.spec.masked!.shown) {
          scratch[i] = 0;
          this.rowMasked = true;
          continue;
        }
        return this.numberProblem(value, cells, line, column);
      }
      if (value < 0 && this.moneySlot[i] !== 1 && i !== this.netIndex) {
        return inputError('INPUT_NEGATIVE_COUNT', { column: this.headers[column]!.trim(), value: cells[column]! }, this.at(line, column));
      }
      scratch[i] = value;
    }
    this.rowFilled = filled;
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
    if (!this.context.campaignNames || this.campaignColumn < 0) {
      this.current.campaign = null;
      return undefined;
    }
    const campaign = cells[this.campaignColumn]!.trim();
    if (campaign.includes('\uFFFD') || campaign.includes('\u0000')) {
      return inputError(
        'INPUT_INVALID_TEXT',
        { encoding: 'UTF-8', detail: `campaign name "${campaign.replace(/[\u0000\uFFFD]/g, '?')}"` },
        this.at(line, this.campaignColumn),
      );
    }
    this.current.campaign = campaign;
    return undefined;
  }

  /** The row's own network, for a suite export; a network with no channel here is the row's problem. */
  private readChannel(cells: readonly string[], line: number): Problem<ErrorCode> | undefined {
    if (this.fixedChannel !== undefined) {
      this.current.channel = this.fixedChannel;
      return undefined;
    }
    const raw = cells[this.channelColumn]!;
    let channel = this.networks.get(raw);
    if (channel === undefined) {
      const name = raw.trim();
      if (name === '')
        return inputError('INPUT_MISSING_VALUE', { column: this.headers[this.channelColumn]!.trim() }, this.at(line, this.channelColumn));
      channel = parseNetworkName(name);
      if (channel === undefined)
        return inputError(
          'INPUT_UNKNOWN_NETWORK',
          { value: name, column: this.headers[this.channelColumn]!.trim() },
          this.at(line, this.channelColumn),
        );
      this.networks.set(raw, channel);
    }
    this.current.channel = channel;
    return undefined;
  }

  /** The audience on the row's date, in units; null when the file has no such column or the cell is empty. */
  private readFollowers(cells: readonly string[], line: number): Problem<ErrorCode> | undefined {
    this.current.followers = null;
    if (this.followersColumn < 0) return undefined;
    const cell = cells[this.followersColumn]!;
    const value = parseUnits(cell, this.context.decimal);
    if (value === null) return undefined;
    if (typeof value !== 'number') return this.numberProblem(value, cells, line, this.followersColumn);
    if (value < 0)
      return inputError(
        'INPUT_NEGATIVE_COUNT',
        { column: this.headers[this.followersColumn]!.trim(), value: cell },
        this.at(line, this.followersColumn),
      );
    this.current.followers = value;
    return undefined;
  }

  private readonly current: { channel: Channel; campaign: string | null; start: string; end: string; followers: number | null } = {
    channel: 'linkedin',
    campaign: null,
    start: '',
    end: '',
    followers: null,
  };

  private addMetrics(sums: MetricSums, cells: readonly string[], line: number): void {
    const { columns, slots, scratch } = this;
    this.filled |= this.rowFilled;
    for (let i = 0; i < columns.length; i++) {
      let value = scratch[i]!;
      if (value === 0) continue;
      let slot = slots[i]!;
      if (value < 0 && i === this.netIndex) {
        value = -value;
        slot = this.netLossSlot;
      } else if (value < 0) {
        this.countNegativeMoney(line);
      }
      const sum = sums[slot]! + value;
      if (sum > MAX_UNITS || sum < -MAX_UNITS)
        throw new SocialRoiError(this.numberProblem(NUMBER_FAILURE.tooLarge, cells, line, columns[i]!));
      sums[slot] = sum;
    }
    // One post per row: far below MAX_UNITS for any file that fits on a disk.
    if (this.postSlot >= 0) sums[this.postSlot] = sums[this.postSlot]! + UNITS_PER_ONE;
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
    if (isTotalsLabel(cells[0]!) || (this.campaignColumn > 0 && isTotalsLabel(cells[this.campaignColumn]!))) return true;
    const { totalsCampaign } = this.spec;
    return totalsCampaign !== undefined && this.campaignColumn >= 0 && cells[this.campaignColumn]!.trim() === totalsCampaign;
  }

  private at(line: number, column: number) {
    return { file: this.context.file, line, column: column + 1 };
  }

  /** What settles the day/month order of the dates when their values do not. */
  private dateRule(): DateRule {
    const stated = this.match.stated?.dateOrder;
    if (stated) return { stated };
    const { dateOrder } = this.spec;
    // An English-UI export re-saved by French Excel keeps its English headers but gets decimal
    // commas and day-first dates: the numbers say more about the dates than the headers do.
    const resaved = this.context.decimal === ',' && this.match.language === 'en';
    if (dateOrder === 'decimal-mark' || resaved) return { fallback: this.context.decimal === ',' ? 'dmy' : 'mdy', basis: 'numbers' };
    return { fallback: dateOrder[this.match.language] ?? dateOrder.en, basis: { source: this.spec.label } };
  }

  finish(): SourceOutput {
    const dates = resolveDateColumn(this.datesSeen, { file: this.context.file, headers: this.headers, ...this.dateRule() });
    if (dates.warning) this.warnings.push(dates.warning);
    if (this.negativeMoney) {
      this.warnings.push(
        warning('negative-amount', { count: this.negativeMoney.count }, { file: this.context.file, line: this.negativeMoney.line }),
      );
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
      audience: this.audience.readings(this.context.file, dates.iso),
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
    if (currency === undefined)
      return inputError('INPUT_BAD_CURRENCY', { value: entry.currency }, this.at(entry.line, this.currencyColumn));
    return {
      source: this.spec.id,
      file: this.context.file,
      channel: entry.channel,
      campaign: entry.campaign,
      start,
      end,
      currency,
      sums: entry.sums,
      presence: this.presence & (this.filled | this.derivedBits),
      line: entry.line,
      ...(this.spec.lifetime ? { lifetime: true as const } : {}),
    };
  }
}
