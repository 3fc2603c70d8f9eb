import { splitByWeights } from '../model/exact.js';
import { METRIC_INDEX, emptySums, type Channel, type MetricPresence, type MetricSums } from '../model/metrics.js';
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
    for (const part of this.parts(observation.start, observation.end)) {
      const cell = this.cell(observation.channel, observation.campaign, part.period);
      cell.presence |= observation.presence;
      for (let slot = 0; slot < observation.sums.length; slot++) {
        const total = observation.sums[slot]!;
        if (total === 0) continue;
        const share = shareOf(total, part);
        cell.sums[slot]! += share;
        if (slot === CONVERSIONS && valuesConversions) cell.conversionsWithoutRevenue += share;
      }
    }
  }

  /** A ledger cost: media adds to the channel's spend, anything else to its other costs. */
  addCost(channel: Channel | 'all', campaign: string | null, media: boolean, start: string, end: string, amount: number): void {
    for (const part of this.parts(start, end)) {
      const cell = this.cell(channel, campaign, part.period);
      const share = shareOf(amount, part);
      if (media) {
        cell.sums[SPEND]! += share;
        cell.presence |= 1 << SPEND;
      } else {
        cell.otherCosts += share;
      }
    }
  }

  addSentiment(channel: Channel, campaign: string | null, date: string, sentiment: number, weight: number): void {
    const cell = this.cell(channel, campaign, this.parts(date, date)[0]!.period);
    cell.sentimentSum += sentiment * weight;
    cell.sentimentWeight += weight;
  }

  all(): Cell[] {
    return [...this.cells.values()];
  }

  /** The periods a range falls in, each with its share of the range's days. */
  private parts(start: string, end: string): Part[] {
    const time = this.time;
    if (time === null) return [{ period: null, index: 0, weights: WHOLE }];
    if (start === end) return [{ period: periodKey(time, start), index: 0, weights: WHOLE }];
    const periods = periodDays(start, end, (iso) => periodKey(time, iso));
    const weights = periods.map((p) => p.days);
    return periods.map((p, index) => ({ period: p.period, index, weights }));
  }

  private cell(channel: Channel | 'all', campaign: string | null, period: string | null): Cell {
    const key = `${channel}\u001f${campaign ?? ''}\u001f${period ?? ''}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { channel, campaign, period, sums: emptySums(), presence: 0, otherCosts: 0, conversionsWithoutRevenue: 0, sentimentSum: 0, sentimentWeight: 0 };
      this.cells.set(key, cell);
    }
    return cell;
  }
}

const WHOLE = [1];

interface Part {
  period: string | null;
  index: number;
  /** Days of the range in each of its periods. */
  weights: readonly number[];
}

/** This part's share of an amount spread by day count; the shares of all parts add up exactly. */
function shareOf(total: number, part: Part): number {
  return part.weights.length === 1 ? total : splitByWeights(total, part.weights)[part.index]!;
}
