import { SUB_SCORES } from '../model/sub-scores.js';
import { scoresInOrder } from '../model/use-case-leads.js';
import type { Dimension, Figures, HardFigure, Report } from '../model/report.js';
import { labelsFor, periodText } from '../report/labels.js';
import type { Language } from '../model/language.js';
import { narrative } from '../report/narrative.js';
import { formatAmount, formatMoney, formatRatio, formatRoas, formatScore } from '../format/format-value.js';
import type { Grid } from './grid.js';
import { TOO_EARLY_MARK, adoptionNote, reportSections } from './report-sections.js';
import { fileText, methodLines, warningText } from './table-footer.js';
import { sanitize } from '../format/text.js';

export interface MarkdownContext {
  language: Language;
}

/*
 * A summary to paste into an issue or a document: GitHub-flavoured Markdown with no HTML, so that it
 * reads the same rendered or raw. Every piece of text is escaped, ours included, since input names
 * travel inside it.
 */

// Characters that Markdown would read as markup inside a line: emphasis, code, links, HTML, table
// cells, strikethrough and GitHub's math. An `&` only matters where it starts an entity.
const MARKUP = /[\\`*_[\]<>|~$]|&(?=#?\w+;)/g;

/** Plain text made inert in Markdown: one line, no control character, no markup. */
export function mdText(text: string): string {
  return sanitize(text).replace(MARKUP, (char) => `\\${char}`);
}

type Formatter = (value: number | null, language: Language) => string;

const HARD_COLUMNS: readonly (readonly [HardFigure, Formatter])[] = [
  ['mediaSpend', formatMoney], ['otherCosts', formatMoney], ['cost', formatMoney], ['value', formatMoney],
  ['roi', formatRatio], ['roas', formatRoas], ['cpc', formatMoney], ['cpm', formatMoney], ['cpl', formatMoney], ['cpa', formatMoney],
];

interface PipeColumn {
  title: string;
  cell: (figures: Figures) => string;
}

function pipeRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** One row per group then the total in bold; key columns left-aligned, figures right-aligned. */
function pipeTable(report: Report, columns: readonly PipeColumn[], language: Language): string[] {
  const labels = labelsFor(language);
  const keys: Dimension[] = report.groupBy;
  const head = pipeRow([...keys.map((key) => labels.dimensions[key]), ...columns.map((column) => column.title)].map(mdText));
  const rule = pipeRow([...keys.map(() => ':--'), ...columns.map(() => '--:')]);
  const body = report.groups.map((group) =>
    pipeRow([...keys.map((key) => mdText(group.key[key] ?? '')), ...columns.map((column) => mdText(column.cell(group)))]),
  );
  const totalKeys = keys.map((_, i) => (i === 0 ? `**${mdText(labels.total)}**` : ''));
  const total = pipeRow([...totalKeys, ...columns.map((column) => `**${mdText(column.cell(report.total))}**`)]);
  return [head, rule, ...body, total];
}

function hardTable(report: Report, language: Language): string[] {
  const titles = labelsFor(language).hard;
  const mark = (f: Figures) => (f.flags.includes('too-early') ? ` ${TOO_EARLY_MARK}` : '');
  const columns = HARD_COLUMNS.map(([figure, format]) => ({
    title: titles[figure],
    cell: (f: Figures) => format(f.hard[figure], language) + (figure === 'roi' ? mark(f) : ''),
  }));
  const flagged = [...report.groups, report.total].some((f) => f.flags.includes('too-early'));
  return [...pipeTable(report, columns, language), ...(flagged ? ['', mdText(labelsFor(language).tooEarlyMark({ mark: TOO_EARLY_MARK }))] : [])];
}

/** The index, then each sub-score that some row has: a column of n/a only would say nothing. */
function softTable(report: Report, language: Language): string[] {
  const labels = labelsFor(language);
  const rows = [...report.groups, report.total];
  const present = scoresInOrder(report.useCase, SUB_SCORES).filter((key) => rows.some((figures) => figures.soft.scores[key] !== null));
  const columns: PipeColumn[] = [
    { title: labels.index, cell: (f) => formatScore(f.soft.index, language) },
    ...present.map((key) => ({ title: labels.subScores[key], cell: (f: Figures) => formatScore(f.soft.scores[key]?.score ?? null, language) })),
  ];
  return pipeTable(report, columns, language);
}

/** A section's grid as a pipe table; its last row in bold when it is a total. */
function gridTable(grid: Grid): string[] {
  const columns = [...grid.keys, ...grid.values];
  const head = pipeRow(columns.map((column) => mdText(column.title)));
  const rule = pipeRow(columns.map((column) => (column.align === 'left' ? ':--' : '--:')));
  const count = columns[0]?.cells.length ?? 0;
  const rows = Array.from({ length: count }, (_, row) => {
    const bold = (grid.totalRow ?? true) && row === count - 1 && row > 0;
    return pipeRow(columns.map((column) => (bold && column.cells[row] ? `**${mdText(column.cells[row]!)}**` : mdText(column.cells[row] ?? ''))));
  });
  return [head, rule, ...rows];
}

function reportSectionLines(report: Report, language: Language): string[] {
  return reportSections(report, language).flatMap((part) => section(part.title, [...gridTable(part.grid), ...(part.notes.length > 0 ? ['', ...paragraphs(part.notes)] : [])]));
}

function keyFigures(report: Report, language: Language): string[] {
  const labels = labelsFor(language);
  const { hard, soft } = report.total;
  const items: [string, string][] = [
    [labels.hard.cost, formatAmount(hard.cost, report.currency, language)],
    [labels.hard.value, formatAmount(hard.value, report.currency, language)],
    [labels.hard.roi, formatRatio(hard.roi, language)],
    [labels.hard.roas, formatRoas(hard.roas, language)],
    [labels.markdown.softIndex, labels.markdown.softIndexValue({ index: formatScore(soft.index, language) })],
    [labels.markdown.profile, `${report.profile}, ${report.currency}`],
  ];
  return items.map(([name, value]) => `- **${mdText(name)}**${mdText(labels.colon)}${mdText(value)}`);
}

function section(title: string, body: readonly string[]): string[] {
  return body.length === 0 ? [] : [`## ${mdText(title)}`, '', ...body, ''];
}

