import { sanitize } from '../format/text.js';
import type { Language } from '../model/language.js';
import type { Report } from '../model/report.js';
import { labelsFor, periodText } from '../report/labels.js';
import { narrative } from '../report/narrative.js';
import { figureSections, keyFigures } from './figure-sections.js';
import type { Grid } from './grid.js';
import { reportSections } from './report-sections.js';
import { fileText, methodLines, warningText } from './table-footer.js';

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

function pipeRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** A section's grid as a pipe table; its last row in bold when it is a total. */
function gridTable(grid: Grid): string[] {
  const columns = [...grid.keys, ...grid.values];
  const head = pipeRow(columns.map((column) => mdText(column.title)));
  const rule = pipeRow(columns.map((column) => (column.align === 'left' ? ':--' : '--:')));
  const count = columns[0]?.cells.length ?? 0;
  const rows = Array.from({ length: count }, (_, row) => {
    const bold = (grid.totalRow ?? true) && row === count - 1 && row > 0;
    return pipeRow(
      columns.map((column) => (bold && column.cells[row] ? `**${mdText(column.cells[row]!)}**` : mdText(column.cells[row] ?? ''))),
    );
  });
  return [head, rule, ...rows];
}

/** Every table of the report, as the other formats show them: figures first, then time and team. */
function sectionLines(report: Report, language: Language): string[] {
  const parts = [...figureSections(report, language), ...reportSections(report, language)];
  return parts.flatMap((part) =>
    section(part.title, [
      ...part.grids.flatMap((grid, i) => [...(i > 0 ? [''] : []), ...gridTable(grid)]),
      ...(part.notes.length > 0 ? ['', ...paragraphs(part.notes)] : []),
    ]),
  );
}

function keyFigureLines(report: Report, language: Language): string[] {
  const labels = labelsFor(language);
  const profile = { name: labels.markdown.profile, value: `${report.profile}, ${report.currency}`, notes: [] };
  return [...keyFigures(report, language), profile].map(
    ({ name, value, notes }) =>
      `- **${mdText(name)}**${mdText(labels.colon)}${mdText(value)}${notes.length > 0 ? ` (${mdText(notes.join(labels.listSeparator))})` : ''}`,
  );
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
    ...section(labels.markdown.keyFigures, keyFigureLines(report, language)),
    ...sectionLines(report, language),
    ...section(labels.interpretationTitle, paragraphs(narrative(report, language))),
    ...section(
      labels.markdown.warnings,
      report.warnings.map((problem) => `- ${mdText(warningText(problem, language))}`),
    ),
    ...section(labels.markdown.method, methodNotes(report, language)),
    ...section(
      labels.markdown.files,
      report.files.map((file) => `- ${mdText(fileText(file, language))}`),
    ),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
