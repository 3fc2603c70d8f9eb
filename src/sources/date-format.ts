import type { DateOrder } from '../ingest/dates.js';

/**
 * The date formats a mapping file may state, by the order they put day, month and year in. The
 * separator and the widths are the date reader's to cope with (`1/9/26` reads as `DD/MM/YYYY` says),
 * so the format only settles what the values cannot: which of the first two numbers is the day.
 */
const FORMATS: readonly (readonly [DateOrder, RegExp])[] = [
  ['dmy', /^D{1,2}([-./])M{1,2}\1(?:YY|YYYY)$/],
  ['mdy', /^M{1,2}([-./])D{1,2}\1(?:YY|YYYY)$/],
  ['ymd', /^YYYY([-./])M{1,2}\1D{1,2}$/],
];

/** `DD/MM/YYYY` → `dmy`; undefined when the text is not one of the formats above. */
export function orderOfDateFormat(format: string): DateOrder | undefined {
  const upper = format.trim().toUpperCase();
  return FORMATS.find(([, pattern]) => pattern.test(upper))?.[0];
}

/** The format to state for a column whose values are in `order`, written like `sample` (`01.09.26` → `DD.MM.YY`). */
export function dateFormatLike(order: DateOrder, sample: string): string {
  const parts = /^\s*(\d+)([-./])(\d+)\2(\d+)/.exec(sample);
  const separator = parts?.[2] ?? (order === 'ymd' ? '-' : '/');
  const year = parts && order !== 'ymd' && parts[4]!.length === 2 ? 'YY' : 'YYYY';
  if (order === 'ymd') return ['YYYY', 'MM', 'DD'].join(separator);
  return (order === 'dmy' ? ['DD', 'MM', year] : ['MM', 'DD', year]).join(separator);
}
