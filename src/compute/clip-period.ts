import { dayNumber, isoFromDayNumber } from '../model/calendar.js';
import { splitByWeights } from '../model/exact.js';
import type { Observation, SpendEntry } from '../model/records.js';

export interface DateWindow {
  from: string | null;
  to: string | null;
}

interface Overlap {
  start: string;
  end: string;
  /** Days inside the window, days outside it. */
  weights: [number, number];
}

/** The part of an inclusive range inside the window, or null when none of it is. */
function overlap(start: string, end: string, window: DateWindow): Overlap | null {
  const first = Math.max(dayNumber(start), window.from ? dayNumber(window.from) : -Infinity);
  const last = Math.min(dayNumber(end), window.to ? dayNumber(window.to) : Infinity);
  if (first > last) return null;
  const inside = last - first + 1;
  const total = dayNumber(end) - dayNumber(start) + 1;
  return { start: isoFromDayNumber(first), end: isoFromDayNumber(last), weights: [inside, total - inside] };
}

function insideShare(amount: number, weights: [number, number]): number {
  return weights[1] === 0 ? amount : splitByWeights(amount, weights)[0]!;
}

/**
 * Keeps what falls between --from and --to (inclusive calendar dates). A row that covers a range
 * crossing an edge keeps the share of its days inside, as ranges are spread evenly over their days.
 */
export function clipObservations(observations: readonly Observation[], window: DateWindow): Observation[] {
  return observations.flatMap((observation) => {
    const part = overlap(observation.start, observation.end, window);
    if (!part) return [];
    if (part.weights[1] === 0) return [observation];
    const sums = observation.sums.map((value) => (value === 0 ? 0 : insideShare(value, part.weights)));
    return [{ ...observation, start: part.start, end: part.end, sums }];
  });
}

export function clipSpendEntries(entries: readonly SpendEntry[], window: DateWindow): SpendEntry[] {
  return entries.flatMap((entry) => {
    const part = overlap(entry.start, entry.end, window);
    if (!part) return [];
    return [{ ...entry, start: part.start, end: part.end, amount: insideShare(entry.amount, part.weights) }];
  });
}
