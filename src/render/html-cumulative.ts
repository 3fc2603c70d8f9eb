import { formatAmount, formatCount } from '../format/format-value.js';
import type { Language } from '../model/language.js';
import type { Report, TimeDimension } from '../model/report.js';
import { labelsFor } from '../report/labels.js';
import { htmlLabelsFor } from './html-labels.js';
import { CHART_WIDTH, dataAttributes, figure, labelWidth, line, linearScale, niceTicks, px, shape, svg, text } from './html-svg.js';

/*
 * Chart (a): cumulative cost against cumulative value, period by period, so the reader sees whether
 * and when the value overtakes the cost. Without a time dimension there is one pair of bars.
 */

const TIME_DIMENSIONS: readonly TimeDimension[] = ['month', 'week', 'quarter'];

const TOP = 40;
const PLOT_HEIGHT = 260;
const BOTTOM = 34;
const RIGHT = 120;

interface Point {
  period: string;
  cost: number;
  value: number;
}

interface Plot {
  left: number;
  y: (value: number) => number;
}

/** Each period's cost and value summed over its groups, then accumulated; in cents, so the sums are exact. */
function cumulativePoints(report: Report, dimension: TimeDimension): Point[] {
  const periods = new Map<string, { cost: number; value: number }>();
  for (const group of report.groups) {
    const period = group.key[dimension] ?? '';
    const sums = periods.get(period) ?? { cost: 0, value: 0 };
    sums.cost += Math.round(group.hard.cost * 100);
    sums.value += Math.round(group.hard.value * 100);
    periods.set(period, sums);
  }
  let cost = 0;
  let value = 0;
  return [...periods.keys()].sort().map((period) => {
    cost += periods.get(period)!.cost;
    value += periods.get(period)!.value;
    return { period, cost: cost / 100, value: value / 100 };
  });
}

/** The money axis: light grid lines, and their figures on the left. */
function moneyAxis(values: readonly number[], language: Language): { plot: Plot; marks: string[] } {
  const ticks = niceTicks(Math.min(...values), Math.max(...values));
  const tickLabels = ticks.map((tick) => formatCount(tick, language));
  const left = Math.max(...tickLabels.map((label) => labelWidth(label))) + 16;
  const y = linearScale(ticks[0]!, ticks[ticks.length - 1]!, TOP + PLOT_HEIGHT, TOP);
  const marks = ticks.flatMap((tick, i) => [
    line(left, y(tick), CHART_WIDTH - RIGHT, y(tick), tick === 0 ? 'axis' : 'grid'),
    text(left - 8, y(tick) + 4, tickLabels[i]!, { class: 'tick', 'text-anchor': 'end' }),
  ]);
  return { plot: { left, y }, marks };
}

function legend(left: number, language: Language): string[] {
  const labels = htmlLabelsFor(language);
  const entries = [
    ['cost', labels.cumulativeCost],
    ['value', labels.cumulativeValue],
  ] as const;
  let x = left;
  return entries.flatMap(([series, label]) => {
    const marks = [line(x, 16, x + 24, 16, `series series-${series}`), text(x + 30, 20, label, { class: 'legend' })];
    x += 30 + labelWidth(label) + 24;
    return marks;
  });
}

/** Final cumulative figures beside the last points, pushed apart when they would overlap. */
function endLabels(x: number, costY: number, valueY: number, last: Point, currency: string, language: Language): string[] {
  const gap = 14;
  const middle = (costY + valueY) / 2;
  const [cy, vy] =
    Math.abs(costY - valueY) >= gap
      ? [costY, valueY]
      : costY >= valueY
        ? [middle + gap / 2, middle - gap / 2]
        : [middle - gap / 2, middle + gap / 2];
  return [
    text(x, cy + 4, formatAmount(last.cost, currency, language), { class: 'value-label series-label-cost' }),
    text(x, vy + 4, formatAmount(last.value, currency, language), { class: 'value-label series-label-value' }),
  ];
}

