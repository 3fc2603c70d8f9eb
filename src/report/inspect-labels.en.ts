import type { DateBasis } from '../read/inspect-file.js';
import type { GuessBasis, OpenQuestion } from '../read/suggest-mapping.js';

/** English text of `inspect`: how a file is read, and a mapping for a file of no known kind. */
export const INSPECT_LABELS_EN = {
  facts: {
    kind: 'kind',
    runnerUp: 'runner-up',
    encoding: 'encoding',
    delimiter: 'delimiter',
    header: 'header',
    dates: 'dates',
    numbers: 'numbers',
    currency: 'currency',
    period: 'period',
    rows: 'rows',
    leftOut: 'left out',
    firstRow: 'first row',
    closest: 'closest',
    sheets: 'sheets',
  },
  kindConfidence: (p: { label: string; kind: string; confidence: string }) => `${p.label} (${p.kind}), confidence ${p.confidence}`,
  runnerUp: (p: { label: string; confidence: string }) => `${p.label}, confidence ${p.confidence}`,
  none: 'none',
  delimiters: { ',': 'comma', ';': 'semicolon', '\t': 'tab', cells: 'none (a sheet of cells)' } as Record<string, string>,
  headerAt: (p: { row: boolean; line: number; language: string }) => `${p.row ? 'row' : 'line'} ${p.line}, UI language ${p.language}`,
  dateBases: {
    iso: 'ISO dates',
    names: 'month names: no order to decide',
    values: 'a day above 12 settles the order',
    'ui-language': 'no day above 12: the usual order of this export in its UI language',
    'decimal-mark': 'no day above 12: the order that goes with the decimal mark',
    preamble: 'no date column',
    mapping: 'the order the mapping states',
  } satisfies Record<DateBasis, string>,
  decimalMark: (p: { mark: string }) => `decimal mark "${p.mark}"`,
  notStated: 'not stated',
  periodRange: (p: { start: string; end: string }) => `${p.start} to ${p.end}`,
  rowCounts: (p: { rows: string; totals: string; skipped: string }) =>
    `${p.rows} read, ${p.totals} totals row(s) left out, ${p.skipped} skipped`,
  skippedFor: (p: { rows: string; reason: string; lines: string }) => `${p.rows} for ${p.reason}, the first on line(s) ${p.lines}`,
  warnings: 'warnings',
  quirksHandled: 'quirks handled',
  emptySheet: 'an empty sheet',
  noKnownHeader: 'no header of a known kind',
  columnsUnread: 'columns: no row could be read to try them on',
  columnHeads: { number: '#', column: 'column', readAs: 'read as', guessedAs: 'guessed as' },
  notRead: 'not read',
  unknownKind: 'unknown: no built-in kind or mapping recognises its header',
  notText: 'not text',
  headerLine: (p: { line: number }) => `line ${p.line}`,
  noTable: 'no table in its first lines: no mapping to suggest',
  guessBases: {
    name: '',
    values: ' (from its values)',
    rate: 'not read: a rate or an average, recomputed from the sums',
    'values-disagree': 'not read: its values do not fit what its name says',
    taken: 'not read: another column already gives it',
    unknown: 'not read: not recognised',
  } satisfies Record<GuessBasis, string>,
  toDecide: 'to decide',
  questions: {
    'no-channel':
      'channel: which network is this file from? Replace "?" with linkedin, meta, google-ads, x or tiktok, or read a column as "channel"',
    'no-date': 'columns: no column looks like a date; read one as "date" (or "start" and "end")',
    'no-metric': 'columns: no column looks like a metric; read at least one as impressions, clicks, spend…',
    'dates-unsettled': 'dateFormat: no day above 12 in the first rows says whether the day or the month comes first; check it',
  } satisfies Record<OpenQuestion['reason'], string>,
  suggested: 'suggested mapping: save the JSON below as a file (mapping.json), check each guess, then run',
};

export type InspectLabels = typeof INSPECT_LABELS_EN;
