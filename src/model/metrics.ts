/** The canonical vocabulary of METRICS.md: every export is mapped onto these keys. */
export const COUNT_KEYS = [
  'impressions',
  'reach',
  'clicks',
  'reactions',
  'comments',
  'shares',
  'saves',
  'follows',
  'videoViews',
  'leads',
  'conversions',
  'revenue',
  'spend',
  'messages',
  'unfollows',
  'posts',
  'employeeShares',
  'applications',
  'hires',
  'mentions',
] as const;

export type MetricKey = (typeof COUNT_KEYS)[number];

/** Metrics held in money rather than counts. */
export const MONEY_KEYS: ReadonlySet<MetricKey> = new Set<MetricKey>(['revenue', 'spend']);

export const CHANNELS = ['linkedin', 'meta', 'google-ads', 'x', 'tiktok'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Sums in exact units (see exact.ts), indexed like COUNT_KEYS for a tight inner loop. */
export type MetricSums = Float64Array;

export const METRIC_INDEX: Readonly<Record<MetricKey, number>> = Object.fromEntries(COUNT_KEYS.map((key, i) => [key, i])) as Record<
  MetricKey,
  number
>;

export function emptySums(): MetricSums {
  return new Float64Array(COUNT_KEYS.length);
}

/** Bit set of the metrics that some source actually had a column for (a missing column is not a zero). */
export type MetricPresence = number;

export function presenceOf(keys: Iterable<MetricKey>): MetricPresence {
  let bits = 0;
  for (const key of keys) bits |= 1 << METRIC_INDEX[key];
  return bits;
}

export function hasMetric(presence: MetricPresence, key: MetricKey): boolean {
  return (presence & (1 << METRIC_INDEX[key])) !== 0;
}
