import { UNITS_PER_ONE } from '../model/exact.js';
import { type Channel, hasMetric, METRIC_INDEX, type MetricKey, type MetricPresence, type MetricSums } from '../model/metrics.js';
import type { Profile, SubScoreKey } from '../model/profile.js';
import type { SoftRoi, SubScore } from '../model/report.js';
import { SUB_SCORES } from '../model/sub-scores.js';
import type { AudienceChange } from './audience.js';

/** One channel's part of a group: soft rates are compared with that channel's benchmarks. */
export interface ChannelSums {
  channel: Channel | 'all';
  sums: MetricSums;
  presence: MetricPresence;
  /** Followers when the group's span starts (METRICS.md *Time*); null when unknown. */
  audienceAtStart: number | null;
  /** Followers at two dates of the span: growth for files with no follows column. */
  audienceChange: AudienceChange | null;
  /** The group's span in months: growth benchmarks are monthly. */
  spanMonths: number;
  sentimentSum: number;
  sentimentWeight: number;
  /** Ledger costs other than media: the hard side's unit costs need each channel's whole cost. */
  otherCosts: number;
}

/** Numerators of the per-impression rates (METRICS.md *Soft ROI*). */
const PER_IMPRESSION: Record<'conversation' | 'amplification' | 'engagement', readonly MetricKey[]> = {
  conversation: ['comments', 'messages'],
  amplification: ['shares', 'employeeShares'],
  engagement: ['reactions', 'comments', 'shares', 'saves'],
};

export const ENGAGEMENTS = PER_IMPRESSION.engagement;

/** A channel's rate: what it counts, over what, against which benchmark. */
interface ChannelRate {
  numerator: number;
  denominator: number;
  benchmark: number;
  /** How much this channel weighs when channels are combined: its impressions. */
  weight: number;
}

type ChannelRater = (part: ChannelSums & { channel: Channel }, profile: Profile) => ChannelRate | null;

/** score = 50 × rate / benchmark, within 0–100: 50 is the profile's benchmark, 100 twice it or more. */
function scoreAgainst(rate: number, benchmark: number): number {
  return Math.max(0, Math.min(100, (50 * rate) / benchmark));
}

const metric = (part: ChannelSums, key: MetricKey) => part.sums[METRIC_INDEX[key]]!;

/** A per-impression rate; null when no source had a column it needs (a missing column is not a zero). */
function perImpression(key: keyof typeof PER_IMPRESSION): ChannelRater {
  return (part, profile) => {
    const numerators = PER_IMPRESSION[key];
    if (!numerators.some((m) => hasMetric(part.presence, m))) return null;
    const impressions = metric(part, 'impressions');
    if (impressions <= 0) return null;
    const numerator = numerators.reduce((sum, m) => sum + metric(part, m), 0);
    return { numerator, denominator: impressions, benchmark: profile.benchmarks[part.channel][key].rate, weight: impressions };
  };
}

/**
 * Net follows over the audience the span started with, as a monthly rate compounded over the span
 * (a span shorter than a month counts as one: a day's gain is not a month's). Without the follows
 * gained, the change between two audience readings tells it; unfollows alone would make any
 * audience shrink, so they never make a growth on their own. Unknown unfollows are none.
 */
const growth: ChannelRater = (part, profile) => {
  const net = netFollows(part);
  if (net === null || net.audience <= 0) return null;
  const rate = Math.max(0, 1 + net.gained / net.audience) ** (1 / Math.max(1, net.months)) - 1;
  return { numerator: rate, denominator: 1, benchmark: profile.benchmarks[part.channel].growth.rate, weight: metric(part, 'impressions') };
};

/** Growth benchmarks are monthly: a month is a year's twelfth, 30.4375 days. */
export const DAYS_PER_MONTH = 365.25 / 12;

function netFollows(part: ChannelSums): { gained: number; audience: number; months: number } | null {
  if (hasMetric(part.presence, 'follows')) {
    if (part.audienceAtStart === null) return null;
    return {
      gained: (metric(part, 'follows') - metric(part, 'unfollows')) / UNITS_PER_ONE,
      audience: part.audienceAtStart,
      months: part.spanMonths,
    };
  }
  const change = part.audienceChange;
  return change ? { gained: change.to - change.from, audience: change.from, months: change.days / DAYS_PER_MONTH } : null;
}

