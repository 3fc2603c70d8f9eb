import type { MetricKey } from '../model/metrics.js';
import type { Binding } from './bind-columns.js';
import type { ExportRole } from './export-spec.js';
import { normalizeHeader } from './header-names.js';

export interface NamedSeries {
  /** The binding with the `series` column read as its metric, or left unread. */
  binding: Binding<ExportRole>;
  /** The name found above the header when no metric stands for it, and its 1-based line. */
  unread?: { name: string; line: number };
}

/**
 * Binds the `series` column to the metric named on the last line above the header. Undefined when
 * no such line is there: a bare `Date,Primary` header says too little to be recognised.
 */
export function nameSeries(
  binding: Binding<ExportRole>,
  metrics: Readonly<Record<string, MetricKey>>,
  preamble: readonly string[],
): NamedSeries | undefined {
  const column = binding.index.series;
  const title = titleLine(preamble);
  if (column === undefined || title === undefined) return undefined;
  const { series: _named, ...others } = binding.index;
  const metric = metrics[normalizeHeader(title.name)];
  if (metric === undefined) return { binding: { ...binding, index: others }, unread: title };
  return { binding: { ...binding, index: { ...others, [metric]: column } } };
}

/** The last line above the header that holds text, unless it is Excel's `sep=` line (then there is none). */
function titleLine(preamble: readonly string[]): { name: string; line: number } | undefined {
  for (let i = preamble.length - 1; i >= 0; i--) {
    const text = preamble[i]!.trim();
    if (text === '') continue;
    if (/^sep=/i.test(text)) return undefined;
    return { name: unquote(text), line: i + 1 };
  }
  return undefined;
}

/** `"Facebook follows"` → `Facebook follows`: the line is one CSV cell, quoted as Meta writes it. */
function unquote(text: string): string {
  const quoted = /^"((?:[^"]|"")*)"$/.exec(text);
  return quoted ? quoted[1]!.replace(/""/g, '"') : text;
}
