import type { Channel, MetricKey } from '../model/metrics.js';
import type { AliasTable, Binding } from './bind-columns.js';
import type { DateOrderDefaults } from './date-column.js';

/**
 * A column read into a metric: the metric's own name, or `metric+name` for one more column added into
 * the same metric (X counts `Reposts` and `Shares` apart; both are shares).
 */
export type MetricColumn = MetricKey | `${MetricKey}+${string}`;

/**
 * `channel` is each row's network, for a source whose channel is `per-row`; `post` names the post a
 * row is about (`Post ID`): its cells are not figures, each row counts one of `posts`; `series` holds
 * the figures of a measure named above the header (see `seriesMetrics`); `followers` is the audience
 * on the row's date, a level that is never summed across dates, and `profile` the account it
 * belongs to when a network has several.
 */
export type ExportRole =
  | 'date'
  | 'start'
  | 'end'
  | 'campaign'
  | 'currency'
  | 'channel'
  | 'post'
  | 'series'
  | 'followers'
  | 'profile'
  | MetricColumn;

const NON_METRIC_ROLES: ReadonlySet<ExportRole> = new Set<ExportRole>([
  'date',
  'start',
  'end',
  'campaign',
  'currency',
  'channel',
  'post',
  'series',
  'followers',
  'profile',
]);

/**
 * A value the platform hides rather than shows (TikTok writes `<5` for low impressions): the cell
 * reads as 0, and the file gets one `masked-values` warning with the count.
 */
interface MaskedCells {
  column: MetricColumn;
  /** The cell's exact text, blanks around it aside. */
  shown: string;
}

/**
 * A column that gives a net change (Sprout's `Net Audience Growth`) and may be negative: a gain adds
 * to its own metric, a loss adds its size to `losses`, so the two differ by exactly the net.
 */
interface NetColumn {
  column: MetricKey;
  losses: MetricKey;
}

export interface ExportSourceSpec {
  id: string;
  label: string;
  /** `per-row`: a suite export names each row's network, read from the (then required) `channel` column. */
  channel: Channel | 'per-row';
  columns: Partial<AliasTable<ExportRole>>;
  /** Roles whose columns must all be there for a header to be this kind. */
  required: readonly ExportRole[];
  /**
   * The day/month order of ambiguous dates: the habit of the export's UI language, or, for a file
   * a mapping describes (which has no UI language), the order that goes with its decimal mark.
   */
  dateOrder: DateOrderDefaults | 'decimal-mark';
  /** The currency of every amount, as a mapping states it, when no column or header says. */
  currency?: string;
  /** For exports whose rows carry no date: the range stated above the header. */
  rangeFromPreamble?: (preamble: readonly string[]) => { start: string; end: string } | null;
  masked?: MaskedCells;
  /** A campaign cell that marks a row adding up others (TikTok's `-`): skipped and counted as a totals row. */
  totalsCampaign?: string;
  net?: NetColumn;
  /**
   * Post-level exports: each row is one post's lifetime totals as of the export date, dated at its
   * publication. Their observations say so, for the report to warn when they meet period totals.
   */
  lifetime?: true;
  /**
   * For exports of one measure named on the last line above the header rather than in it (Meta's
   * page insights: `"Facebook follows"` above `"Date","Primary"`): the metric each name (folded as
   * headers are) is read as, for the `series` column. Without such a line the header is not this
   * kind; a name not listed leaves the column unread, with a `series-not-read` warning.
   */
  seriesMetrics?: Readonly<Record<string, MetricKey>>;
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
