import { UNITS_PER_ONE } from '../../src/model/exact.js';
import { type Channel, emptySums, METRIC_INDEX, type MetricKey, presenceOf } from '../../src/model/metrics.js';
import type { Profile } from '../../src/model/profile.js';
import type { CostCategory, Observation, SpendEntry } from '../../src/model/records.js';

/** An observation from plain figures; `columns` lists the metrics its file had (default: those given). */
export function observation(
  channel: Channel,
  start: string,
  end: string,
  figures: Partial<Record<MetricKey, number>>,
  columns: MetricKey[] = Object.keys(figures) as MetricKey[],
): Observation {
  const sums = emptySums();
  for (const [key, value] of Object.entries(figures)) sums[METRIC_INDEX[key as MetricKey]] = Math.round(value * UNITS_PER_ONE);
  return {
    source: 'test',
    file: `${channel}.csv`,
    channel,
    campaign: null,
    start,
    end,
    currency: 'EUR',
    sums,
    presence: presenceOf(columns),
    line: 2,
  };
}

export function cost(channel: Channel | 'all', category: CostCategory, start: string, end: string, amount: number): SpendEntry {
  return {
    file: 'ledger.csv',
    line: 2,
    channel,
    campaign: null,
    category,
    start,
    end,
    amount: Math.round(amount * UNITS_PER_ONE),
    currency: 'EUR',
  };
}

const benchmark = (rate: number) => ({ rate, source: 'test' });
const channelBenchmarks = (engagement: number, conversation: number, amplification: number) => ({
  engagement: benchmark(engagement),
  conversation: benchmark(conversation),
  amplification: benchmark(amplification),
  growth: benchmark(0.01),
  advocacy: benchmark(1),
});

/** A profile with round figures, so that expected results can be worked out by hand. */
export const TEST_PROFILE: Profile = {
  id: 'test',
  sector: 'test',
  description: 'figures for hand-worked tests',
  currency: 'EUR',
  values: { lead: 400, conversion: 150, application: 25, hire: 4000 },
  weights: { conversation: 3, amplification: 2, engagement: 1, growth: 1, advocacy: 2, adoption: 2, sentiment: 1 },
  benchmarks: {
    linkedin: channelBenchmarks(0.006, 0.0009, 0.0006),
    meta: channelBenchmarks(0.003, 0.0004, 0.0003),
    'google-ads': channelBenchmarks(0.006, 0.0009, 0.0006),
    x: channelBenchmarks(0.007, 0.0007, 0.001),
    tiktok: channelBenchmarks(0.03, 0.0007, 0.0015),
  },
  maturity: { minAudience: 1000, minMonths: 6 },
  carryover: { decay: 0.3, unit: 'week' },
  fatigue: { periods: 3, volumeRise: 0.3, engagementDrop: 0.2 },
  survey: { minRespondents: 5 },
};
