import { splitByWeights } from '../model/exact.js';
import { type Channel, emptySums, METRIC_INDEX, type MetricPresence, type MetricSums } from '../model/metrics.js';
import type { Observation } from '../model/records.js';
import type { TimeDimension } from '../model/report.js';
import { periodKey } from './group-key.js';
import { periodDays } from './spread.js';

/** The finest grain the report needs: one channel × campaign (if grouped by) × period (if grouped by). */
export interface Cell {
  channel: Channel | 'all';
  campaign: string | null;
  period: string | null;
  sums: MetricSums;
  presence: MetricPresence;
  /** Ledger costs other than media, in exact units. */
  otherCosts: number;
  /** Conversions from sources with no revenue column: only these are valued by the profile. */
  conversionsWithoutRevenue: number;
  /** Sentiment scores times their weights, and the weights: the mean is their quotient. */
  sentimentSum: number;
  sentimentWeight: number;
}

const SPEND = METRIC_INDEX.spend;
const CONVERSIONS = METRIC_INDEX.conversions;
const REVENUE_BIT = 1 << METRIC_INDEX.revenue;

export class CellGrid {
  private readonly cells = new Map<string, Cell>();

  constructor(private readonly time: TimeDimension | null) {}

  addObservation(observation: Observation): void {
    const valuesConversions = (observation.presence & REVENUE_BIT) === 0;
    const { periods, days } = this.parts(observation.start, observation.end);
    const cells = periods.map((period) => this.cell(observation.channel, observation.campaign, period));
    for (const cell of cells) cell.presence |= observation.presence;
    for (let slot = 0; slot < observation.sums.length; slot++) {
      const total = observation.sums[slot]!;
      if (total === 0) continue;
      const shares = spread(total, days);
      cells.forEach((cell, i) => {
        cell.sums[slot]! += shares[i]!;
        if (slot === CONVERSIONS && valuesConversions) cell.conversionsWithoutRevenue += shares[i]!;
      });
    }
  }

  /** A ledger cost: media adds to the channel's spend, anything else to its other costs. */
  addCost(channel: Channel | 'all', campaign: string | null, media: boolean, start: string, end: string, amount: number): void {
    const { periods, days } = this.parts(start, end);
    const shares = spread(amount, days);
    periods.forEach((period, i) => {
      const cell = this.cell(channel, campaign, period);
      if (media) {
        cell.sums[SPEND]! += shares[i]!;
        cell.presence |= 1 << SPEND;
      } else {
        cell.otherCosts += shares[i]!;
      }
    });
  }

  addSentiment(channel: Channel, campaign: string | null, date: string, sentiment: number, weight: number): void {
    const cell = this.cell(channel, campaign, this.parts(date, date).periods[0]!);
    cell.sentimentSum += sentiment * weight;
    cell.sentimentWeight += weight;
  }

  all(): Cell[] {
    return [...this.cells.values()];
  }

  /** The periods a range falls in, with the range's days in each (null: the whole range in one). */
  private parts(start: string, end: string): { periods: (string | null)[]; days: number[] | null } {
    const time = this.time;
    if (time === null) return { periods: [null], days: null };
    if (start === end) return { periods: [periodKey(time, start)], days: null };
    const periods = periodDays(start, end, time);
    return { periods: periods.map((p) => p.period), days: periods.length === 1 ? null : periods.map((p) => p.days) };
  }

  private cell(channel: Channel | 'all', campaign: string | null, period: string | null): Cell {
    const key = `${channel}\u001f${campaign ?? ''}\u001f${period ?? ''}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = {
        channel,
        campaign,
        period,
        sums: emptySums(),
        presence: 0,
        otherCosts: 0,
        conversionsWithoutRevenue: 0,
        sentimentSum: 0,
        sentimentWeight: 0,
      };
      this.cells.set(key, cell);
    }
    return cell;
  }
}

/** An amount's shares by day count, once per range: the shares of all periods add up exactly. */
function spread(total: number, days: readonly number[] | null): number[] {
  return days === null ? [total] : splitByWeights(total, days);
}
