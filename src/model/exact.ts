/**
 * Every figure read from an input is held as an integer number of ten-thousandths ("units"), so that
 * sums of money and of fractional counts (Google Ads reports 0.25 conversions) are exact. A JS number
 * holds integers exactly up to 2^53, i.e. about 900 billion at this scale: a figure or a sum beyond
 * that is an error, never a rounded number.
 */
export const UNITS_PER_ONE = 10_000;
export const DECIMALS = 4;
export const MAX_UNITS = Number.MAX_SAFE_INTEGER;
const UNITS_PER_CENT = 100;

export function isExact(units: number): boolean {
  return Number.isSafeInteger(units);
}

/** Money in output: rounded to the cent, half away from zero, from exact units. */
export function unitsToMoney(units: number | bigint): number {
  const big = BigInt(units);
  const cents = roundDiv(big, BigInt(UNITS_PER_CENT));
  return Number(cents) / 100;
}

/** Integer division rounded half away from zero. */
export function roundDiv(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (n + d / 2n) / d;
  return negative ? -q : q;
}

/** A ratio of two exact quantities, or null when the denominator is zero. */
export function ratio(numerator: number | bigint, denominator: number | bigint): number | null {
  if (BigInt(denominator) === 0n) return null;
  return Number(numerator) / Number(denominator);
}

/**
 * Splits an amount in proportion to non-negative integer weights (exact units, so BigInt arithmetic),
 * to the cent, by the largest-remainder method: whole cents by the floor of each share, the cents
 * left over one each to the largest remainders (ties to the earlier share), any sub-cent rest to the
 * first share. The shares always add up to the amount exactly.
 */
export function splitByWeights(units: number, weights: readonly number[]): number[] {
  const bigWeights = weights.map((w) => BigInt(w));
  const total = bigWeights.reduce((a, b) => a + b, 0n);
  if (weights.length === 0 || total <= 0n) throw new RangeError('splitByWeights needs a positive total weight');
  const sign = units < 0 ? -1 : 1;
  const magnitude = Math.abs(units);
  const cents = BigInt(Math.floor(magnitude / UNITS_PER_CENT));
  const subCent = magnitude % UNITS_PER_CENT;
  const floors = bigWeights.map((w) => (cents * w) / total);
  const remainders = bigWeights.map((w, i) => cents * w - floors[i]! * total);
  let left = cents - floors.reduce((a, b) => a + b, 0n);
  const order = remainders.map((r, i) => ({ r, i })).sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  const shares = [...floors];
  for (const { i } of order) {
    if (left <= 0n) break;
    shares[i]! += 1n;
    left -= 1n;
  }
  return shares.map((c, i) => sign * (Number(c) * UNITS_PER_CENT + (i === 0 ? subCent : 0)) || 0);
}
