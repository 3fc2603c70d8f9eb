import type { Channel, MetricPresence, MetricSums } from './metrics.js';

/**
 * What a platform export says about one channel (and campaign, when grouping by campaign) over one
 * span of calendar dates. Rows are folded into these as they are read: a file yields one per
 * distinct (campaign, dates, currency), never one per row.
 */
export interface Observation {
  source: string;
  file: string;
  channel: Channel;
  /** null unless the report groups by campaign. */
  campaign: string | null;
  /** ISO dates, inclusive: a daily row has start === end. */
  start: string;
  end: string;
  currency: string | null;
  sums: MetricSums;
  /** Which metrics the file had a column for. */
  presence: MetricPresence;
  /** First line that contributed, for messages. */
  line: number;
  /**
   * Post-level exports (Meta, LinkedIn page, Sprout posts) give each post's lifetime totals as of the
   * export date, dated at the post's publication: not the same thing as a period's figures.
   */
  lifetime?: true;
}

const COST_CATEGORIES = ['media', 'tools', 'staff', 'agency', 'training', 'content', 'other'] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

/** A cost from the spend ledger: what no ad platform reports. */
export interface SpendEntry {
  file: string;
  line: number;
  /** `all` is a cost shared across channels (METRICS.md *Shared costs*). */
  channel: Channel | 'all';
  campaign: string | null;
  category: CostCategory;
  start: string;
  end: string;
  /** Exact units (exact.ts). */
  amount: number;
  currency: string | null;
}

/** An audience size on a date (outcomes `followers`): a level, never summed. */
export interface AudienceReading {
  file: string;
  line: number;
  channel: Channel;
  date: string;
  followers: number;
}

/** A sentiment score (−1…1) and its weight (the mentions it sums up, 1 when none are given). */
export interface SentimentReading {
  file: string;
  line: number;
  channel: Channel;
  campaign: string | null;
  date: string;
  sentiment: number;
  weight: number;
}

/** One answer of the team survey: each score 1–5. */
export interface SurveyAnswer {
  file: string;
  line: number;
  date: string;
  respondent: string;
  team: string | null;
  comfort: number;
  posture: number;
  dailyUse: number;
}
