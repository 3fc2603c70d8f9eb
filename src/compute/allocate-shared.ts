import { dayNumber, isoFromDayNumber } from '../model/calendar.js';
import { splitByWeights } from '../model/exact.js';
import type { Channel } from '../model/metrics.js';
import type { SpendEntry } from '../model/records.js';
import { periodDays } from './spread.js';

export interface CostPiece {
  channel: Channel | 'all';
  start: string;
  end: string;
  amount: number;
  entry: SpendEntry;
}

/** Media spend per month and channel, in exact units. */
export type MonthlySpend = Map<string, Map<Channel, number>>;

export function addMonthlySpend(spend: MonthlySpend, channel: Channel, start: string, end: string, amount: number): void {
  if (amount === 0) return;
  const months = periodDays(start, end, 'month');
  const shares =
    months.length === 1
      ? [amount]
      : splitByWeights(
          amount,
          months.map((m) => m.days),
        );
  months.forEach((m, i) => {
    const byChannel = spend.get(m.period) ?? new Map<Channel, number>();
    byChannel.set(channel, (byChannel.get(channel) ?? 0) + shares[i]!);
    spend.set(m.period, byChannel);
  });
}

/**
 * A ledger line on `all` (tools, training) is shared by the channels that had media spend in the
 * same month, in proportion to that spend, to the cent by largest remainder (METRICS.md *Shared
 * costs*). A line that spans months is first spread over its days; a month in which no channel had
 * media spend keeps its part in the group `all`.
 */
export function allocateSharedCost(entry: SpendEntry, spend: MonthlySpend): CostPiece[] {
  const months = periodDays(entry.start, entry.end, 'month');
  const monthAmounts =
    months.length === 1
      ? [entry.amount]
      : splitByWeights(
          entry.amount,
          months.map((m) => m.days),
        );
  const pieces: CostPiece[] = [];
  let cursor = entry.start;
  months.forEach((month, i) => {
    const range = { start: cursor, end: lastDayOfMonthWithin(cursor, entry.end, month.days) };
    cursor = nextDay(range.end);
    const amount = monthAmounts[i]!;
    const payers = [...(spend.get(month.period) ?? new Map<Channel, number>())]
      .filter(([, spent]) => spent > 0)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    if (payers.length === 0) {
      pieces.push({ channel: 'all', ...range, amount, entry });
      return;
    }
    const shares = splitByWeights(
      amount,
      payers.map(([, spent]) => spent),
    );
    payers.forEach(([channel], j) => {
      pieces.push({ channel, ...range, amount: shares[j]!, entry });
    });
  });
  return pieces;
}

function lastDayOfMonthWithin(start: string, end: string, days: number): string {
  const last = addDays(start, days - 1);
  return last < end ? last : end;
}

function nextDay(iso: string): string {
  return addDays(iso, 1);
}

function addDays(iso: string, days: number): string {
  return isoFromDayNumber(dayNumber(iso) + days);
}
