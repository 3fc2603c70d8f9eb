import type { ChalkInstance } from 'chalk';
import { SUB_SCORES } from '../model/sub-scores.js';
import { scoresInOrder } from '../model/use-case-leads.js';
import type { BenchmarkedScore, SubScoreKey } from '../model/profile.js';
import type { Figures, HardFigure, Report, SubScore } from '../model/report.js';
import { labelsFor } from '../report/labels.js';
import type { Language } from '../model/language.js';
import { narrative } from '../report/narrative.js';
import { NOT_AVAILABLE, formatMoney, formatPercent, formatPerThousand, formatRatio, formatRoas, formatScore } from '../format/format-value.js';
import { renderGrids, type Column, type Grid } from './grid.js';
import { TOO_EARLY_MARK, adoptionNote, reportSections } from './report-sections.js';
import { footerLines } from './table-footer.js';
import { trendLines } from './trends.js';
import { sanitize, wrap } from '../format/text.js';

export interface TableContext {
  /** null: plain text with no escape sequence at all (a pipe, a file, NO_COLOR). */
  color: ChalkInstance | null;
  /** Terminal columns: no line of the output is longer. */
  width: number;
  language: Language;
  /** Per-channel ROI and soft-index trends across periods (on a terminal, or asked for). */
  sparklines: boolean;
}

type Formatter = (value: number | null, language: Language) => string;

const HARD_COLUMNS: readonly (readonly [figure: HardFigure, format: Formatter])[] = [
  ['mediaSpend', formatMoney],
  ['otherCosts', formatMoney],
  ['cost', formatMoney],
  ['value', formatMoney],
  ['roi', formatRatio],
  ['roas', formatRoas],
  ['cpc', formatMoney],
  ['cpm', formatMoney],
  ['cpl', formatMoney],
  ['cpa', formatMoney],
];

/** Cost per hire is the figure a recruitment team is asked for: shown when hires are in the files or recruitment leads the report. */
function hardColumns(report: Report): typeof HARD_COLUMNS {
  const hiring = report.useCase === 'recruitment' || report.total.metrics.hires > 0;
  return hiring ? [...HARD_COLUMNS, ['costPerHire', formatMoney]] : HARD_COLUMNS;
}

/** Sub-scores that compare a rate with a benchmark; growth is per audience, not per impression. */
const BENCHMARKED: readonly BenchmarkedScore[] = ['conversation', 'amplification', 'engagement', 'growth'];

/** Every group, then the total: the rows of every table. */
function rowsOf(report: Report): Figures[] {
  return [...report.groups, report.total];
}

function keyColumns(report: Report, language: Language): Column[] {
  const labels = labelsFor(language);
  return report.groupBy.map((dimension, index) => ({
    title: labels.dimensions[dimension],
    align: 'left',
    cells: [...report.groups.map((group) => sanitize(group.key[dimension] ?? '')), index === 0 ? labels.total : ''],
  }));
}

function valueColumn(title: string, rows: readonly Figures[], cell: (figures: Figures) => string): Column {
  return { title, align: 'right', cells: rows.map(cell) };
}

function hardGrid(report: Report, language: Language): Grid {
  const rows = rowsOf(report);
  const titles = labelsFor(language).hard;
  const values = hardColumns(report).map(([figure, format]) => ({
    ...valueColumn(titles[figure], rows, (figures) => format(figures.hard[figure], language) + (figure === 'roi' ? tooEarlyMark(figures) : '')),
    signed: figure === 'roi',
  }));
  return { keys: keyColumns(report, language), values };
}

function tooEarlyMark(figures: Figures): string {
  return figures.flags.includes('too-early') ? ` ${TOO_EARLY_MARK}` : '';
}

/** Sub-scores with data somewhere in the report: a column of n/a only would say nothing. */
function presentScores(rows: readonly Figures[], keys: readonly SubScoreKey[]): SubScoreKey[] {
  return keys.filter((key) => rows.some((figures) => figures.soft.scores[key] !== null));
}

function softGrid(report: Report, language: Language): Grid {
  const rows = rowsOf(report);
  const labels = labelsFor(language);
  const scores = presentScores(rows, scoresInOrder(report.useCase, SUB_SCORES)).map((key) =>
    valueColumn(labels.subScores[key], rows, (figures) => formatScore(figures.soft.scores[key]?.score ?? null, language)),
  );
  const index = valueColumn(labels.index, rows, (figures) => formatScore(figures.soft.index, language));
  return { keys: keyColumns(report, language), values: [index, ...scores] };
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
    return valueColumn(labelsFor(language).subScores[key], rows, (figures) => rateCell(figures.soft.scores[key], format, language));
  });
  return { keys: keyColumns(report, language), values };
}

function ratesTitle(report: Report, language: Language): string {
  const labels = labelsFor(language);
  const growth = rowsOf(report).some((figures) => figures.soft.scores.growth !== null);
  return growth ? labels.ratesGrowthTitle : labels.ratesTitle;
}

function tooEarlyNote(report: Report, width: number, language: Language): string[] {
  const flagged = rowsOf(report).some((figures) => figures.flags.includes('too-early'));
  return flagged ? wrap(labelsFor(language).tooEarlyMark({ mark: TOO_EARLY_MARK }), width) : [];
}

function heading(title: string, width: number, color: ChalkInstance | null): string[] {
  return wrap(title, width).map((line) => (color ? color.bold(line) : line));
}

/**
 * The report as a terminal reads it: hard ROI, soft ROI and the rates behind it, what they mean, then
 * what the figures rest on. Pure: colour, width and language come from the context.
 */
export function renderTable(report: Report, ctx: TableContext): string {
  const { color, width, language } = ctx;
  const labels = labelsFor(language);
  const rates = ratesGrid(report, language);
  const sections = [
    { title: labels.hardTitle({ currency: sanitize(report.currency) }), grid: hardGrid(report, language) },
    { title: labels.softTitle, grid: softGrid(report, language) },
    ...(rates ? [{ title: ratesTitle(report, language), grid: rates }] : []),
  ];
  const tables = renderGrids(sections.map((section) => section.grid), width, color);
  const notes = [tooEarlyNote(report, width, language), adoptionNote(report, language).flatMap((note) => wrap(note, width))];
  const lines = sections.flatMap((section, i) => [...heading(section.title, width, color), tables[i]!, ...(notes[i] ?? []), '']);
  const extra = reportSections(report, language);
  // Each has keys of its own (period, channel, team): laid out apart from the tables above.
  extra.forEach((section) => {
    lines.push(...heading(section.title, width, color), renderGrids([section.grid], width, color)[0]!);
    for (const note of section.notes) lines.push(...wrap(note, width));
    lines.push('');
  });
  if (ctx.sparklines) lines.push(...trendLines(report, width, color, language));
  lines.push(...heading(labels.interpretationTitle, width, color));
  for (const paragraph of narrative(report, language)) lines.push(...wrap(paragraph, width), '');
  lines.push(...footerLines(report, language).flatMap((line) => wrap(line, width, 2)));
  return `${lines.join('\n')}\n`;
}
