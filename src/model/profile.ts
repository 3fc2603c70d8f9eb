import { z } from 'zod';
import { USE_CASE_IDS } from './use-case.js';

export { USE_CASE_IDS, type UseCase } from './use-case.js';

/*
 * Every message below is what a key expects, written to follow "expected": the profile loader prints
 * `values.lead: expected a number ≥ 0, got "abc"` (json/key-issues.ts).
 */
const text = z.string({ error: 'some text' }).min(1, { error: 'some text' });

function numberAtLeast(minimum: number) {
  const error = `a number ≥ ${minimum}`;
  return z.number({ error }).min(minimum, { error });
}

function wholeNumberAtLeast(minimum: number) {
  const error = `a whole number ≥ ${minimum}`;
  return z.number({ error }).int({ error }).min(minimum, { error });
}

const nonNegative = numberAtLeast(0);
const fractionError = 'a number between 0 and 1';
const fraction = z.number({ error: fractionError }).min(0, { error: fractionError }).max(1, { error: fractionError });

function section<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.strictObject(shape, { error: 'an object' });
}

/** A published figure, or an assumption with its reasoning: every benchmark says where it comes from. */
const benchmark = section({
  rate: z.number({ error: 'a number > 0' }).positive({ error: 'a number > 0' }),
  source: text,
});

const channelBenchmarks = section({
  conversation: benchmark,
  amplification: benchmark,
  engagement: benchmark,
  growth: benchmark,
  /** Employee shares per post: optional, as few teams track them; without it advocacy is not scored. */
  advocacy: benchmark.optional(),
});

const currencyError = 'an ISO 4217 code such as EUR';

const useCaseError = `one of ${USE_CASE_IDS.map((id) => `"${id}"`).join(', ')}`;

/** The keys of METRICS.md *Profiles*: users and scripts depend on them, so they are fixed. */
export const profileSchema = section({
  id: text,
  sector: text,
  description: text,
  currency: z.string({ error: currencyError }).regex(/^[A-Z]{3}$/, { error: currencyError }),
  useCase: z.enum(USE_CASE_IDS, { error: useCaseError }).optional(),
  values: section({
    lead: nonNegative.optional(),
    conversion: nonNegative.optional(),
    application: nonNegative.optional(),
    hire: nonNegative.optional(),
    message: nonNegative.optional(),
  }),
  /** Why each value is what it is: a source or the reasoning behind an assumption. */
  valueSources: z.record(z.string(), text, { error: 'an object' }).optional(),
  weights: section({
    conversation: nonNegative,
    amplification: nonNegative,
    engagement: nonNegative,
    growth: nonNegative,
    advocacy: nonNegative,
    adoption: nonNegative,
    sentiment: nonNegative,
  }),
  benchmarks: section({
    linkedin: channelBenchmarks,
    meta: channelBenchmarks,
    'google-ads': channelBenchmarks,
    x: channelBenchmarks,
    tiktok: channelBenchmarks,
  }),
  maturity: section({
    minAudience: wholeNumberAtLeast(0),
    minMonths: wholeNumberAtLeast(0),
  }),
  carryover: section({
    decay: fraction,
    unit: z.enum(['week', 'month'], { error: '"week" or "month"' }),
  }),
  fatigue: section({
    periods: wholeNumberAtLeast(2),
    volumeRise: nonNegative,
    engagementDrop: fraction,
  }),
  survey: section({
    minRespondents: wholeNumberAtLeast(1),
  }),
});

export type Profile = z.infer<typeof profileSchema>;
export type SubScoreKey = keyof Profile['weights'];
export type BenchmarkedScore = keyof Profile['benchmarks']['linkedin'];
