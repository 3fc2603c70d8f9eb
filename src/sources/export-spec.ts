import type { Channel, MetricKey } from '../model/metrics.js';
import type { AliasTable, Binding } from './bind-columns.js';
import type { DateOrderDefaults } from './date-column.js';

/**
 * A column read into a metric: the metric's own name, or `metric+name` for one more column added into
 * the same metric (X counts `Reposts` and `Shares` apart; both are shares).
 */
export type MetricColumn = MetricKey | `${MetricKey}+${string}`;

export type ExportRole = 'date' | 'start' | 'end' | 'campaign' | 'currency' | MetricColumn;

const NON_METRIC_ROLES: ReadonlySet<ExportRole> = new Set<ExportRole>(['date', 'start', 'end', 'campaign', 'currency']);

/**
 * A value the platform hides rather than shows (TikTok writes `<5` for low impressions): the cell
 * reads as 0, and the file gets one `masked-values` warning with the count.
 */
export interface MaskedCells {
  column: MetricColumn;
  /** The cell's exact text, blanks around it aside. */
  shown: string;
}

export interface ExportSourceSpec {
  id: string;
  label: string;
  channel: Channel;
  columns: Partial<AliasTable<ExportRole>>;
  /** Roles whose columns must all be there for a header to be this kind. */
  required: readonly ExportRole[];
  dateOrder: DateOrderDefaults;
  /** For exports whose rows carry no date: the range stated above the header. */
  rangeFromPreamble?: (preamble: readonly string[]) => { start: string; end: string } | null;
  masked?: MaskedCells;
}

export interface BoundMetric {
  column: number;
  metric: MetricKey;
  role: MetricColumn;
}

/** Every metric column the header has; a metric fed by several columns appears once for each. */
export function metricColumns(binding: Binding<ExportRole>): BoundMetric[] {
  const bound: BoundMetric[] = [];
  for (const [role, column] of Object.entries(binding.index) as [ExportRole, number][]) {
    if (NON_METRIC_ROLES.has(role)) continue;
    const metricRole = role as MetricColumn;
    bound.push({ column, metric: metricRole.split('+')[0] as MetricKey, role: metricRole });
  }
  return bound;
}
