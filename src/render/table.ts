import type { ChalkInstance } from 'chalk';
import { SUB_SCORES } from '../compute/soft-roi.js';
import type { BenchmarkedScore, SubScoreKey } from '../model/profile.js';
import type { Dimension, Figures, HardRoi, Report, SubScore } from '../model/report.js';
import type { Language } from '../report/messages.js';
import { NOT_AVAILABLE, formatMoney, formatPercent, formatPerThousand, formatRatio, formatRoas, formatScore } from './format-value.js';
import { renderGrids, type Column, type Grid } from './grid.js';
import { footerLines } from './table-footer.js';
import { sanitize, wrap } from './text.js';

export interface TableContext {
  /** null: plain text with no escape sequence at all (a pipe, a file, NO_COLOR). */
  color: ChalkInstance | null;
  /** Terminal columns: no line of the output is longer. */
  width: number;
  language: Language;
}

type Formatter = (value: number | null, language: Language) => string;

const KEY_TITLES: Record<Dimension, string> = {
  channel: 'Channel',
  campaign: 'Campaign',
  month: 'Month',
  week: 'Week',
  quarter: 'Quarter',
};

const HARD_COLUMNS: readonly (readonly [title: string, figure: keyof HardRoi, format: Formatter])[] = [
  ['Media spend', 'mediaSpend', formatMoney],
  ['Other costs', 'otherCosts', formatMoney],
  ['Cost', 'cost', formatMoney],
  ['Value', 'value', formatMoney],
  ['ROI', 'roi', formatRatio],
  ['ROAS', 'roas', formatRoas],
  ['CPC', 'cpc', formatMoney],
  ['CPM', 'cpm', formatMoney],
  ['CPL', 'cpl', formatMoney],
  ['CPA', 'cpa', formatMoney],
];

/** Sub-scores that compare a rate with a benchmark; growth is per audience, not per impression. */
const BENCHMARKED: readonly BenchmarkedScore[] = ['conversation', 'amplification', 'engagement', 'growth'];

/** Every group, then the total: the rows of every table. */
function rowsOf(report: Report): Figures[] {
  return [...report.groups, report.total];
}

function keyColumns(report: Report): Column[] {
  return report.groupBy.map((dimension, index) => ({
    title: KEY_TITLES[dimension],
    align: 'left',
    cells: [...report.groups.map((group) => sanitize(group.key[dimension] ?? '')), index === 0 ? 'Total' : ''],
  }));
}

function valueColumn(title: string, rows: readonly Figures[], cell: (figures: Figures) => string): Column {
  return { title, align: 'right', cells: rows.map(cell) };
}

function hardGrid(report: Report, language: Language): Grid {
  const rows = rowsOf(report);
  const values = HARD_COLUMNS.map(([title, figure, format]) => ({
    ...valueColumn(title, rows, (figures) => format(figures.hard[figure], language)),
    signed: figure === 'roi',
  }));
  return { keys: keyColumns(report), values };
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Sub-scores with data somewhere in the report: a column of n/a only would say nothing. */
function presentScores(rows: readonly Figures[], keys: readonly SubScoreKey[]): SubScoreKey[] {
  return keys.filter((key) => rows.some((figures) => figures.soft.scores[key] !== null));
}

function softGrid(report: Report, language: Language): Grid {
  const rows = rowsOf(report);
  const scores = presentScores(rows, SUB_SCORES).map((key) =>
    valueColumn(capitalised(key), rows, (figures) => formatScore(figures.soft.scores[key]?.score ?? null, language)),
  );
  const index = valueColumn('Index', rows, (figures) => formatScore(figures.soft.index, language));
  return { keys: keyColumns(report), values: [index, ...scores] };
}

function rateCell(score: SubScore | null, format: Formatter, language: Language): string {
  return score ? `${format(score.rate, language)} (${format(score.benchmark, language)})` : NOT_AVAILABLE;
}

function ratesGrid(report: Report, language: Language): Grid | null {
  const rows = rowsOf(report);
  const present = presentScores(rows, BENCHMARKED);
  if (present.length === 0) return null;
  const values = present.map((key) => {
    const format = key === 'growth' ? formatPercent : formatPerThousand;
    return valueColumn(capitalised(key), rows, (figures) => rateCell(figures.soft.scores[key], format, language));
  });
  return { keys: keyColumns(report), values };
}

function ratesTitle(report: Report): string {
  const growth = rowsOf(report).some((figures) => figures.soft.scores.growth !== null);
  return growth ? 'Rates per 1,000 impressions, growth in % (benchmark)' : 'Rates per 1,000 impressions (benchmark)';
}

/**
 * The report as a terminal reads it: hard ROI, soft ROI and the rates behind it, then what the
 * figures rest on. Pure: colour, width and language come from the context.
 */
export function renderTable(report: Report, ctx: TableContext): string {
  const { color, width, language } = ctx;
  const rates = ratesGrid(report, language);
  const sections = [
    { title: `Hard ROI (${sanitize(report.currency)})`, grid: hardGrid(report, language) },
    { title: "Soft ROI (0–100; 50 = the profile's benchmark)", grid: softGrid(report, language) },
    ...(rates ? [{ title: ratesTitle(report), grid: rates }] : []),
  ];
  const tables = renderGrids(sections.map((section) => section.grid), width, color);
  const lines = sections.flatMap((section, i) => [
    ...wrap(section.title, width).map((line) => (color ? color.bold(line) : line)),
    tables[i]!,
    '',
  ]);
  lines.push(...footerLines(report, language).flatMap((line) => wrap(line, width, 2)));
  return `${lines.join('\n')}\n`;
}