/** Paragraphs separated by a blank line, as Markdown needs them. */
function paragraphs(texts: readonly string[]): string[] {
  return texts.flatMap((text, i) => (i === 0 ? [mdText(text)] : ['', mdText(text)]));
}

function methodNotes(report: Report, language: Language): string[] {
  return methodLines(report, language).map((note) => `- ${mdText(note)}`);
}

/** The report as a Markdown document: key figures, tables, interpretation, warnings, method. */
export function renderMarkdown(report: Report, ctx: MarkdownContext): string {
  const { language } = ctx;
  const labels = labelsFor(language);
  const period = periodText(report.period, language) ?? labels.noPeriod;
  const lines = [
    `# ${mdText(labels.markdown.title({ period }))}`,
    '',
    ...section(labels.markdown.keyFigures, keyFigures(report, language)),
    ...section(labels.hardTitle({ currency: report.currency }), hardTable(report, language)),
    ...section(labels.softTitle, [...softTable(report, language), ...adoptionNote(report, language).flatMap((note) => ['', mdText(note)])]),
    ...reportSectionLines(report, language),
    ...section(labels.interpretationTitle, paragraphs(narrative(report, language))),
    ...section(labels.markdown.warnings, report.warnings.map((problem) => `- ${mdText(warningText(problem, language))}`)),
    ...section(labels.markdown.method, methodNotes(report, language)),
    ...section(labels.markdown.files, report.files.map((file) => `- ${mdText(fileText(file, language))}`)),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
