import { COUNT_KEYS } from '../model/metrics.js';
import type { Cumulative, Figures, HardRoi, Report } from '../model/report.js';
import { SUB_SCORES } from '../model/sub-scores.js';

/*
 * One row per group, then the total, for spreadsheets and scripts: RFC 4180 (comma, CRLF, quotes
 * doubled), column names from METRICS.md and numbers as JSON writes them, whatever the report's
 * language, so that the file reads the same everywhere and a column never changes meaning.
 */

type Cell = string | number | null;

/** The key of the last row; the other key cells of that row are empty. */
const TOTAL_KEY = 'total';

/** The figures of HardRoi added later: their columns come after the first ones (see LATER_KEYS). */
type LaterHardKey = 'revenueRoi' | 'breakEvenUnitValue' | 'allSpend';

// Every other figure of HardRoi, in the JSON output's order; `satisfies` fails the build if one is
// added to HardRoi and not here.
const HARD_KEYS = Object.keys({
  cost: true,
  mediaSpend: true,
  otherCosts: true,
  value: true,
  roi: true,
  roas: true,
  cpc: true,
  cpm: true,
  cpl: true,
  cpa: true,
  costPerHire: true,
} satisfies Record<Exclude<keyof HardRoi, LaterHardKey>, true>) as Exclude<keyof HardRoi, LaterHardKey>[];

/*
 * A spreadsheet runs a cell that starts with one of these as a formula (OWASP, CSV injection), and
 * some read the full-width forms as their ASCII twins. Text cells hold input names: every one is
 * guarded, even one that looks like a number ("-5" is a name here); number cells never are.
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/u;
const NEEDS_QUOTES = /[",\r\n]/;

function textCell(text: string): string {
  const inert = FORMULA_TRIGGER.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}

function numberCell(value: number): string {
  // The JSON renderer's rule: a non-finite figure is a bug, never a cell.
  if (!Number.isFinite(value)) throw new Error(`non-finite number in report: ${value}`);
  return String(value);
}

function cell(value: Cell): string {
  if (value === null) return '';
  return typeof value === 'number' ? numberCell(value) : textCell(value);
}

/** Added after the first columns, so that a column's place never changes: empty where they do not apply. */
const TIME_KEYS = ['cumulativeCost', 'cumulativeValue', 'cumulativeRoi', 'tooEarly'] as const;
const LATER_KEYS = ['revenueRoi', 'breakEvenResult', 'breakEvenUnitValue', 'cplAllSpend', 'cpaAllSpend', 'costPerHireAllSpend'] as const;

function header(report: Report): string[] {
  return [
    ...report.groupBy,
    ...COUNT_KEYS,
    ...HARD_KEYS,
    'softIndex',
    ...SUB_SCORES.map((key) => `${key}Score`),
    ...TIME_KEYS,
    ...LATER_KEYS,
  ];
}

/** The running totals exist only for a group of a period; `tooEarly` is 1 or 0. */
function figureCells(figures: Figures & { cumulative?: Cumulative }): Cell[] {
  const { cumulative } = figures;
  return [
    ...COUNT_KEYS.map((key) => figures.metrics[key]),
    ...HARD_KEYS.map((key) => figures.hard[key]),
    figures.soft.index,
    ...SUB_SCORES.map((key) => figures.soft.scores[key]?.score ?? null),
    cumulative?.cost ?? null,
    cumulative?.value ?? null,
    cumulative?.roi ?? null,
    figures.flags.includes('too-early') ? 1 : 0,
    figures.hard.revenueRoi,
    figures.hard.breakEvenUnitValue?.result ?? null,
    figures.hard.breakEvenUnitValue?.value ?? null,
    figures.hard.allSpend.cpl,
    figures.hard.allSpend.cpa,
    figures.hard.allSpend.costPerHire,
  ];
}

function line(cells: readonly Cell[]): string {
  return `${cells.map(cell).join(',')}\r\n`;
}

export function renderCsv(report: Report): string {
  const rows = report.groups.map((group) => line([...report.groupBy.map((key) => group.key[key] ?? ''), ...figureCells(group)]));
  const totalKeys = report.groupBy.map((_, i) => (i === 0 ? TOTAL_KEY : ''));
  return [line(header(report)), ...rows, line([...totalKeys, ...figureCells(report.total)])].join('');
}
