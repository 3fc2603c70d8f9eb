import type { ChalkInstance } from 'chalk';
import { timeDimensionOf } from '../compute/group-key.js';
import { formatRatio, formatScore } from '../format/format-value.js';
import { sanitize, wrap } from '../format/text.js';
import type { Language } from '../model/language.js';
import type { Figures, Report } from '../model/report.js';
import { labelsFor } from '../report/labels.js';
import { type Grid, renderGrids } from './grid.js';

const BARS = '▁▂▃▄▅▆▇█';

/** One character per value, scaled from the lowest to the highest; a gap (no figure) is a space. */
function sparkline(values: readonly (number | null)[]): string {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return ' '.repeat(values.length);
  const low = Math.min(...known);
  const span = Math.max(...known) - low;
  return values
    .map((v) => {
      if (v === null) return ' ';
      // A flat line sits mid-height: neither a peak nor a trough.
      const level = span === 0 ? 3 : Math.round(((v - low) / span) * (BARS.length - 1));
      return BARS[level]!;
    })
    .join('');
}

/**
 * Per channel (or for the whole report when it is not split by channel), ROI and the soft index
 * across the periods of `--by`, each followed by its latest figure: the curve bending, at a glance.
 */
export function trendLines(report: Report, width: number, color: ChalkInstance | null, language: Language): string[] {
  const time = timeDimensionOf(report.groupBy);
  if (time === null || report.groupBy.includes('campaign')) return [];
  const all = [...new Set(report.groups.map((g) => g.key[time]!))].sort();
  if (all.length < 2) return [];
  // Two lines of bars and their figures share the width with the key: the latest periods that fit.
  const periods = all.slice(-Math.max(4, Math.floor((width - 40) / 2)));
  const labels = labelsFor(language);
  const byRow = new Map<string, Map<string, Figures>>();
  for (const group of report.groups) {
    const row = group.key.channel ?? labels.total;
    const series = byRow.get(row) ?? new Map<string, Figures>();
    series.set(group.key[time]!, group);
    byRow.set(row, series);
  }
  const rows = [...byRow];
  const trend = (pick: (f: Figures) => number | null, format: (v: number | null) => string) =>
    rows.map(([, series]) => {
      const values = periods.map((p) => (series.has(p) ? pick(series.get(p)!) : null));
      const latest = [...values].reverse().find((v) => v !== null) ?? null;
      return `${sparkline(values)} ${format(latest)}`;
    });
  const grid: Grid = {
    keys: [{ title: labels.dimensions.channel, align: 'left', cells: rows.map(([name]) => sanitize(name)) }],
    values: [
      {
        title: labels.trends.roi,
        align: 'left',
        cells: trend(
          (f) => f.hard.roi,
          (v) => formatRatio(v, language),
        ),
      },
      {
        title: labels.trends.index,
        align: 'left',
        cells: trend(
          (f) => f.soft.index,
          (v) => formatScore(v, language),
        ),
      },
    ],
    totalRow: false,
  };
  const heading = periods.length < all.length ? labels.trends.lastTitle({ count: String(periods.length) }) : labels.trends.title;
  const title = wrap(heading, width).map((line) => (color ? color.bold(line) : line));
  return [...title, renderGrids([grid], width, color)[0]!, ''];
}
