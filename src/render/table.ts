import type { ChalkInstance } from 'chalk';
import { wrap } from '../format/text.js';
import type { Language } from '../model/language.js';
import type { Report } from '../model/report.js';
import { labelsFor } from '../report/labels.js';
import { narrative } from '../report/narrative.js';
import { figureSections } from './figure-sections.js';
import { renderGrids } from './grid.js';
import { reportSections, type Section } from './report-sections.js';
import { footerLines } from './table-footer.js';
import { trendLines } from './trends.js';

export interface TableContext {
  /** null: plain text with no escape sequence at all (a pipe, a file, NO_COLOR). */
  color: ChalkInstance | null;
  /** Terminal columns: no line of the output is longer. */
  width: number;
  language: Language;
  /** Per-channel ROI and soft-index trends across periods (on a terminal, or asked for). */
  sparklines: boolean;
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
  const lines: string[] = [];
  const draw = (section: Section, tables: readonly string[]) => {
    lines.push(...heading(section.title, width, color), ...tables.flatMap((table, i) => (i > 0 ? ['', table] : [table])));
    for (const note of section.notes) lines.push(...wrap(note, width));
    lines.push('');
  };
  // The figure tables share their key columns' widths, so that hard and soft rows line up.
  const figures = figureSections(report, language);
  const tables = renderGrids(
    figures.flatMap((section) => section.grids),
    width,
    color,
  );
  let next = 0;
  for (const section of figures)
    draw(
      section,
      section.grids.map(() => tables[next++]!),
    );
  // The sections beyond have keys of their own (period, channel, team): laid out apart.
  for (const section of reportSections(report, language)) draw(section, renderGrids(section.grids, width, color));
  if (ctx.sparklines) lines.push(...trendLines(report, width, color, language));
  lines.push(...heading(labels.interpretationTitle, width, color));
  for (const paragraph of narrative(report, language)) lines.push(...wrap(paragraph, width), '');
  lines.push(...footerLines(report, language).flatMap((line) => wrap(line, width, 2)));
  return `${lines.join('\n')}\n`;
}
