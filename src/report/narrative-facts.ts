import type { SubScoreKey } from '../model/profile.js';
import type { Group, Report, ValueDriver } from '../model/report.js';
import { SUB_SCORES } from '../model/sub-scores.js';

/*
 * What the narrative may say, read off the report and nothing else: no wording, no rounding, no
 * language. Every sentence of the narrative is one of these facts put into words.
 */

/** Warning codes that the narrative summarises in their own paragraph, when compute/ emits them. */
const WATCHED_CODES = ['too-early', 'fatigue'] as const;
type WatchedCode = (typeof WATCHED_CODES)[number];

interface ChannelReturn {
  channel: string;
  roi: number;
}

interface ScoreFact {
  key: SubScoreKey;
  score: number;
}

/** A result the profile puts a value on: leads, conversions, applications, hires, messages. */
export interface PricedDriver extends ValueDriver {
  driver: Exclude<ValueDriver['driver'], 'revenue'>;
  unitValue: number;
}

function isPriced(driver: ValueDriver): driver is PricedDriver {
  return driver.driver !== 'revenue' && driver.unitValue !== null;
}

export interface WatchFact {
  code: WatchedCode;
  /** The channels the warnings name; empty when they name none. */
  channels: string[];
}

export interface NarrativeFacts {
  period: { from: string; to: string } | null;
  /** --from/--to kept no row: the files had dates, just none in the window. */
  emptyWindow: boolean;
  profile: string;
  currency: string;
  files: number;
  rows: number;
  /** Known only when the report is grouped by channel. */
  channels: { withData: string[]; costOnly: string[] } | null;
  hard: {
    cost: number;
    mediaSpend: number;
    otherCosts: number;
    value: number;
    roi: number | null;
    revenue: number;
    priced: PricedDriver[];
    best: ChannelReturn | null;
    worst: ChannelReturn | null;
  };
  soft: { index: number | null; strongest: ScoreFact | null; weakest: ScoreFact | null; missing: SubScoreKey[] };
  watch: WatchFact[];
  warnings: number;
}

/** The group `all` holds shared costs that no channel took: it is not a channel. */
const SHARED_GROUP = 'all';

function groupsByChannel(report: Report): Map<string, Group[]> {
  const channels = new Map<string, Group[]>();
  for (const group of report.groups) {
    const channel = group.key.channel;
    if (channel === undefined || channel === SHARED_GROUP) continue;
    channels.set(channel, [...(channels.get(channel) ?? []), group]);
  }
  return channels;
}

function hasData(groups: readonly Group[]): boolean {
  return groups.some((group) => Object.values(group.metrics).some((value) => value !== 0));
}

/**
 * Channels are compared only when each is one row of the table, so that every return the narrative
 * quotes can be read there; a channel split over campaigns or months has no single return to quote.
 */
function extremes(channels: ReadonlyMap<string, Group[]>, withData: readonly string[]) {
  const groups = withData.map((channel) => channels.get(channel)!);
  if (groups.length < 2 || groups.some((split) => split.length !== 1)) return { best: null, worst: null };
  const returns = withData.flatMap((channel, i) => {
    const roi = groups[i]![0]!.hard.roi;
    return roi === null ? [] : [{ channel, roi }];
  });
  const sorted = returns.sort((a, b) => b.roi - a.roi);
  const best = sorted[0];
  const worst = sorted[sorted.length - 1];
  return best && worst && best.roi !== worst.roi ? { best, worst } : { best: null, worst: null };
}

function channelFacts(report: Report) {
  if (!report.groupBy.includes('channel')) return { channels: null, best: null, worst: null };
  const channels = groupsByChannel(report);
  const withData = [...channels].filter(([, groups]) => hasData(groups)).map(([channel]) => channel);
  const costOnly = [...channels]
    .filter(([, groups]) => !hasData(groups) && groups.some((group) => group.hard.cost !== 0))
    .map(([channel]) => channel);
  return { channels: { withData, costOnly }, ...extremes(channels, withData) };
}

function softFacts(report: Report): NarrativeFacts['soft'] {
  const { index, scores, missing } = report.total.soft;
  const present = SUB_SCORES.flatMap((key) => {
    const score = scores[key];
    return score ? [{ key, score: score.score }] : [];
  }).sort((a, b) => b.score - a.score);
  return {
    index,
    strongest: present[0] ?? null,
    weakest: present.length > 1 ? present[present.length - 1]! : null,
    missing: present.length === 0 ? [] : missing,
  };
}

function watchFacts(report: Report): WatchFact[] {
  return WATCHED_CODES.flatMap((code) => {
    const warnings = report.warnings.filter((problem) => (problem.code as string) === code);
    if (warnings.length === 0) return [];
    const named = warnings.map((problem) => problem.params.channel).filter((channel) => typeof channel === 'string');
    return [{ code, channels: [...new Set(named)] }];
  });
}

export function narrativeFacts(report: Report): NarrativeFacts {
  const { from, to } = report.period;
  const { channels, best, worst } = channelFacts(report);
  const { hard } = report.total;
  return {
    period: from !== null && to !== null ? { from, to } : null,
    emptyWindow: report.warnings.some((w) => w.code === 'empty-window'),
    profile: report.profile,
    currency: report.currency,
    files: report.files.length,
    rows: report.files.reduce((sum, file) => sum + file.rows, 0),
    channels,
    hard: {
      cost: hard.cost,
      mediaSpend: hard.mediaSpend,
      otherCosts: hard.otherCosts,
      value: hard.value,
      roi: hard.roi,
      revenue: report.valueDrivers.find((driver) => driver.driver === 'revenue')?.value ?? 0,
      priced: report.valueDrivers.filter(isPriced),
      best,
      worst,
    },
    soft: softFacts(report),
    watch: watchFacts(report),
    warnings: report.warnings.length,
  };
}
