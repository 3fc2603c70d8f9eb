import type { Language } from '../model/language.js';
import type { Report } from '../model/report.js';
import { labelsFor, periodText } from '../report/labels.js';
import { narrative } from '../report/narrative.js';
import { figureSections, keyFigures } from './figure-sections.js';
import type { Grid, Column as GridColumn } from './grid.js';
import { roiChart, softChart } from './html-bars.js';
import { cumulativeChart } from './html-cumulative.js';
import { htmlLabelsFor } from './html-labels.js';
import { HTML_STYLE } from './html-style.js';
import { element } from './html-text.js';
import { reportSections } from './report-sections.js';
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

function row(cells: readonly string[], className?: string): string {
  return `<tr${className ? ` class="${className}"` : ''}>${cells.join('')}</tr>`;
}

/** A section's grid: keys left, figures right, the last row a total unless the grid says otherwise. */
function gridTable(grid: Grid): string {
  const columns = [...grid.keys, ...grid.values];
  const keyCount = grid.keys.length;
  const attributes = (i: number): Record<string, string> => (i < keyCount ? { class: 'key' } : {});
  // A loss is marked as the terminal paints it: by the sign of a return.
  const cellAttributes = (column: GridColumn, i: number, r: number): Record<string, string> =>
    column.signed && /^[-−]/.test(column.cells[r] ?? '') ? { class: 'negative' } : attributes(i);
  const head = row(columns.map((column, i) => element('th', column.title, { ...attributes(i), scope: 'col' })));
  const count = columns[0]?.cells.length ?? 0;
  const body = Array.from({ length: count }, (_, r) => {
    const total = (grid.totalRow ?? true) && r === count - 1 && r > 0;
    return row(
      columns.map((column, i) => element('td', column.cells[r] ?? '', cellAttributes(column, i, r))),
      total ? 'total' : undefined,
    );
  });
  return ['<table>', `<thead>${head}</thead>`, '<tbody>', ...body, '</tbody>', '</table>'].join('\n');
}

function keyFigure(name: string, value: string, notes: readonly string[] = []): string {
  return `<div>${element('dt', name)}${element('dd', value)}${notes.map((note) => element('dd', note, { class: 'note' })).join('')}</div>`;
}

function keyFigureList(report: Report, language: Language): string {
  return [
    '<dl class="key-figures">',
    ...keyFigures(report, language).map(({ name, value, notes }) => keyFigure(name, value, notes)),
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
    ...section(labels.markdown.keyFigures, [keyFigureList(report, language)]),
    ...section(
      labels.interpretationTitle,
      narrative(report, language).map((paragraph) => element('p', paragraph)),
    ),
    ...section(htmlLabelsFor(language).charts, [
      cumulativeChart(report, language),
      roiChart(report, language),
      softChart(report, language),
    ]),
    ...[...figureSections(report, language), ...reportSections(report, language)].flatMap((part) =>
      section(part.title, [...part.grids.map(gridTable), ...part.notes.map((note) => element('p', note, { class: 'note' }))]),
    ),
    ...section(
      labels.markdown.warnings,
      list(
        report.warnings.map((problem) => warningText(problem, language)),
        'warnings',
      ),
    ),
    ...section(labels.markdown.method, list(methodLines(report, language), 'notes')),
    ...section(
      labels.markdown.files,
      list(
        report.files.map((file) => fileText(file, language)),
        'files',
      ),
    ),
    '</main>',
    '</body>',
    '</html>',
  ];
  return `${lines.join('\n')}\n`;
}
