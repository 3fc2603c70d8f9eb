import { METRIC_INDEX, hasMetric, type Channel, type MetricKey, type MetricPresence, type MetricSums } from '../model/metrics.js';
import type { BenchmarkedScore, Profile, SubScoreKey } from '../model/profile.js';
import type { SoftRoi, SubScore } from '../model/report.js';

/** One channel's part of a group: soft rates are compared with that channel's benchmarks. */
export interface ChannelSums {
  channel: Channel | 'all';
  sums: MetricSums;
  presence: MetricPresence;
}

/** Numerators of the per-impression rates (METRICS.md *Soft ROI*). */
const RATE_NUMERATORS: Record<BenchmarkedScore, readonly MetricKey[]> = {
  conversation: ['comments', 'messages'],
  amplification: ['shares', 'employeeShares'],
  engagement: ['reactions', 'comments', 'shares', 'saves'],
  growth: [],
};

const PER_IMPRESSION_SCORES = ['conversation', 'amplification', 'engagement'] as const;
export const SUB_SCORES: readonly SubScoreKey[] = ['conversation', 'amplification', 'engagement', 'growth', 'advocacy', 'adoption', 'sentiment'];

interface ChannelScore {
  score: number;
  numerator: number;
  impressions: number;
  benchmark: number;
}

/** score = min(100, 50 × rate / benchmark): 50 is the profile's benchmark, 100 twice it or more. */
export function scoreAgainst(rate: number, benchmark: number): number {
  return Math.min(100, (50 * rate) / benchmark);
}

/**
 * A per-impression sub-score of one channel, or null when no source had a column it needs (a
 * missing column is not a zero) or there were no impressions.
 */
function channelScore(part: ChannelSums, key: (typeof PER_IMPRESSION_SCORES)[number], profile: Profile): ChannelScore | null {
  if (part.channel === 'all') return null;
  const numerators = RATE_NUMERATORS[key];
  if (!numerators.some((m) => hasMetric(part.presence, m))) return null;
  const impressions = part.sums[METRIC_INDEX.impressions]!;
  if (impressions <= 0) return null;
  const numerator = numerators.reduce((sum, m) => sum + part.sums[METRIC_INDEX[m]]!, 0);
  const benchmark = profile.benchmarks[part.channel][key].rate;
  return { score: scoreAgainst(numerator / impressions, benchmark), numerator, impressions, benchmark };
}

/**
 * Across channels, each sub-score is computed per channel and combined weighted by impressions,
 * so a channel is never judged against another's benchmark.
 */
function combined(parts: readonly ChannelSums[], key: (typeof PER_IMPRESSION_SCORES)[number], profile: Profile): SubScore | null {
  const scores = parts.map((p) => channelScore(p, key, profile)).filter((s): s is ChannelScore => s !== null);
  if (scores.length === 0) return null;
  const impressions = scores.reduce((sum, s) => sum + s.impressions, 0);
  const weighted = (pick: (s: ChannelScore) => number) => scores.reduce((sum, s) => sum + pick(s) * s.impressions, 0) / impressions;
  return {
    score: weighted((s) => s.score),
    rate: scores.reduce((sum, s) => sum + s.numerator, 0) / impressions,
    benchmark: weighted((s) => s.benchmark),
  };
}

export function softRoi(parts: readonly ChannelSums[], profile: Profile): SoftRoi {
  const scores = Object.fromEntries(SUB_SCORES.map((key) => [key, null])) as Record<SubScoreKey, SubScore | null>;
  for (const key of PER_IMPRESSION_SCORES) scores[key] = combined(parts, key, profile);
  const present = SUB_SCORES.filter((key) => scores[key] !== null);
  return { index: weightedIndex(scores, present, profile), scores, missing: SUB_SCORES.filter((key) => scores[key] === null) };
}

/** The profile-weighted mean of the sub-scores that have data: missing ones lower nothing. */
function weightedIndex(scores: Record<SubScoreKey, SubScore | null>, present: readonly SubScoreKey[], profile: Profile): number | null {
  const totalWeight = present.reduce((sum, key) => sum + profile.weights[key], 0);
  if (totalWeight === 0) return null;
  return present.reduce((sum, key) => sum + scores[key]!.score * profile.weights[key], 0) / totalWeight;
}
