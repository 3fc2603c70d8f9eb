import { UNITS_PER_ONE } from '../model/exact.js';
import { type Channel, emptySums, METRIC_INDEX, type MetricKey } from '../model/metrics.js';
import { type ErrorCode, inputError, type Problem } from '../model/problem.js';
import type { AudienceReading, Observation, SentimentReading } from '../model/records.js';
import { type AliasTable, bindColumns, rolesByColumn } from './bind-columns.js';
import { normalizeCurrency } from './currency-cell.js';
import { HandWrittenFold } from './hand-written.js';
import type { Source, SourceOutput } from './source.js';

/** The counts an outcomes file may add to what the exports report (METRICS.md *Outcomes*). */
const OUTCOME_COUNTS = [
  'leads',
  'conversions',
  'revenue',
  'applications',
  'hires',
  'messages',
  'employeeShares',
  'unfollows',
  'posts',
  'mentions',
] as const satisfies readonly MetricKey[];

type OutcomeCount = (typeof OUTCOME_COUNTS)[number];
type OutcomeRole = 'date' | 'channel' | 'campaign' | 'currency' | 'followers' | 'sentiment' | OutcomeCount;

/** Column names are case-insensitive, in English (camelCase, snake_case or words) or French. */
const COLUMNS: AliasTable<OutcomeRole> = {
  date: { en: ['date'], fr: ['date'] },
  channel: { en: ['channel'], fr: ['canal'] },
  campaign: { en: ['campaign'], fr: ['campagne'] },
  currency: { en: ['currency'], fr: ['devise'] },
  leads: { en: ['leads'], fr: ['prospects'] },
  conversions: { en: ['conversions'], fr: ['conversions'] },
  revenue: { en: ['revenue'], fr: ["chiffre d'affaires", 'revenu', 'revenus'] },
  applications: { en: ['applications'], fr: ['candidatures'] },
  hires: { en: ['hires'], fr: ['embauches', 'recrutements'] },
  messages: { en: ['messages'], fr: ['messages'] },
  employeeShares: {
    en: ['employeeshares', 'employee_shares', 'employee shares'],
    fr: ['partages collaborateurs', 'partages_collaborateurs'],
  },
  unfollows: { en: ['unfollows'], fr: ['désabonnements', 'desabonnements'] },
  posts: { en: ['posts'], fr: ['publications'] },
  mentions: { en: ['mentions'], fr: ['mentions'] },
  followers: { en: ['followers'], fr: ['abonnés', 'abonnes'] },
  sentiment: { en: ['sentiment'], fr: ['sentiment'] },
};

const LEVELS = ['followers', 'sentiment'] as const;

export const outcomes: Source = {
  id: 'outcomes',
  label: 'outcomes (CRM / ATS)',
  match(headers) {
    const binding = bindColumns(headers, COLUMNS);
    const { index } = binding;
    const measures = [...OUTCOME_COUNTS, ...LEVELS].map((role) => index[role]).filter((c): c is number => c !== undefined);
    if (index.date === undefined || index.channel === undefined || measures.length === 0) return undefined;
    return {
      confidence: binding.matched / binding.total,
      language: binding.language,
      numericColumns: measures,
      roles: rolesByColumn(binding),
    };
  },
  open(headers, match, context) {
    return new OutcomesFold(headers, bindColumns(headers, COLUMNS, match.language), context);
  },
};

interface OutcomeLine {
  line: number;
  channel: Channel;
  campaign: string | null;
  date: string;
  currency: string;
  counts: Partial<Record<OutcomeCount, number>>;
  followers: number | null;
  sentiment: number | null;
}

class OutcomesFold extends HandWrittenFold<OutcomeRole> {
  private readonly lines: OutcomeLine[] = [];

