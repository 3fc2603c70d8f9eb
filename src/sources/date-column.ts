import { ANY_YEAR, type DateOrder, decideDateOrder, parseDate, READABLE_YEARS } from '../ingest/dates.js';
import { SocialRoiError } from '../model/errors.js';
import type { HeaderLanguage } from '../model/header-language.js';
import { type ErrorCode, inputError, type Problem, warning } from '../model/problem.js';

/** The order a source's UI language writes ambiguous numeric dates in. */
export type DateOrderDefaults = { en: 'mdy' | 'dmy' } & Partial<Record<HeaderLanguage, 'mdy' | 'dmy'>>;

export interface DateColumn {
  /** The ISO date of a raw value, or the problem that makes it unreadable. */
  iso(raw: string): string | Problem<ErrorCode>;
  format: string;
  warning: Problem | undefined;
}

/** Where a distinct raw date was first seen, for messages. */
export interface FirstSeen {
  line: number;
  /** 0-based column index. */
  column: number;
}

/**
 * What settles the order when the values do not: a fallback, and why it is the one (a source's UI
 * language, named, or the file's own numbers); or an order a mapping file states, which then
 * applies to every value, so a value it cannot read is an error rather than evidence.
 */
export type DateRule = { fallback: 'mdy' | 'dmy'; basis: { source: string } | 'numbers' } | { stated: DateOrder };

type ColumnInfo = { file: string; headers: readonly string[] } & DateRule;

const FORMAT_NAMES: Record<DateOrder, string> = { ymd: 'YYYY-MM-DD', mdy: 'M/D/YYYY', dmy: 'D/M/YYYY' };

/**
 * D/M or M/D is decided once for the whole column, from every distinct value it holds (never row by
 * row): one day above 12 settles it. A column that never settles it follows the source's known
 * order, with a warning; a column that proves both is an error.
 */
export function resolveDateColumn(firstSeen: ReadonlyMap<string, FirstSeen>, info: ColumnInfo): DateColumn {
  const decision =
    'stated' in info ? ({ ok: true, order: info.stated, ambiguous: false } as const) : decideDateOrder(firstSeen.keys(), info.fallback);
  if (!decision.ok) {
    const at = firstSeen.get(decision.dmyWitness)!;
    throw new SocialRoiError(
      inputError(
        'INPUT_MIXED_DATE_FORMATS',
        { column: columnName(info, at), first: decision.mdyWitness, second: decision.dmyWitness },
        { file: info.file, line: at.line, column: at.column + 1 },
      ),
    );
  }
  const { order } = decision;
  const parsed = new Map<string, string | Problem<ErrorCode>>();
  let named: FirstSeen | undefined;
  for (const [raw, at] of firstSeen) {
    named ??= at;
    const iso = parseDate(raw, order);
    const where = { file: info.file, line: at.line, column: at.column + 1 };
    parsed.set(
      raw,
      iso ??
        (parseDate(raw, order, ANY_YEAR) === null
          ? inputError('INPUT_BAD_DATE', { column: columnName(info, at), value: raw, format: FORMAT_NAMES[order] }, where)
          : inputError(
              'INPUT_DATE_OUT_OF_RANGE',
              { column: columnName(info, at), value: raw, first: READABLE_YEARS.first, last: READABLE_YEARS.last },
              where,
            )),
    );
  }
  const ambiguousWarning =
    decision.ambiguous && 'basis' in info
      ? warning(
          'ambiguous-dates',
          {
            column: named ? columnName(info, named) : '',
            format: FORMAT_NAMES[order],
            ...(info.basis === 'numbers' ? { basis: 'numbers' } : { basis: 'source', source: info.basis.source }),
          },
          { file: info.file },
        )
      : undefined;
  return { iso: (raw) => parsed.get(raw)!, format: formatName(order, firstSeen.keys()), warning: ambiguousWarning };
}

function columnName(info: ColumnInfo, at: FirstSeen): string {
  return info.headers[at.column]?.trim() ?? '';
}

/** What the files summary says the dates were read as: ISO, month names (X's `Tue, Sep 1, 2026`) or numeric. */
function formatName(order: DateOrder, values: Iterable<string>): string {
  if (order !== 'ymd') return FORMAT_NAMES[order];
  for (const value of values) if (!/^\d{4}-\d{2}-\d{2}/.test(value)) return 'dates with month names';
  return FORMAT_NAMES.ymd;
}
