import { SUB_SCORES } from '../model/sub-scores.js';
import { scoresInOrder } from '../model/use-case-leads.js';
import type { Dimension, Figures, HardFigure, Report } from '../model/report.js';
import { labelsFor, periodText } from '../report/labels.js';
import type { Language } from '../model/language.js';
import { narrative } from '../report/narrative.js';
import { formatAmount, formatMoney, formatRatio, formatRoas, formatScore } from '../format/format-value.js';
import { roiChart, softChart } from './html-bars.js';
import { cumulativeChart } from './html-cumulative.js';
import { htmlLabelsFor } from './html-labels.js';
import { HTML_STYLE } from './html-style.js';
import { element } from './html-text.js';
import type { Grid } from './grid.js';
import { TOO_EARLY_MARK, adoptionNote, reportSections } from './report-sections.js';
import { fileText, methodLines, warningText } from './table-footer.js';

export interface HtmlContext {
  language: Language;
}

/*
 * A report to send as it is: one file with its style and charts inline and no script, that opens
 * offline and prints to PDF. Every string goes through htmlText, ours included, since input names
 * travel inside them; the content policy would stop a script or a request even if one got through.
 */

const CONTENT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

type Formatter = (value: number | null, language: Language) => string;

// Split as the terminal splits them: money, then the ratios, so each table fits a printed page.
const MONEY_COLUMNS: readonly (readonly [HardFigure, Formatter])[] = [
  ['mediaSpend', formatMoney], ['otherCosts', formatMoney], ['cost', formatMoney], ['value', formatMoney],
];
const RATIO_COLUMNS: readonly (readonly [HardFigure, Formatter])[] = [
  ['roi', formatRatio], ['roas', formatRoas], ['cpc', formatMoney], ['cpm', formatMoney], ['cpl', formatMoney], ['cpa', formatMoney],
];

interface Column {
  title: string;
  cell: (figures: Figures) => string;
  negative?: (figures: Figures) => boolean;
}

function row(cells: readonly string[], className?: string): string {
  return `<tr${className ? ` class="${className}"` : ''}>${cells.join('')}</tr>`;
}

function valueCell(column: Column, figures: Figures): string {
  return element('td', column.cell(figures), column.negative?.(figures) ? { class: 'negative' } : {});
}

/** One row per group, then the total; the header repeats on each printed page. */
function table(report: Report, columns: readonly Column[], language: Language): string {
  const labels = labelsFor(language);
  const keys: Dimension[] = report.groupBy;
  const head = row([...keys.map((key) => element('th', labels.dimensions[key], { class: 'key', scope: 'col' })), ...columns.map((column) => element('th', column.title, { scope: 'col' }))]);
  const body = report.groups.map((group) =>
    row([...keys.map((key) => element('td', group.key[key] ?? '', { class: 'key' })), ...columns.map((column) => valueCell(column, group))]),
  );
  const totalKeys = keys.map((_, i) => element('td', i === 0 ? labels.total : '', { class: 'key' }));
  const total = row([...totalKeys, ...columns.map((column) => valueCell(column, report.total))], 'total');
  return ['<table>', `<thead>${head}</thead>`, '<tbody>', ...body, total, '</tbody>', '</table>'].join('\n');
}

function hardColumns(columns: typeof MONEY_COLUMNS, language: Language): Column[] {
  const titles = labelsFor(language).hard;
  const mark = (figures: Figures) => (figures.flags.includes('too-early') ? ` ${TOO_EARLY_MARK}` : '');
  return columns.map(([figure, format]) => ({
    title: titles[figure],
    cell: (figures) => format(figures.hard[figure], language) + (figure === 'roi' ? mark(figures) : ''),
    negative: (figures) => (figures.hard[figure] ?? 0) < 0,
  }));
}

/** The index, then each sub-score that some row has: a column of n/a only would say nothing. */
function softColumns(report: Report, language: Language): Column[] {
  const labels = labelsFor(language);
  const rows = [...report.groups, report.total];
  const present = scoresInOrder(report.useCase, SUB_SCORES).filter((key) => rows.some((figures) => figures.soft.scores[key] !== null));
  return [
    { title: labels.index, cell: (figures) => formatScore(figures.soft.index, language) },
    ...present.map((key) => ({ title: labels.subScores[key], cell: (figures: Figures) => formatScore(figures.soft.scores[key]?.score ?? null, language) })),
  ];
}