/** Employee shares per post published. */
const advocacy: ChannelRater = (part, profile) => {
  const benchmark = profile.benchmarks[part.channel].advocacy?.rate;
  const posts = metric(part, 'posts');
  if (benchmark === undefined || !hasMetric(part.presence, 'employeeShares') || posts <= 0) return null;
  return { numerator: metric(part, 'employeeShares'), denominator: posts, benchmark, weight: metric(part, 'impressions') };
};

const RATERS: Partial<Record<SubScoreKey, ChannelRater>> = {
  conversation: perImpression('conversation'),
  amplification: perImpression('amplification'),
  engagement: perImpression('engagement'),
  growth,
  advocacy,
};

/**
 * Across channels, each sub-score is computed per channel and combined weighted by impressions,
 * so a channel is never judged against another's benchmark. Channels without impressions (an
 * outcomes file alone) count equally when no channel has any.
 */
function combined(parts: readonly ChannelSums[], rater: ChannelRater, profile: Profile): SubScore | null {
  const rates = parts.flatMap((p) => {
    if (p.channel === 'all') return [];
    const rate = rater({ ...p, channel: p.channel }, profile);
    return rate ? [rate] : [];
  });
  if (rates.length === 0) return null;
  const weighOf = rates.every((r) => r.weight <= 0) ? () => 1 : (r: ChannelRate) => r.weight;
  const totalWeight = rates.reduce((sum, r) => sum + weighOf(r), 0);
  const mean = (pick: (r: ChannelRate) => number) => rates.reduce((sum, r) => sum + pick(r) * weighOf(r), 0) / totalWeight;
  const sameDenominator = rates.every((r) => r.denominator === 1);
  return {
    score: mean((r) => scoreAgainst(r.numerator / r.denominator, r.benchmark)),
    // Per-impression rates pool their counts; rates already divided (growth) are averaged.
    rate: sameDenominator
      ? mean((r) => r.numerator)
      : rates.reduce((s, r) => s + r.numerator, 0) / rates.reduce((s, r) => s + r.denominator, 0),
    benchmark: mean((r) => r.benchmark),
  };
}

/** Mean sentiment (−1…1) weighted by mentions, on a 0–100 scale: it has no benchmark. */
function sentiment(parts: readonly ChannelSums[]): SubScore | null {
  const weight = parts.reduce((sum, p) => sum + p.sentimentWeight, 0);
  if (weight <= 0) return null;
  const mean = parts.reduce((sum, p) => sum + p.sentimentSum, 0) / weight;
  return { score: (mean + 1) * 50, rate: mean, benchmark: null };
}

/** `adoption` comes from the team survey, which belongs to no channel: the caller gives it. */
export function softRoi(parts: readonly ChannelSums[], profile: Profile, adoption: SubScore | null = null): SoftRoi {
  const scores = Object.fromEntries(SUB_SCORES.map((key) => [key, null])) as Record<SubScoreKey, SubScore | null>;
  for (const [key, rater] of Object.entries(RATERS) as [SubScoreKey, ChannelRater][]) scores[key] = combined(parts, rater, profile);
  scores.sentiment = sentiment(parts);
  scores.adoption = adoption;
  const present = SUB_SCORES.filter((key) => scores[key] !== null);
  return { index: weightedIndex(scores, present, profile), scores, missing: SUB_SCORES.filter((key) => scores[key] === null) };
}

/** The profile-weighted mean of the sub-scores that have data: missing ones lower nothing. */
function weightedIndex(scores: Record<SubScoreKey, SubScore | null>, present: readonly SubScoreKey[], profile: Profile): number | null {
  const totalWeight = present.reduce((sum, key) => sum + profile.weights[key], 0);
  if (totalWeight === 0) return null;
  return present.reduce((sum, key) => sum + scores[key]!.score * profile.weights[key], 0) / totalWeight;
}
