import { z } from 'zod';
import { USE_CASE_IDS } from './use-case.js';

export { USE_CASE_IDS, type UseCase } from './use-case.js';

/*
 * Every message below is what a key expects, written to follow "expected": the profile loader prints
 * `values.lead: expected an amount from 0 to 10,000,000 with at most two decimals, got "abc"` (json/key-issues.ts).
 */
const text = z.string({ error: 'some text' }).min(1, { error: 'some text' });

/*
 * Every number has a ceiling: a value of 1e308 or a weight of 1e300 is a typo, and figures beyond
 * these would overflow the exact sums they enter. The ceilings are far above any real profile.
 */
function numberBetween(minimum: number, maximum: number) {
  const error = `a number from ${minimum} to ${maximum.toLocaleString('en-US')}`;
  return z.number({ error }).min(minimum, { error }).max(maximum, { error });
}

function wholeNumberBetween(minimum: number, maximum: number) {
  const error = `a whole number from ${minimum} to ${maximum.toLocaleString('en-US')}`;
  return z.number({ error }).int({ error }).min(minimum, { error }).max(maximum, { error });
}

/** A result's value in the profile's currency, to the cent as money is kept. */
const moneyError = 'an amount from 0 to 10,000,000 with at most two decimals';
const unitValue = z
  .number({ error: moneyError })
  .min(0, { error: moneyError })
  .max(10_000_000, { error: moneyError })
  // Past the maximum the check above has spoken: one message, not two.
  .refine((value) => value > 10_000_000 || Math.round(value * 100) / 100 === value, { error: moneyError });
const weight = numberBetween(0, 1000);
const fractionError = 'a number between 0 and 1';
const fraction = z.number({ error: fractionError }).min(0, { error: fractionError }).max(1, { error: fractionError });

function section<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.strictObject(shape, { error: 'an object' });
}

/** A published figure, or an assumption with its reasoning: every benchmark says where it comes from. */
const benchmark = section({
  rate: z
    .number({ error: 'a number > 0 and ≤ 1,000' })
    .positive({ error: 'a number > 0 and ≤ 1,000' })
    .max(1000, { error: 'a number > 0 and ≤ 1,000' }),
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

const VALUED_RESULTS = ['lead', 'conversion', 'application', 'hire', 'message'] as const;
const valuedResultError = `one of ${VALUED_RESULTS.map((id) => `"${id}"`).join(', ')}`;

const useCaseError = `one of ${USE_CASE_IDS.map((id) => `"${id}"`).join(', ')}`;

/** The keys of METRICS.md *Profiles*: users and scripts depend on them, so they are fixed. */
export const profileSchema = section({
  id: text,
  sector: text,
  description: text,
  currency: z.string({ error: currencyError }).regex(/^[A-Z]{3}$/, { error: currencyError }),
  useCase: z.enum(USE_CASE_IDS, { error: useCaseError }).optional(),
  values: section({
    lead: unitValue.optional(),
    conversion: unitValue.optional(),
    application: unitValue.optional(),
    hire: unitValue.optional(),
    message: unitValue.optional(),
  }),
  /**
   * Results that are stages of one path, shallowest first (an application, then a hire): each adds
   * only its value beyond the stage before, so one candidate is never valued twice in full.
   */
  funnels: z
    .array(
      z.array(z.enum(VALUED_RESULTS, { error: valuedResultError }), { error: 'a list of results' }).min(2, { error: 'two stages or more' }),
      {
        error: 'a list of funnels such as [["application", "hire"]]',
      },
    )
    .optional(),
  /** Why each value is what it is: a source or the reasoning behind an assumption. */
  valueSources: z.record(z.string(), text, { error: 'an object' }).optional(),
  weights: section({
    conversation: weight,
    amplification: weight,
    engagement: weight,
    growth: weight,
    advocacy: weight,
    adoption: weight,
    sentiment: weight,
  }),
  benchmarks: section({
    linkedin: channelBenchmarks,
    meta: channelBenchmarks,
    'google-ads': channelBenchmarks,
    x: channelBenchmarks,
    tiktok: channelBenchmarks,
  }),
  maturity: section({
    minAudience: wholeNumberBetween(0, 1_000_000_000),
    minMonths: wholeNumberBetween(0, 1200),
  }),
  carryover: section({
    decay: fraction,
    unit: z.enum(['week', 'month'], { error: '"week" or "month"' }),
  }),
  fatigue: section({
    periods: wholeNumberBetween(2, 520),
    volumeRise: numberBetween(0, 1000),
    engagementDrop: fraction,
  }),
  survey: section({
    minRespondents: wholeNumberBetween(1, 1_000_000),
  }),
}).superRefine((profile, context) => {
  // A result belongs to one path at most, and a deeper stage is worth at least the one before it:
  // otherwise what a stage adds would be negative, or counted along two paths.
  const seen = new Set<string>();
  (profile.funnels ?? []).forEach((stages, f) => {
    stages.forEach((stage, s) => {
      if (seen.has(stage))
        context.addIssue({ code: 'custom', path: ['funnels', f, s], message: `a result in one funnel only, got "${stage}" a second time` });
      seen.add(stage);
      const before = s === 0 ? undefined : stages[s - 1]!;
      if (before !== undefined && (profile.values[stage] ?? 0) < (profile.values[before] ?? 0)) {
        context.addIssue({
          code: 'custom',
          path: ['funnels', f, s],
          message: `a stage worth at least the one before it (values.${stage} < values.${before})`,
        });
      }
    });
  });
});

export type Profile = z.infer<typeof profileSchema>;
export type SubScoreKey = keyof Profile['weights'];
export type BenchmarkedScore = keyof Profile['benchmarks']['linkedin'];
