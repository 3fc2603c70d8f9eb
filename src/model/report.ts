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
  /** Modelled: (value − cost) / cost, value holding the results priced at the profile's values. */
  roi: number | null;
  /** Cash only: (revenue the files carry − cost) / cost; null when no file has a revenue column. */
  revenueRoi: number | null;
  /** What one unit of the leading result would have to be worth for `roi` to be 0. */
  breakEvenUnitValue: { result: Exclude<ValueDriver['driver'], 'revenue'>; value: number } | null;
  roas: number | null;
  cpc: number | null;
  cpm: number | null;
  /** Unit costs on the spend of the channels that brought that result (a lead costs what lead channels spent). */
  cpl: number | null;
  cpa: number | null;
  costPerHire: number | null;
  /** The same on all the group's spend, for comparison where channels brought none of the result. */
  allSpend: { cpl: number | null; cpa: number | null; costPerHire: number | null };
}

/** The figures of HardRoi that are one number each: what a table's column shows. */
export type HardFigure = { [K in keyof HardRoi]: HardRoi[K] extends number | null ? K : never }[keyof HardRoi];

export interface SubScore {
  score: number;
  rate: number;
  /** null for the scores that stand on their own scale (adoption, sentiment). */
  benchmark: number | null;
}

export interface SoftRoi {
  index: number | null;
  scores: Record<SubScoreKey, SubScore | null>;
  /** Sub-scores with no data in this group: the index is taken over the others. */
  missing: SubScoreKey[];
}

/** Marks on a group's figures that a reader must see next to them. */
export type GroupFlag = 'too-early';

export interface Figures {
  metrics: Record<MetricKey, number>;
  hard: HardRoi;
  soft: SoftRoi;
  /** `too-early`: a channel in the group is too young to judge (its ROI is shown all the same). */
  flags: GroupFlag[];
}

/** Cost, value and ROI from the first period up to this one. */
export interface Cumulative {
  cost: number;
  value: number;
  roi: number | null;
}

export interface Group extends Figures {
  key: GroupKey;
  /** Only when grouping by a time dimension: the same non-time key's figures up to this period. */
  cumulative?: Cumulative;
}

/** One period of the whole report (all channels), with the running totals. */
export interface TimelinePoint {
  period: string;
  cost: number;
  value: number;
  roi: number | null;
  cumulative: Cumulative;
}

/** METRICS.md *Hard ROI*: when cumulative value reaches cumulative cost. */
export interface Payback {
  reached: string | null;
  projected: string | null;
  /** `reached`, `recent-trend`, or why nothing was projected (`not-projected:…`). */
  method: string;
  /** The periods the projection's trend was taken from. */
  periodsUsed: string[];
  /** The mean of value − cost over those periods. */
  netPerPeriod: number | null;
  /** How much value − cost grew from one of those periods to the next (the fitted line's slope). */
  trendPerPeriod: number | null;
  /** Cumulative cost − cumulative value at the last period. */
  gap: number | null;
}

export interface CarryoverFigures {
  /** Value seen in the data, and the echo still to come from the last period's work. */
  value: number;
  pendingValue: number | null;
  longTermValue: number | null;
  roi: number | null;
  longTermRoi: number | null;
  lastPeriod: string | null;
}

export interface Carryover {
  decay: number;
  unit: 'week' | 'month';
  total: CarryoverFigures;
  channels: (CarryoverFigures & { channel: string })[];
}

/** A channel's history and audience against the profile's maturity thresholds. */
export interface Maturity {
  channel: string;
  audience: number | null;
  months: number;
  tooEarly: boolean;
  unmet: ('audience' | 'history')[];
}

export interface AdoptionFigures {
  score: number;
  /** On the survey's 1–5 scale. */
  mean: number;
  respondents: number;
  lowSample: boolean;
}

export interface Adoption extends AdoptionFigures {
  minRespondents: number;
  teams: (AdoptionFigures & { team: string })[];
}

export interface ValueDriver {
  driver: 'revenue' | 'lead' | 'conversion' | 'application' | 'hire' | 'message';
  /** What one is worth; null for revenue, which is money already. */
  unitValue: number | null;
  /** What one adds: its unit value, less the previous stage's when it is a later stage of a funnel. */
  netUnitValue: number | null;
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
  /** Only when grouping by a time dimension. */
  timeline: TimelinePoint[] | null;
  payback: Payback | null;
  carryover: Carryover | null;
  maturity: Maturity[];
  adoption: Adoption | null;
  sharedCosts: SharedCosts;
  /** The exchange rates used to bring other currencies into the report's, by currency. */
  exchangeRates: Record<string, number>;
  files: FileRead[];
  warnings: Problem[];
  /** Only with --stamp: otherwise the same inputs give byte-identical output. */
  generatedAt?: string;
}
