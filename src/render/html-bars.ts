import { formatList, formatRatio, formatScore, NOT_AVAILABLE } from '../format/format-value.js';
import type { Language } from '../model/language.js';
import type { SubScoreKey } from '../model/profile.js';
import type { Figures, Report } from '../model/report.js';
import { SUB_SCORES } from '../model/sub-scores.js';
import { labelsFor } from '../report/labels.js';
import { htmlLabelsFor } from './html-labels.js';
import {
  type Attributes,
  CHART_WIDTH,
  dataAttributes,
  figure,
  fitLabel,
  labelWidth,
  line,
  linearScale,
  niceTicks,
  px,
  shape,
  svg,
  text,
} from './html-svg.js';
import { htmlText } from './html-text.js';

/*
 * Charts (b) and (c): one row per group of the report, as in the tables (per channel with the
 * default --by), then the total. Rows are horizontal so that long campaign names stay readable and
 * a report with many groups grows down the page rather than off its side.
 */

interface Row {
  /** The group's key values, or the word for the total. */
  parts: string[];
  label: string;
  /** The group's key values joined by `/`, or `total`: the second half of each mark's data-key. */
  key: string;
  figures: Figures;
  total: boolean;
}

const LABEL_ROOM = 250;
const TOTAL_GAP = 10;
const AXIS_ROOM = 28;

const SEPARATOR = ' · ';

function rowsOf(report: Report, language: Language): Row[] {
  const groups = report.groups.map((group) => {
    const parts = report.groupBy.map((dimension) => group.key[dimension] ?? '');
    return { parts, label: parts.join(SEPARATOR), key: parts.join('/'), figures: group, total: false };
  });
  const total = labelsFor(language).total;
  return [...groups, { parts: [total], label: total, key: 'total', figures: report.total, total: true }];
}

/** `channel`, `channel and week`, `canal, campagne et mois`: what one row of the charts is. */
function perGroup(report: Report, language: Language): string {
  const { dimensions } = labelsFor(language);
  return formatList(
    report.groupBy.map((dimension) => dimensions[dimension].toLowerCase()),
    language,
  );
}

/** Right edge of the row labels: as wide as the longest label, up to a cap past which labels are cut. */
function labelColumn(rows: readonly Row[]): number {
  return Math.min(LABEL_ROOM, Math.max(...rows.map((row) => labelWidth(row.label)))) + 12;
}

/** The label cut to fit by shortening its longest part, so a long campaign name leaves its channel and period in view. */
function fitRowLabel(row: Row, width: number): string {
  if (labelWidth(row.label) <= width || row.parts.length < 2) return fitLabel(row.label, width);
  const longest = row.parts.reduce((best, part, i) => (labelWidth(part) > labelWidth(row.parts[best]!) ? i : best), 0);
  const room = width - (labelWidth(row.label) - labelWidth(row.parts[longest]!));
  return fitLabel(row.parts.map((part, i) => (i === longest ? fitLabel(part, Math.max(room, 40)) : part)).join(SEPARATOR), width);
}

function rowLabel(row: Row, right: number, y: number): string {
  const attributes = { class: row.total ? 'row-label total' : 'row-label', 'text-anchor': 'end' };
  const shown = fitRowLabel(row, right - 12);
  return text(right - 8, y + 4, shown, attributes, shown === row.label ? undefined : row.label);
}

/** Vertical grid lines with their figures under the plot. */
function verticalGrid(
  ticks: readonly number[],
  x: (value: number) => number,
  top: number,
  bottom: number,
  format: (tick: number) => string,
): string[] {
  return ticks.flatMap((tick) => [
    line(x(tick), top, x(tick), bottom, tick === 0 ? 'axis' : 'grid'),
    text(x(tick), bottom + 18, format(tick), { class: 'tick', 'text-anchor': 'middle' }),
  ]);
}

/** A bar from zero to `value`, either side of the zero line. */
function bar(x: (value: number) => number, value: number, y: number, height: number, attributes: Attributes, title: string): string {
  const start = Math.min(x(0), x(value));
  return shape('rect', { x: px(start), y: px(y), width: px(Math.abs(x(value) - x(0))), height, ...attributes }, title);
}

