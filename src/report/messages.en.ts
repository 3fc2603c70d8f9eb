import type { ProblemCode, ProblemParams } from '../model/problem.js';
import { money } from './message-format.js';

type Template = (p: ProblemParams) => string;

const decimalHint = (p: ProblemParams) => (p.decimal === ',' ? 'like 1 234,56' : 'like 1,234.56');

/** English text of every problem code; `satisfies` keeps the table complete. */
export const PROBLEM_MESSAGES_EN = {
  USAGE: (p) => `${p.message}`,
  INPUT_NOT_FOUND: () => 'no such file or folder',
  INPUT_UNREADABLE: (p) => `cannot read this file (${p.reason})`,
  INPUT_EMPTY: () => 'the file is empty (0 bytes)',
  INPUT_NO_FILES: () => 'the folder holds no .csv, .tsv or .txt file',
  INPUT_BINARY: () => 'this is not a text file (binary data); export the report as CSV',
  INPUT_WORKBOOK: () => 'this is an Excel workbook (XLSX/XLS), not CSV; export or save it as CSV',
  INPUT_UNKNOWN_FORMAT: (p) =>
    `unknown kind of file: its header matches none of ${p.tried} (first line: "${p.first}"); check that it is an unmodified export (social-roi inspect shows what was found)`,
  INPUT_INVALID_TEXT: (p) => `invalid ${p.encoding} text${p.detail ? `: ${p.detail}` : ''}; re-export the file as UTF-8`,
  INPUT_MISSING_COLUMN: (p) => `${p.source} export without a "${p.column}" column`,
  INPUT_DUPLICATE_COLUMN: (p) => `duplicate column "${p.name}" (also column ${p.other}): cannot tell which one to read`,
  CSV_QUOTE_NOT_CLOSED: () => 'a quote opened in the record starting on this line is never closed',
  CSV_BAD_QUOTE: () => 'unexpected text after a closing quote',
  CSV_RECORD_TOO_LARGE: (p) => `a record starting on this line is longer than ${p.limit} characters (an unclosed quote?)`,
  CSV_FIELD_COUNT: (p) => `expected ${p.expected} fields, found ${p.found}`,
  CSV_SYNTAX: (p) => `cannot read this line as CSV: ${p.reason}`,
  INPUT_BAD_NUMBER: (p) => `cannot read "${p.value}" in ${p.column} as a number (expected a number ${decimalHint(p)})`,
  INPUT_NEGATIVE_COUNT: (p) => `${p.column} cannot be negative ("${p.value}")`,
  INPUT_NUMBER_TOO_LARGE: (p) =>
    p.reason === 'too-precise'
      ? `"${p.value}" in ${p.column} has more than 4 decimals: it cannot be summed exactly`
      : `"${p.value}" in ${p.column} is too large to be summed exactly`,
  INPUT_BAD_DATE: (p) => `"${p.value}" in ${p.column} is not a valid date (read as ${p.format})`,
  INPUT_MIXED_DATE_FORMATS: (p) =>
    `${p.column} mixes month-first ("${p.first}") and day-first ("${p.second}") dates`,
  INPUT_RANGE_REVERSED: (p) => `the range ends (${p.end}) before it starts (${p.start})`,
  INPUT_MISSING_VALUE: (p) => `${p.column} is empty`,
  INPUT_BAD_CHANNEL: (p) =>
    `unknown channel "${p.value}" (expected LinkedIn, Meta, Facebook, Instagram, Google Ads, X, Twitter, TikTok or all)`,
  INPUT_BAD_CATEGORY: (p) =>
    `unknown category "${p.value}" (expected media, tools, staff, agency, training, content or other)`,
  INPUT_BAD_CURRENCY: (p) => `"${p.value}" is not a currency code (expected three letters such as EUR)`,
  INPUT_NO_CURRENCY: () => 'the file does not say which currency its amounts are in',
  INPUT_MIXED_CURRENCY: (p) =>
    `amounts in ${p.currency} cannot be added to amounts in ${p.expected} (the currency of profile ${p.profile}${p.other ? `, and of ${p.other}` : ''}); give its rate in the configuration ("fx": { "${p.currency}": … } in social-roi.config.json) or use a profile in ${p.currency}`,
  OUTPUT_UNWRITABLE: (p) => `cannot write the report here (${p.reason}); the previous file, if any, is unchanged`,
  PROFILE_NOT_FOUND: (p) => `${p.message}`,
  PROFILE_INVALID: (p) => `${p.message}`,
  CONFIG_INVALID: (p) => `${p.message}`,
  'ambiguous-dates': (p) =>
    `no date in ${p.column} shows whether the day or the month comes first: read as ${p.format}, ${p.basis === 'numbers' ? 'the order that goes with the decimal mark of its numbers' : `the order of ${p.source} exports in this language`}`,
  'no-data-rows': () => 'a header but no data rows',
  'rows-skipped': (p) => `${p.count} row(s) skipped (--lenient) for ${p.reason}, the first on line(s) ${p.lines}`,
  'duplicate-file': (p) => `the same bytes as ${p.first}: read once, not counted twice`,
  'file-skipped': (p) => `not an export this tool reads (${p.reason}): left out (--lenient)`,
  'empty-window': (p) => `no row of the files falls between ${p.from} and ${p.to}: every figure is 0 (check --from and --to)`,
  'header-repeated': (p) => `the header is repeated on line ${p.line} (two exports joined into one file?): that line was skipped`,
  'negative-amount': (p) => `${p.count} negative amount(s) (refunds or credits) kept in the totals, the first on this line`,
  'masked-values': (p) =>
    `${p.count} ${p.column} value(s) hidden by the platform as "${p.shown}" (too few to show): counted as 0, so the total is slightly low; the first on this line`,
  'legacy-encoding': () => 'not UTF-8: read as Windows-1252 (Excel on Windows); check that accented names look right',
  'shared-costs-unallocated': (p) =>
    `${money(p.amount, 'en-US')} ${p.currency} of shared costs fell in months with no media spend on any channel: kept in the group "all"`,
} satisfies Record<ProblemCode, Template>;
