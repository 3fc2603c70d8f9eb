import { dayNumber } from '../model/calendar.js';
import { UNITS_PER_ONE, unitsToMoney } from '../model/exact.js';
import { type Channel, COUNT_KEYS, emptySums, type MetricKey, MONEY_KEYS } from '../model/metrics.js';
import { periodEnd, periodStart } from '../model/periods.js';
import type { Profile } from '../model/profile.js';
import type { Dimension, Figures, Group, GroupFlag, GroupKey, SubScore, TimeDimension } from '../model/report.js';
import type { AudienceBook } from './audience.js';
import type { Cell } from './cells.js';
import { compareKeys, groupKeyOf, serializeKey, timeDimensionOf } from './group-key.js';
import { type ExactMoney, exactMoney, type GroupSums, hardRoi, moneyFigures, type ValuedDriver } from './hard-roi.js';
import { addInto } from './series.js';
import { type ChannelSums, DAYS_PER_MONTH, softRoi } from './soft-roi.js';

/** What a group's figures need beyond its cells. */
export interface FigureContext {
  profile: Profile;
  audience: AudienceBook;
  /** The report's dates: the span of every group that has no period of its own. */
  period: { from: string | null; to: string | null };
  /** Channels too young to judge (METRICS.md *Time*). */
  tooEarly: ReadonlySet<string>;
  /** The results the report's use case leads with: break-even prices the first a group has. */
  leadOrder: readonly ValuedDriver[];
  /** The survey's adoption for a span, or null; the survey belongs to no channel. */
  adoptionIn: (span: Span) => SubScore | null;
}

export interface Span {
  start: string | null;
  end: string | null;
}

/** One group per key, sorted; with a time in the key, each carries its running totals. */
export function rollUp(cells: readonly Cell[], groupBy: readonly Dimension[], context: FigureContext): Group[] {
  const time = timeDimensionOf(groupBy);
  const members = new Map<string, { key: GroupKey; cells: Cell[] }>();
  for (const cell of cells) {
    const key = groupKeyOf(cell, groupBy, time);
    const id = serializeKey(key);
    const group = members.get(id) ?? { key, cells: [] };
    group.cells.push(cell);
    members.set(id, group);
  }
  const sorted = [...members.values()].sort((a, b) => compareKeys(a.key, b.key, groupBy));
  // Sorted by key with the period last, a non-time key's periods follow one another in order.
  const running = new Map<string, ExactMoney>();
  // A channel is not the team: the survey speaks for the whole report, or for a period of it.
  const perChannel = groupBy.includes('channel');
  return sorted.map(({ key, cells: groupCells }) => {
    const span = spanOf(key, time, context);
    const group: Group = { key, ...figures(groupCells, context, span, perChannel ? null : context.adoptionIn(span)) };
    if (time === null) return group;
    const { [time]: _period, ...rest } = key;
    const id = serializeKey(rest);
    const money = exactMoney(sumCells(groupCells), context.profile);
    const before = running.get(id) ?? { cost: 0n, value: 0n };
    const sum = { cost: before.cost + money.cost, value: before.value + money.value };
    running.set(id, sum);
    return { ...group, cumulative: moneyFigures(sum) };
  });
}

/** A group's metrics, hard and soft figures, and its flags, over the span it covers. */
export function figures(cells: readonly Cell[], context: FigureContext, span: Span, adoption: SubScore | null): Figures {
  const total = sumCells(cells);
  const parts = byChannel(cells, context.audience, span);
  const flags: GroupFlag[] = parts.some((p) => context.tooEarly.has(p.channel)) ? ['too-early'] : [];
  return {
    metrics: outputMetrics(total),
    hard: hardRoi(total, { profile: context.profile, channels: parts, leadOrder: context.leadOrder }),
    soft: softRoi(parts, context.profile, adoption),
    flags,
  };
}

export function sumCells(cells: readonly Cell[]): GroupSums {
  const total: GroupSums = { sums: emptySums(), presence: 0, otherCosts: 0, conversionsWithoutRevenue: 0 };
  for (const cell of cells) addInto(total, cell);
  return total;
}

function spanOf(key: GroupKey, time: TimeDimension | null, context: FigureContext): Span {
  const period = time === null ? undefined : key[time];
  return period === undefined
    ? { start: context.period.from, end: context.period.to }
    : { start: periodStart(time!, period), end: periodEnd(time!, period) };
}

function byChannel(cells: readonly Cell[], audience: AudienceBook, span: Span): ChannelSums[] {
  const months = span.start !== null && span.end !== null ? (dayNumber(span.end) - dayNumber(span.start) + 1) / DAYS_PER_MONTH : 1;
  const parts = new Map<string, ChannelSums>();
  for (const cell of cells) {
    const part = parts.get(cell.channel) ?? {
      channel: cell.channel,
      sums: emptySums(),
      presence: 0,
      audienceAtStart: cell.channel === 'all' || span.start === null ? null : audience.atStart(cell.channel as Channel, span.start),
      audienceChange:
        cell.channel === 'all' || span.start === null || span.end === null
          ? null
          : audience.change(cell.channel as Channel, span.start, span.end),
      spanMonths: months,
      sentimentSum: 0,
      sentimentWeight: 0,
      otherCosts: 0,
    };
    for (let i = 0; i < part.sums.length; i++) part.sums[i]! += cell.sums[i]!;
    part.presence |= cell.presence;
    part.sentimentSum += cell.sentimentSum;
    part.sentimentWeight += cell.sentimentWeight;
    part.otherCosts += cell.otherCosts;
    parts.set(cell.channel, part);
  }
  // A fixed order keeps float sums over channels identical whatever order the rows came in.
  return [...parts.values()].sort((a, b) => (a.channel < b.channel ? -1 : 1));
}

function outputMetrics(group: GroupSums): Record<MetricKey, number> {
  const metrics = {} as Record<MetricKey, number>;
  COUNT_KEYS.forEach((key, i) => {
    const units = group.sums[i]!;
    metrics[key] = MONEY_KEYS.has(key) ? unitsToMoney(units) : units / UNITS_PER_ONE;
  });
  return metrics;
}