const ROI_ROW = 26;
const ROI_BAR = 16;
// Room either side of the plot for the figure at the end of the longest bar, a loss's or a gain's.
const FIGURE_ROOM = 90;

function roiMarks(row: Row, x: (value: number) => number, y: number, language: Language): string[] {
  const { roi } = row.figures.hard;
  const middle = y + ROI_ROW / 2;
  if (roi === null) return [text(x(0) + 6, middle + 4, NOT_AVAILABLE, { class: 'na' })];
  const shown = formatRatio(roi, language);
  const attributes = { class: `bar ${roi < 0 ? 'roi-negative' : 'roi-positive'}`, ...dataAttributes(`roi:${row.key}`, roi) };
  const figureLabel =
    roi < 0
      ? text(x(roi) - 6, middle + 4, shown, { class: 'value-label', 'text-anchor': 'end' })
      : text(x(roi) + 6, middle + 4, shown, { class: 'value-label' });
  return [bar(x, roi, middle - ROI_BAR / 2, ROI_BAR, attributes, `${row.label}: ${shown}`), figureLabel];
}

/** ROI as horizontal bars, losses to the left of the zero line; a group without cost reads n/a. */
export function roiChart(report: Report, language: Language): string {
  const rows = rowsOf(report, language);
  const rois = rows.flatMap((row) => (row.figures.hard.roi === null ? [] : [row.figures.hard.roi]));
  const low = Math.min(0, ...rois);
  const high = Math.max(0, ...rois) || (low === 0 ? 1 : 0);
  // Bars span the figures rather than the round ticks around them, which could leave half the width empty.
  const ticks = niceTicks(low, high, 6).filter((tick) => tick >= low && tick <= high);
  const right = labelColumn(rows);
  const x = linearScale(low, high, right + (low < 0 ? FIGURE_ROOM : 8), CHART_WIDTH - FIGURE_ROOM);
  const top = 8;
  const rowTop = (i: number): number => top + i * ROI_ROW + (rows[i]!.total ? TOTAL_GAP : 0);
  const bottom = rowTop(rows.length - 1) + ROI_ROW + 4;
  const marks = rows.flatMap((row, i) => [rowLabel(row, right, rowTop(i) + ROI_ROW / 2), ...roiMarks(row, x, rowTop(i), language)]);
  const separator = line(8, rowTop(rows.length - 1) - TOTAL_GAP / 2, CHART_WIDTH - 8, rowTop(rows.length - 1) - TOTAL_GAP / 2, 'separator');
  const title = htmlLabelsFor(language).roiTitle({ per: perGroup(report, language) });
  const grid = verticalGrid(ticks, x, top, bottom, (tick) => formatRatio(tick, language));
  return figure(title, svg('roi', bottom + AXIS_ROOM, title, [...grid, separator, ...marks]));
}

const SCORE_BAR = 10;
const SCORE_STEP = 13;
const BLOCK_PADDING = 7;
const LEGEND_LINE = 20;
const EMPTY_ROW = 26;

/** Colour keys, as many to a line as fit; returns where the plot can start under them. */
function legend(keys: readonly SubScoreKey[], left: number, language: Language): { marks: string[]; plotTop: number } {
  const names = labelsFor(language).subScores;
  let x = left;
  let y = 8;
  const marks = keys.flatMap((key) => {
    const width = 18 + labelWidth(names[key]);
    if (x > left && x + width > CHART_WIDTH) {
      x = left;
      y += LEGEND_LINE;
    }
    const entry = [
      shape('rect', { x: px(x), y, width: 12, height: 12, class: `sub-${key}` }),
      text(x + 18, y + 10, names[key], { class: 'legend' }),
    ];
    x += width + 22;
    return entry;
  });
  return { marks, plotTop: y + LEGEND_LINE + 20 };
}

function hasScores(row: Row, keys: readonly SubScoreKey[]): boolean {
  return keys.some((key) => row.figures.soft.scores[key] !== null);
}