/** A section's grid: keys left, figures right, the last row a total unless the grid says otherwise. */
function gridTable(grid: Grid): string {
  const columns = [...grid.keys, ...grid.values];
  const keyCount = grid.keys.length;
  const attributes = (i: number): Record<string, string> => (i < keyCount ? { class: 'key' } : {});
  const head = row(columns.map((column, i) => element('th', column.title, { ...attributes(i), scope: 'col' })));
  const count = columns[0]?.cells.length ?? 0;
  const body = Array.from({ length: count }, (_, r) => {
    const total = (grid.totalRow ?? true) && r === count - 1 && r > 0;
    return row(columns.map((column, i) => element('td', column.cells[r] ?? '', attributes(i))), total ? 'total' : undefined);
  });
  return ['<table>', `<thead>${head}</thead>`, '<tbody>', ...body, '</tbody>', '</table>'].join('\n');
}

function tooEarlyNote(report: Report, language: Language): string[] {
  const flagged = [...report.groups, report.total].some((figures) => figures.flags.includes('too-early'));
  return flagged ? [element('p', labelsFor(language).tooEarlyMark({ mark: TOO_EARLY_MARK }), { class: 'note' })] : [];
}

function keyFigure(name: string, value: string, notes: readonly string[] = []): string {
  return `<div>${element('dt', name)}${element('dd', value)}${notes.map((note) => element('dd', note, { class: 'note' })).join('')}</div>`;
}

function keyFigures(report: Report, language: Language): string {
  const labels = labelsFor(language);
  const { hard, soft } = report.total;
  const amount = (value: number): string => formatAmount(value, report.currency, language);
  const costNotes = [`${labels.hard.mediaSpend} ${amount(hard.mediaSpend)}`, `${labels.hard.otherCosts} ${amount(hard.otherCosts)}`];
  return [
    '<dl class="key-figures">',
    keyFigure(labels.hard.cost, amount(hard.cost), costNotes),
    keyFigure(labels.hard.value, amount(hard.value)),
    keyFigure(labels.hard.roi, formatRatio(hard.roi, language), [`${labels.hard.roas} ${formatRoas(hard.roas, language)}`]),
    keyFigure(labels.markdown.softIndex, formatScore(soft.index, language), [htmlLabelsFor(language).softIndexNote]),
    '</dl>',
  ].join('\n');
}

function section(title: string, body: readonly string[]): string[] {
  return body.length === 0 ? [] : ['<section>', element('h2', title), ...body, '</section>'];
}

function list(items: readonly string[], className: string): string[] {
  return items.length === 0 ? [] : [`<ul class="${className}">`, ...items.map((item) => element('li', item)), '</ul>'];
}

/** The period is in the title already. */
function subtitle(report: Report, language: Language): string {
  return element('p', labelsFor(language).profile({ profile: report.profile, currency: report.currency }), { class: 'subtitle' });
}

/** The report as one self-contained HTML document: key figures, interpretation, charts, tables, method. */
export function renderHtml(report: Report, ctx: HtmlContext): string {
  const { language } = ctx;
  const labels = labelsFor(language);
  const title = labels.markdown.title({ period: periodText(report.period, language) ?? labels.noPeriod });
  const lines = [
    '<!doctype html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_POLICY}">`,
    // No favicon request: the page asks for nothing, even next to a web server.
    '<link rel="icon" href="data:,">',
    element('title', title),
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    element('h1', title),
    subtitle(report, language),
    '</header>',
    '<main>',
    ...section(labels.markdown.keyFigures, [keyFigures(report, language)]),
    ...section(labels.interpretationTitle, narrative(report, language).map((paragraph) => element('p', paragraph))),
    ...section(htmlLabelsFor(language).charts, [cumulativeChart(report, language), roiChart(report, language), softChart(report, language)]),
    ...section(labels.hardTitle({ currency: report.currency }), [table(report, hardColumns(MONEY_COLUMNS, language), language), table(report, hardColumns(RATIO_COLUMNS, language), language), ...tooEarlyNote(report, language)]),
    ...section(labels.softTitle, [table(report, softColumns(report, language), language), ...adoptionNote(report, language).map((note) => element('p', note, { class: 'note' }))]),
    ...reportSections(report, language).flatMap((part) =>
      section(part.title, [gridTable(part.grid), ...part.notes.map((note) => element('p', note, { class: 'note' }))]),
    ),
    ...section(labels.markdown.warnings, list(report.warnings.map((problem) => warningText(problem, language)), 'warnings')),
    ...section(labels.markdown.method, list(methodLines(report, language), 'notes')),
    ...section(labels.markdown.files, list(report.files.map((file) => fileText(file, language)), 'files')),
    '</main>',
    '</body>',
    '</html>',
  ];
  return `${lines.join('\n')}\n`;
}
