import type { MetricKey } from './metrics.js';
import type { Problem } from './problem.js';
import type { SubScoreKey, UseCase } from './profile.js';

/** What `--by` can group on (METRICS.md *Time* gives the key formats). */
export const DIMENSIONS = ['channel', 'campaign', 'month', 'week', 'quarter'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export type TimeDimension = Extract<Dimension, 'month' | 'week' | 'quarter'>;
export type GroupKey = Partial<Record<Dimension, string>>;

/** Output-ready figures: money rounded to the cent, ratios unrounded, null where a denominator is 0. */
export interface HardRoi {
  cost: number;
  mediaSpend: number;
  otherCosts: number;
  value: number;
  roi: number | null;
  roas: number | null;
  cpc: number | null;
  cpm: number | null;
  cpl: number | null;
  cpa: number | null;
  costPerHire: number | null;
}

export interface SubScore {
  score: number;
  rate: number;
  benchmark: number;
}

export interface SoftRoi {
  index: number | null;
  scores: Record<SubScoreKey, SubScore | null>;
  /** Sub-scores with no data in this group: the index is taken over the others. */
  missing: SubScoreKey[];
}

export interface Figures {
  metrics: Record<MetricKey, number>;
  hard: HardRoi;
  soft: SoftRoi;
}

export interface Group extends Figures {
  key: GroupKey;
}

export interface ValueDriver {
  driver: 'revenue' | 'lead' | 'conversion' | 'application' | 'hire' | 'message';
  /** What one is worth; null for revenue, which is money already. */
  unitValue: number | null;
  count: number;
  value: number;
}

export interface SharedCosts {
  /** Ledger lines on `all`. */
  lines: number;
  allocated: number;
  /** Left in the group `all`: months in which no channel had media spend. */
  unallocated: number;
}

export interface FileRead {
  file: string;
  kind: string;
  label: string;
  encoding: string;
  delimiter: string;
  headerLine: number;
  decimalMark: string;
  dateFormat: string | null;
  rows: number;
  totalsRowsSkipped: number;
  skippedRows: number;
  currencies: string[];
}

export interface Report {
  schemaVersion: 1;
  currency: string;
  profile: string;
  /** What leads the report (its value drivers and sub-scores first); null when none is set. */
  useCase: UseCase | null;
  groupBy: Dimension[];
  period: { from: string | null; to: string | null };
  groups: Group[];
  total: Figures;
  valueDrivers: ValueDriver[];
  sharedCosts: SharedCosts;
  /** The exchange rates used to bring other currencies into the report's, by currency. */
  exchangeRates: Record<string, number>;
  files: FileRead[];
  warnings: Problem[];
  /** Only with --stamp: otherwise the same inputs give byte-identical output. */
  generatedAt?: string;
}
