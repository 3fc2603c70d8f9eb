import { SocialRoiError } from '../model/errors.js';
import { roundDiv } from '../model/exact.js';
import { METRIC_INDEX, MONEY_KEYS } from '../model/metrics.js';
import { inputError } from '../model/problem.js';
import type { Profile } from '../model/profile.js';
import type { Observation, SpendEntry } from '../model/records.js';

/** What one unit of a currency is worth in the report's currency (the configuration's `fx`). */
export type ExchangeRates = Readonly<Record<string, number>>;

const RATE_SCALE = 100_000_000n;
const MONEY_SLOTS = [...MONEY_KEYS].map((key) => METRIC_INDEX[key]);

/** Exact units times a rate, rounded half away from zero to the unit: a conversion is done once, here. */
function convert(units: number, rate: number): number {
  return Number(roundDiv(BigInt(units) * BigInt(Math.round(rate * 1e8)), RATE_SCALE));
}

export interface Conversion {
  observations: Observation[];
  spendEntries: SpendEntry[];
  /** The rates actually used, by currency. */
  used: Record<string, number>;
}

/**
 * Amounts in different currencies cannot be added: each is converted to the report's currency with
 * the rate given for it, and a currency with no rate is an error naming the file (a file that
 * states no currency is taken to be in the report's).
 */
export function toReportCurrency(
  observations: readonly Observation[],
  spendEntries: readonly SpendEntry[],
  currency: string,
  fx: ExchangeRates,
  origin: CurrencyOrigin,
): Conversion {
  const used: Record<string, number> = {};
  const rateFor = (record: Observation | SpendEntry): number | null => {
    if (record.currency === null || record.currency === currency) return null;
    const rate = fx[record.currency];
    if (rate === undefined) throw mixedCurrency(record, [...observations, ...spendEntries], currency, origin);
    used[record.currency] = rate;
    return rate;
  };
  const convertedObservations = observations.map((o) => {
    const rate = rateFor(o);
    if (rate === null) return o;
    const sums = Float64Array.from(o.sums);
    for (const slot of MONEY_SLOTS) sums[slot] = convert(sums[slot]!, rate);
    return { ...o, sums, currency };
  });
  const convertedEntries = spendEntries.map((e) => {
    const rate = rateFor(e);
    return rate === null ? e : { ...e, amount: convert(e.amount, rate), currency };
  });
  return { observations: convertedObservations, spendEntries: convertedEntries, used };
}

/**
 * Where the report's currency comes from, for the message that asks for a rate: the profile's
 * (then reporting in the files' currency is the other way out), or chosen by --currency or the
 * configuration.
 */
export type CurrencyOrigin = { profile: string; chosen: boolean };

function mixedCurrency(
  record: Observation | SpendEntry,
  all: readonly (Observation | SpendEntry)[],
  currency: string,
  origin: CurrencyOrigin,
): SocialRoiError {
  const other = all.find((r) => r.currency === currency && r.file !== record.file);
  return new SocialRoiError(
    inputError(
      'INPUT_MIXED_CURRENCY',
      { currency: record.currency!, expected: currency, profile: origin.profile, chosen: origin.chosen ? 1 : 0, other: other?.file ?? '' },
      { file: record.file, line: record.line },
    ),
  );
}

/** A profile's values in the report's currency, when the configuration chose another one. */
export function profileValuesIn(profile: Profile, currency: string, fx: ExchangeRates): Profile['values'] {
  if (profile.currency === currency) return profile.values;
  const rate = fx[profile.currency];
  if (rate === undefined) {
    throw new SocialRoiError(
      inputError(
        'INPUT_PROFILE_CURRENCY',
        { currency: profile.currency, expected: currency, profile: profile.id },
        { file: `profile ${profile.id}` },
      ),
    );
  }
  return Object.fromEntries(Object.entries(profile.values).map(([key, value]) => [key, Math.round(value * rate * 100) / 100]));
}
