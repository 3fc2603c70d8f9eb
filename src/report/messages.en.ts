import type { ProblemCode, ProblemParams } from '../model/problem.js';
import { count, money, plural } from './message-format.js';

type Template = (p: ProblemParams) => string;

const decimalHint = (p: ProblemParams) => (p.decimal === ',' ? 'like 1 234,56' : 'like 1,234.56');

/** English text of every problem code; `satisfies` keeps the table complete. */
export const PROBLEM_MESSAGES_EN = {
  USAGE: (p) => `${p.message}`,
  INPUT_NOT_FOUND: () => 'no such file or folder',
  INPUT_UNREADABLE: (p) => `cannot read this file (${p.reason})`,
  INPUT_EMPTY: () => 'the file is empty (0 bytes)',
  INPUT_NO_FILES: () => 'the folder holds no .csv, .tsv, .txt, .xlsx or .xls file',
  INPUT_BINARY: () => 'this is not a text file (binary data); export the report as CSV',
  INPUT_WORKBOOK: (p) =>
    `cannot read this Excel workbook (${p.reason}): it may be damaged or cut short; open it in Excel and save it again, or save it as CSV`,
  INPUT_UNKNOWN_FORMAT: (p) =>
    `${
      p.sheets === undefined
        ? `unknown kind of file (first line: "${p.first}"): its header matches none of`
        : `unknown kind of workbook (sheets: ${p.sheets}; first row: "${p.first}"): no sheet has a header that matches one of`
    } ` +
    `${p.tried}${p.closest === undefined ? '' : ` (the closest: ${p.closest}, confidence ${p.confidence}%)`}; ` +
    `describe its columns in a mapping file and pass --map (see social-roi inspect FILE)`,
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
  INPUT_DATE_OUT_OF_RANGE: (p) =>
    `"${p.value}" in ${p.column} is outside the years a report covers (${p.first} to ${p.last}); for a cost with no ` +
    `end date, give the last day it covers`,
  INPUT_MIXED_DATE_FORMATS: (p) => `${p.column} mixes month-first ("${p.first}") and day-first ("${p.second}") dates`,
  INPUT_RANGE_REVERSED: (p) => `the range ends (${p.end}) before it starts (${p.start})`,
  INPUT_MISSING_VALUE: (p) => `${p.column} is empty`,
  INPUT_BAD_CHANNEL: (p) =>
    `unknown channel "${p.value}" (expected LinkedIn, Meta, Facebook, Instagram, Google Ads, X, Twitter, TikTok or all)`,
  INPUT_UNKNOWN_NETWORK: (p) =>
    `network "${p.value}" in ${p.column} is not a channel this report covers (LinkedIn, Facebook, Instagram, X, ` +
    `Twitter, TikTok); leave it out of the export, or use --lenient to skip its rows`,
  INPUT_BAD_CATEGORY: (p) => `unknown category "${p.value}" (expected media, tools, staff, agency, training, content or other)`,
  INPUT_OUT_OF_RANGE: (p) => `${p.column} must be between ${p.min} and ${p.max} ("${p.value}")`,
  INPUT_BAD_CURRENCY: (p) => `"${p.value}" is not a currency code (expected three letters such as EUR)`,
  INPUT_NO_CURRENCY: () => 'the file does not say which currency its amounts are in',
  INPUT_MIXED_CURRENCY: (p) =>
    `amounts in ${p.currency} cannot be added to amounts in ${p.expected}, the report's currency ` +
    `(${p.chosen ? 'chosen with --currency or in the configuration' : `the currency of profile ${p.profile}`}${p.other ? `, and of ${p.other}` : ''}); ` +
    `give the rate with --fx ${p.currency}=<what 1 ${p.currency} is worth in ` +
    `${p.expected}>${p.chosen || p.other ? '' : `, or report in ${p.currency}: --currency ${p.currency} --fx ${p.expected}=<what 1 ${p.expected} is worth in ${p.currency}>`}`,
  INPUT_PROFILE_CURRENCY: (p) =>
    `the values of profile ${p.profile} are in ${p.currency} and the report is in ${p.expected}; give the rate with ` +
    `--fx ${p.currency}=<what 1 ${p.currency} is worth in ${p.expected}>`,
  INPUT_OWN_REPORT: () => 'a report written by social-roi, not an export',
  OUTPUT_IS_INPUT: () => '--out names one of the files this run reads: the report would replace it; write it elsewhere',
  OUTPUT_UNWRITABLE: (p) => `cannot write the report here (${p.reason}); the previous file, if any, is unchanged`,
  PROFILE_NOT_FOUND: (p) => `${p.message}`,
  PROFILE_INVALID: (p) => `${p.message}`,
  CONFIG_INVALID: (p) => `${p.message}`,
  MAPPING_INVALID: (p) => `${p.message}`,
  INPUT_REPEATED_VALUE_DIFFERS: (p) =>
    `${p.column} is ${p.value} here but ${p.first} on line ${p.line} for the same campaign and day: rows split by ` +
    `${p.by} repeat the campaign's ${p.column}, so they must agree`,
  'ambiguous-dates': (p) =>
    `no date in ${p.column} shows whether the day or the month comes first: read as ${p.format}, ` +
    `${p.basis === 'numbers' ? 'the order that goes with the decimal mark of its numbers' : `the order of ${p.source} exports in this language`}`,
  'no-data-rows': () => 'a header but no data rows',
  'rows-skipped': (p) =>
    `${plural(p.count, 'row', 'rows', 'en-US')} skipped (--lenient) for ${p.reason}, the first on ` +
    `${String(p.lines).includes(',') ? 'lines' : 'line'} ${p.lines}`,
  'duplicate-file': (p) => `the same bytes as ${p.first}: read once, not counted twice`,
  'file-skipped': (p) => `not an export this tool reads (${p.reason}): left out (--lenient)`,
  'empty-window': (p) => `no row of the files falls between ${p.from} and ${p.to}: every figure is 0 (check --from and --to)`,
  'header-repeated': (p) => `the header is repeated on line ${p.line} (two exports joined into one file?): that line was skipped`,
  'negative-amount': (p) =>
    `${plural(p.count, 'negative amount', 'negative amounts', 'en-US')} (refunds or credits) kept in the totals, the first on this line`,
  'masked-values': (p) =>
    `${p.count} ${p.column} value(s) hidden by the platform as "${p.shown}" (too few to show): counted as 0, so the ` +
    `total is slightly low; the first on this line`,
  'legacy-encoding': () => 'not UTF-8: read as Windows-1252 (Excel on Windows); check that accented names look right',
  'too-early': (p) => {
    const unmet = String(p.unmet);
    const facts = [
      unmet.includes('history') ? `${plural(p.months, 'month', 'months', 'en-US')} of history (the profile expects ${p.minMonths})` : '',
      unmet.includes('audience')
        ? `${plural(p.audience, 'follower', 'followers', 'en-US')} (the profile expects ${count(p.minAudience, 'en-US')})`
        : '',
    ];
    return `${p.channel}: too early to judge: ${facts.filter(Boolean).join(' and ')}; its ROI is a first reading, not yet a verdict`;
  },
  'negative-cost': (p) =>
    `${p.channel === 'total' ? 'the report as a whole' : p.channel}: credits exceed what was spent (a cost of ` +
    `${money(p.cost, 'en-US')}), so its ROI is n/a: a return on a negative outlay means nothing; check the credits ` +
    `in the spend ledger`,
  'link-skipped': (p) =>
    `${p.reason === 'ELOOP' ? 'a loop of links' : p.reason === 'ENOENT' ? 'a link to a file that does not exist' : `not readable (${p.reason})`}: left out`,
  'own-report-skipped': () => 'a report written by social-roi, not an export: left out',
  'no-cost': (p) =>
    `${p.channel}: activity in the files but no cost at all, so no ROI: organic work is not free; put the team's ` +
    `time (hours × rate) or its tools in the spend ledger`,
  fatigue: (p) =>
    `${p.channel}: signs of a vicious circle from ${p.from} to ${p.to}: posts rose from ` +
    `${count(p.postsFrom, 'en-US')} to ${count(p.postsTo, 'en-US')} while engagements per post fell from ` +
    `${count(p.engagementPerPostFrom, 'en-US')} to ` +
    `${count(p.engagementPerPostTo, 'en-US')}${p.unfollowsFrom === undefined ? '' : ` and unfollows rose from ${count(p.unfollowsFrom, 'en-US')} to ${count(p.unfollowsTo, 'en-US')}`}; ` +
    `sending more is losing the audience: fewer, better posts and more conversations break the circle`,
  'low-sample': (p) =>
    `only ${plural(p.respondents, 'survey respondent', 'survey respondents', 'en-US')}, fewer than the ` +
    `${p.minRespondents} the profile asks for: the adoption score is a hint, not a measure`,
  'possible-double-count': (p) =>
    `${p.channel} in ${p.month}: this outcomes file and a platform export both give ${p.metrics}; if the CRM ` +
    `records the leads the platform already reports, they are counted twice (keep them in one file only)`,
  'lifetime-mixed': (p) =>
    `${p.channel}: ${p.lifetimeFiles} file(s) of post lifetime totals (the first: ${p.lifetimeFile}) are added to ` +
    `${p.periodFiles} file(s) of period totals (the first: ${p.periodFile}) in ${p.metrics}; a post's lifetime ` +
    `totals count all it gathered up to the export, dated on the day it was published, while period totals count ` +
    `what happened on their own days, so these sums mix two different measures (report the post exports on their ` +
    `own to compare like with like)`,
  'series-not-read': (p) =>
    `the series "${p.series}" named on this line stands for none of the metrics this report reads: its values are not counted`,
  'shared-costs-unallocated': (p) =>
    `${money(p.amount, 'en-US')} ${p.currency} of shared costs fell in months with no media spend on any channel: kept in the group "all"`,
  'overlapping-files': (p) =>
    `${p.later} repeats rows of this ${p.source} export (the same download again?): from ${p.start} to ${p.end}, ` +
    `the days both files cover, its ${p.campaigns} campaign(s) are counted once, from ${p.later} (named later), and ` +
    `this file's rows for them are left out`,
  'range-rows': (p) =>
    `rows are totals over the range each one states (${p.startColumn} to ${p.endColumn}, no day breakdown), ` +
    `${p.start} to ${p.end} in all: each is spread evenly over its days`,
  'undated-rows': (p) =>
    `rows carry no date: each is a total over the range stated above the header, ${p.start} to ${p.end}, spread evenly over its days`,
  'period-start-rows': (p) =>
    `rows are ${p.source} period aggregates dated at the period start: spread over ${p.start}…${p.end} (the range ` +
    `stated above the header), not counted on ${p.start} alone`,
  'segment-rows': (p) =>
    `rows are ${p.segment === 'week' ? 'weekly' : 'monthly'} totals (${p.column}): each is spread over the days of ` +
    `its ` +
    `${p.segment === 'week' ? 'week' : 'month'}${p.clipped === 'yes' ? ` that fall within the range stated above the header, ${p.start} to ${p.end}` : ''}`,
  'conversion-action-rows': (p) =>
    `rows are split by ${p.column} (${p.actions} action(s)), each repeating its campaign's ${p.repeated}: those are ` +
    `counted once per campaign and day, while conversions and conversion value are summed across the actions`,
  'result-type-rows': (p) =>
    `${p.column} read as conversions on ${p.counted} row(s), where ${p.typeColumn} names a conversion ` +
    `(${p.countedTypes || 'none'}); left out on ${p.left} row(s), where it does not ` +
    `(${p.leftTypes || 'none'})${p.purchases ? `; purchases are counted once, from ${p.purchases}` : ''}`,
  'duplicate-headers': (p) => `columns ${p.columns} share the name "${p.name}": none of them is read, so the duplicate changes nothing`,
} satisfies Record<ProblemCode, Template>;