interface ScoreMarks {
  bars: string[];
  /** Figures at the bars' ends, drawn last so that no line crosses them. */
  figures: string[];
}

function scoreMarks(row: Row, keys: readonly SubScoreKey[], x: (value: number) => number, top: number, language: Language): ScoreMarks {
  if (!hasScores(row, keys)) return { bars: [text(x(0) + 6, top + EMPTY_ROW / 2 + 4, NOT_AVAILABLE, { class: 'na' })], figures: [] };
  const names = labelsFor(language).subScores;
  const marks: ScoreMarks = { bars: [], figures: [] };
  keys.forEach((key, j) => {
    const score = row.figures.soft.scores[key]?.score ?? null;
    const y = top + BLOCK_PADDING + j * SCORE_STEP;
    if (score === null) {
      marks.bars.push(text(x(0) + 6, y + SCORE_BAR - 1, NOT_AVAILABLE, { class: 'na small' }));
      return;
    }
    const shown = formatScore(score, language);
    const attributes = { class: `bar sub-${key}`, ...dataAttributes(`${key}:${row.key}`, score) };
    marks.bars.push(bar(x, score, y, SCORE_BAR, attributes, `${row.label} — ${names[key]}: ${shown}`));
    marks.figures.push(text(x(score) + 5, y + SCORE_BAR - 1, shown, { class: 'value-label small' }));
  });
  return marks;
}

interface Block {
  top: number;
  height: number;
}

/** Each row's place; a row with no score at all takes one line, the total is set apart. */
function blocks(rows: readonly Row[], keys: readonly SubScoreKey[], plotTop: number): Block[] {
  const full = keys.length * SCORE_STEP + 2 * BLOCK_PADDING;
  let y = plotTop;
  return rows.map((row) => {
    const top = y + (row.total ? TOTAL_GAP : 0);
    const height = hasScores(row, keys) ? full : EMPTY_ROW;
    y = top + height;
    return { top, height };
  });
}

/** The sub-scores that have data, grouped per row on a 0–100 scale, with the benchmark line at 50. */
export function softChart(report: Report, language: Language): string {
  const labels = htmlLabelsFor(language);
  const rows = rowsOf(report, language);
  const keys = SUB_SCORES.filter((key) => rows.some((row) => row.figures.soft.scores[key] !== null));
  const title = labels.softTitle({ per: perGroup(report, language) });
  if (keys.length === 0) return figure(title, `<p class="chart-empty">${htmlText(labels.noSoftData)}</p>`);
  const right = labelColumn(rows);
  const x = linearScale(0, 100, right + 8, CHART_WIDTH - 40);
  const key = legend(keys, right + 8, language);
  const places = blocks(rows, keys, key.plotTop);
  const last = places[places.length - 1]!;
  const bottom = last.top + last.height;
  const rowMarks = rows.map((row, i) => {
    const { top, height } = places[i]!;
    const rule = i === 0 || row.total ? [] : [line(8, top, CHART_WIDTH - 8, top, 'row-rule')];
    const { bars, figures } = scoreMarks(row, keys, x, top, language);
    return { bars: [...rule, rowLabel(row, right, top + height / 2), ...bars], figures };
  });
  const totalTop = last.top - TOTAL_GAP / 2;
  const benchmark = [
    line(x(50), key.plotTop - 8, x(50), bottom, 'benchmark'),
    text(x(50), key.plotTop - 12, labels.benchmark, { class: 'benchmark-label', 'text-anchor': 'middle' }),
  ];
  const grid = verticalGrid([0, 25, 50, 75, 100], x, key.plotTop, bottom, (tick) => formatScore(tick, language));
  const separator = line(8, totalTop, CHART_WIDTH - 8, totalTop, 'separator');
  const body = [
    ...key.marks,
    ...grid,
    separator,
    ...rowMarks.flatMap((marks) => marks.bars),
    ...benchmark,
    ...rowMarks.flatMap((marks) => marks.figures),
  ];
  return figure(title, svg('soft', bottom + AXIS_ROOM, title, body));
}
