import { isExact, roundDiv, UNITS_PER_ONE } from '../model/exact.js';
import { type ErrorCode, inputError, type Problem, warning } from '../model/problem.js';
import type { CostCategory, SpendEntry } from '../model/records.js';
import { type AliasTable, bindColumns, rolesByColumn } from './bind-columns.js';
import { normalizeCurrency } from './currency-cell.js';
import { HandWrittenFold } from './hand-written.js';
import type { Source, SourceOutput } from './source.js';

type LedgerRole = 'date' | 'end' | 'channel' | 'campaign' | 'category' | 'amount' | 'currency' | 'hours' | 'rate';

/** The project's own spend ledger (METRICS.md): costs that no ad platform reports. */
const COLUMNS: AliasTable<LedgerRole> = {
  date: { en: ['date'], fr: ['date'] },
  end: { en: ['end'], fr: ['fin'] },
  channel: { en: ['channel'], fr: ['canal'] },
  campaign: { en: ['campaign'], fr: ['campagne'] },
  category: { en: ['category'], fr: ['catégorie', 'categorie'] },
  amount: { en: ['amount'], fr: ['montant'] },
  currency: { en: ['currency'], fr: ['devise'] },
  hours: { en: ['hours'], fr: ['heures'] },
  rate: { en: ['rate'], fr: ['taux'] },
};

const CATEGORY_NAMES: Readonly<Record<string, CostCategory>> = {
  media: 'media',
  média: 'media',
  tools: 'tools',
  outils: 'tools',
  staff: 'staff',
  personnel: 'staff',
  agency: 'agency',
  agence: 'agency',
  training: 'training',
  formation: 'training',
  content: 'content',
  contenu: 'content',
  other: 'other',
  autre: 'other',
};

export const spendLedger: Source = {
  id: 'spend-ledger',
  label: 'spend ledger',
  match(headers) {
    const binding = bindColumns(headers, COLUMNS);
    const { index } = binding;
    const hasCost = index.amount !== undefined || (index.hours !== undefined && index.rate !== undefined);
    if (index.date === undefined || index.channel === undefined || index.category === undefined || !hasCost) return undefined;
    const numeric = [index.amount, index.hours, index.rate].filter((c): c is number => c !== undefined);
    return {
      confidence: binding.matched / binding.total,
      language: binding.language,
      numericColumns: numeric,
      roles: rolesByColumn(binding),
    };
  },
  resemblance(headers) {
    const binding = bindColumns(headers, COLUMNS);
    return { found: binding.matched, known: binding.total };
  },
  open(headers, match, context) {
    return new LedgerFold(headers, bindColumns(headers, COLUMNS, match.language), context);
  },
};

/** A ledger line as read: its dates and currency still raw until the whole file has been seen. */
type LedgerLine = Omit<SpendEntry, 'file' | 'currency'> & { currency: string };

class LedgerFold extends HandWrittenFold<LedgerRole> {
  private readonly lines: LedgerLine[] = [];
  private readonly warnings: Problem[] = [];
  private negatives: { line: number; count: number } | null = null;

  protected readRow(cells: readonly string[], line: number): void {
    const { index } = this.binding;
    const start = this.date(cells, index.date!, line, true)!;
    const end = index.end === undefined ? start : (this.date(cells, index.end, line, false) ?? start);
    const channel = this.channel(cells, index.channel!, line);
    const category = this.category(cells, line);
    const amount = this.amount(cells, line);
    if (amount < 0) {
      if (this.negatives) this.negatives.count++;
      else this.negatives = { line, count: 1 };
    }
    const campaign = index.campaign !== undefined && this.context.campaignNames ? cells[index.campaign]!.trim() || null : null;
    const currency = index.currency === undefined ? '' : cells[index.currency]!.trim();
    this.lines.push({ channel, campaign, category, start, end, amount, currency, line });
  }

  private category(cells: readonly string[], line: number): CostCategory {
    const column = this.binding.index.category!;
    const name = cells[column]!.trim().toLowerCase();
    if (Object.hasOwn(CATEGORY_NAMES, name)) return CATEGORY_NAMES[name]!;
    return this.fail('INPUT_BAD_CATEGORY', { value: cells[column]!.trim() }, line, column);
  }

  /** `amount`, or else `hours × rate` rounded to the cent (a derived cost, as an accountant would book it). */
  private amount(cells: readonly string[], line: number): number {
    const { index } = this.binding;
    const amount = index.amount === undefined ? null : this.number(cells, index.amount, line);
    if (amount !== null) return amount;
    const hours = index.hours === undefined ? null : this.number(cells, index.hours, line);
    const rate = index.rate === undefined ? null : this.number(cells, index.rate, line);
    if (hours === null || rate === null) {
      return this.fail('INPUT_MISSING_VALUE', { column: 'amount (or hours and rate)' }, line, index.amount ?? index.hours ?? index.rate!);
    }
    const unitsPerCent = BigInt(UNITS_PER_ONE / 100);
    const cents = roundDiv(BigInt(hours) * BigInt(rate), BigInt(UNITS_PER_ONE) * unitsPerCent);
    const units = Number(cents * unitsPerCent);
    if (!isExact(units)) {
      const value = `${cells[index.hours!]} × ${cells[index.rate!]}`;
      return this.fail(
        'INPUT_NUMBER_TOO_LARGE',
        { column: 'hours × rate', value, reason: 'too-large', decimal: this.context.decimal },
        line,
        index.hours!,
      );
    }
    return units;
  }

  finish(): SourceOutput {
    const dates = this.resolveDates();
    if (dates.warning) this.warnings.push(dates.warning);
    if (this.negatives) {
      this.warnings.push(
        warning('negative-amount', { count: this.negatives.count }, { file: this.context.file, line: this.negatives.line }),
      );
    }
    const currencies = new Set<string>();
    const spendEntries: SpendEntry[] = [];
    for (const entry of this.lines) {
      const resolved = this.resolve(entry, dates.iso);
      if ('code' in resolved) {
        this.context.policy.reject(resolved);
        continue;
      }
      if (resolved.currency) currencies.add(resolved.currency);
      spendEntries.push(resolved);
    }
    return {
      observations: [],
      spendEntries,
      warnings: this.warnings,
      rows: spendEntries.length,
      totalsRowsSkipped: 0,
      dateFormat: dates.format,
      currencies: [...currencies].sort(),
    };
  }

  /** The line with its dates and currency read, or the problem that makes it unusable. */
  private resolve(entry: LedgerLine, iso: (raw: string) => string | Problem<ErrorCode>): SpendEntry | Problem<ErrorCode> {
    const start = iso(entry.start);
    if (typeof start !== 'string') return start;
    const end = iso(entry.end);
    if (typeof end !== 'string') return end;
    const { index } = this.binding;
    if (end < start) return inputError('INPUT_RANGE_REVERSED', { start: entry.start, end: entry.end }, this.at(entry.line, index.end!));
    const currency = normalizeCurrency(entry.currency);
    if (currency === undefined) return inputError('INPUT_BAD_CURRENCY', { value: entry.currency }, this.at(entry.line, index.currency!));
    return { ...entry, file: this.context.file, start, end, currency };
  }
}
