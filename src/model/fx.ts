/**
 * The exchange rates a report accepts: what one unit of a currency is worth in the report's. Real
 * rates between currencies in use span about 1e-5 (the Iranian rial in euros) to 1e5 (the reverse);
 * a rate far outside that is a typo that would turn amounts into zeros or overflow the exact sums.
 */
export const RATE_RANGE = { min: 1e-6, max: 1e6 } as const;

export function isPlausibleRate(rate: number): boolean {
  return Number.isFinite(rate) && rate >= RATE_RANGE.min && rate <= RATE_RANGE.max;
}