function overTime(report: Report, points: readonly Point[], language: Language): string {
  const labels = htmlLabelsFor(language);
  const { plot, marks } = moneyAxis(
    points.flatMap((point) => [point.cost, point.value]),
    language,
  );
  const band = (CHART_WIDTH - RIGHT - plot.left) / points.length;
  const x = (i: number): number => plot.left + band * (i + 0.5);
  // Every label when they fit, else every second, third…: week keys side by side would overlap.
  const every = Math.ceil((Math.max(...points.map((point) => labelWidth(point.period))) + 12) / band);
  const periodLabels = points.flatMap((point, i) =>
    i % every === 0 ? [text(x(i), TOP + PLOT_HEIGHT + 20, point.period, { class: 'tick', 'text-anchor': 'middle' })] : [],
  );
  const series = (['cost', 'value'] as const).flatMap((name) => {
    const title = name === 'cost' ? labels.cumulativeCost : labels.cumulativeValue;
    const path = points.map((point, i) => `${px(x(i))},${px(plot.y(point[name]))}`).join(' ');
    const dots = points.map((point, i) =>
      shape(
        'circle',
        {
          cx: px(x(i)),
          cy: px(plot.y(point[name])),
          r: 4,
          class: `point series-${name}`,
          ...dataAttributes(`${name}:${point.period}`, point[name]),
        },
        `${point.period} — ${title}: ${formatAmount(point[name], report.currency, language)}`,
      ),
    );
    return [shape('polyline', { points: path, class: `series series-${name}` }), ...dots];
  });
  const last = points[points.length - 1]!;
  const lastX = x(points.length - 1) + 10;
  const ends = endLabels(lastX, plot.y(last.cost), plot.y(last.value), last, report.currency, language);
  const title = labels.cumulativeTitle({ currency: report.currency });
  const body = [...marks, ...legend(plot.left, language), ...periodLabels, ...series, ...ends];
  return figure(title, svg('cumulative', TOP + PLOT_HEIGHT + BOTTOM, title, body));
}

/** The whole period's cost and value as two bars; the note says why when the report has no time dimension. */
function wholePeriod(report: Report, language: Language, untimed: boolean): string {
  const { hard } = labelsFor(language);
  const labels = htmlLabelsFor(language);
  const { cost, value } = report.total.hard;
  const { plot, marks } = moneyAxis([cost, value], language);
  const barWidth = 120;
  const middle = (plot.left + CHART_WIDTH - RIGHT) / 2;
  const bars = (['cost', 'value'] as const).flatMap((name, i) => {
    const figureValue = name === 'cost' ? cost : value;
    const x = middle + (i === 0 ? -barWidth - 30 : 30);
    const top = Math.min(plot.y(0), plot.y(figureValue));
    const amount = formatAmount(figureValue, report.currency, language);
    const attributes = {
      x: px(x),
      y: px(top),
      width: barWidth,
      height: px(Math.abs(plot.y(figureValue) - plot.y(0))),
      class: `bar series-${name}`,
    };
    return [
      shape('rect', { ...attributes, ...dataAttributes(`${name}:total`, figureValue) }, `${hard[name]}: ${amount}`),
      text(x + barWidth / 2, top - 6, amount, { class: 'value-label', 'text-anchor': 'middle' }),
      text(x + barWidth / 2, TOP + PLOT_HEIGHT + 20, hard[name], { class: 'tick', 'text-anchor': 'middle' }),
    ];
  });
  const title = labels.wholePeriodTitle({ currency: report.currency });
  const note = untimed ? labels.noTimeDimension : undefined;
  return figure(title, svg('cumulative', TOP + PLOT_HEIGHT + BOTTOM, title, [...marks, ...bars]), note);
}

export function cumulativeChart(report: Report, language: Language): string {
  const dimension = TIME_DIMENSIONS.find((time) => report.groupBy.includes(time));
  const points = dimension === undefined ? [] : cumulativePoints(report, dimension);
  return points.length === 0 ? wholePeriod(report, language, dimension === undefined) : overTime(report, points, language);
}