  protected readRow(cells: readonly string[], line: number): void {
    const { index } = this.binding;
    const date = this.date(cells, index.date!, line, true)!;
    const channel = this.channel(cells, index.channel!, line);
    // Results belong to a network: shared costs are the ledger's business, not the CRM's.
    if (channel === 'all') this.fail('INPUT_BAD_CHANNEL', { value: cells[index.channel!]!.trim() }, line, index.channel!);
    const counts: OutcomeLine['counts'] = {};
    for (const key of OUTCOME_COUNTS) {
      const column = index[key];
      if (column === undefined) continue;
      const value = this.number(cells, column, line);
      if (value === null) continue;
      if (value < 0) this.fail('INPUT_NEGATIVE_COUNT', { column: this.headers[column]!.trim(), value: cells[column]! }, line, column);
      counts[key] = value;
    }
    const followers = index.followers === undefined ? null : this.number(cells, index.followers, line);
    if (followers !== null && followers < 0) {
      this.fail(
        'INPUT_NEGATIVE_COUNT',
        { column: this.headers[index.followers!]!.trim(), value: cells[index.followers!]! },
        line,
        index.followers!,
      );
    }
    const sentiment = index.sentiment === undefined ? null : this.number(cells, index.sentiment, line);
    if (sentiment !== null && Math.abs(sentiment) > UNITS_PER_ONE) {
      this.fail(
        'INPUT_OUT_OF_RANGE',
        { column: this.headers[index.sentiment!]!.trim(), value: cells[index.sentiment!]!.trim(), min: -1, max: 1 },
        line,
        index.sentiment!,
      );
    }
    const campaign = index.campaign !== undefined && this.context.campaignNames ? cells[index.campaign]!.trim() || null : null;
    const currency = index.currency === undefined ? '' : cells[index.currency]!.trim();
    this.lines.push({ line, channel, campaign, date, currency, counts, followers, sentiment });
  }

  finish(): SourceOutput {
    const dates = this.resolveDates();
    const observations: Observation[] = [];
    const audience: AudienceReading[] = [];
    const sentiment: SentimentReading[] = [];
    const currencies = new Set<string>();
    const file = this.context.file;
    let rows = 0;
    for (const entry of this.lines) {
      const resolved = this.resolve(entry, dates.iso);
      if ('code' in resolved) {
        this.context.policy.reject(resolved);
        continue;
      }
      rows++;
      const { date, currency } = resolved;
      if (currency) currencies.add(currency);
      const { channel, campaign, line } = entry;
      const observation = toObservation(entry, file, date, currency);
      if (observation) observations.push(observation);
      if (entry.followers !== null) audience.push({ file, line, channel, date, followers: entry.followers / UNITS_PER_ONE });
      if (entry.sentiment !== null) {
        // A day's score that sums up many mentions weighs more than one that sums up a few.
        const mentions = entry.counts.mentions ?? 0;
        const weight = mentions > 0 ? mentions / UNITS_PER_ONE : 1;
        sentiment.push({ file, line, channel, campaign, date, sentiment: entry.sentiment / UNITS_PER_ONE, weight });
      }
    }
    return {
      observations,
      spendEntries: [],
      audience,
      sentiment,
      warnings: dates.warning ? [dates.warning] : [],
      rows,
      totalsRowsSkipped: 0,
      dateFormat: dates.format,
      currencies: [...currencies].sort(),
    };
  }

  private resolve(
    entry: OutcomeLine,
    iso: (raw: string) => string | Problem<ErrorCode>,
  ): { date: string; currency: string | null } | Problem<ErrorCode> {
    const date = iso(entry.date);
    if (typeof date !== 'string') return date;
    const currency = normalizeCurrency(entry.currency);
    if (currency === undefined)
      return inputError('INPUT_BAD_CURRENCY', { value: entry.currency }, this.at(entry.line, this.binding.index.currency!));
    return { date, currency };
  }
}

/**
 * The counts of one line as an observation; a blank cell is not a zero, so only the cells filled
 * in count as present (a row giving hires says nothing about messages).
 */
function toObservation(entry: OutcomeLine, file: string, date: string, currency: string | null): Observation | null {
  const filled = Object.keys(entry.counts) as OutcomeCount[];
  if (filled.length === 0) return null;
  const sums = emptySums();
  let presence = 0;
  for (const key of filled) {
    sums[METRIC_INDEX[key]] = entry.counts[key]!;
    presence |= 1 << METRIC_INDEX[key];
  }
  return {
    source: 'outcomes',
    file,
    channel: entry.channel,
    campaign: entry.campaign,
    start: date,
    end: date,
    currency,
    sums,
    presence,
    line: entry.line,
  };
}
