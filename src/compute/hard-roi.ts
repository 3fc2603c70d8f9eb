import { ratio, roundDiv, UNITS_PER_ONE, unitsToMoney } from '../model/exact.js';
import { hasMetric, METRIC_INDEX, type MetricKey, type MetricPresence, type MetricSums } from '../model/metrics.js';
import type { Profile } from '../model/profile.js';
import type { Cumulative, HardRoi, ValueDriver } from '../model/report.js';

/** A group's exact sums: everything the money side needs. */
export interface GroupSums {
  sums: MetricSums;
  /** Which metrics some source had a column for. */
  presence: MetricPresence;
  otherCosts: number;
  conversionsWithoutRevenue: number;
}

export type ValuedDriver = Exclude<ValueDriver['driver'], 'revenue'>;
const VALUED_DRIVERS: readonly ValuedDriver[] = ['lead', 'conversion', 'application', 'hire', 'message'];

/** Which count each profile value multiplies (METRICS.md *Hard ROI*). */
const DRIVER_COUNTS: Record<ValuedDriver, (g: GroupSums) => number> = {
  lead: (g) => g.sums[METRIC_INDEX.leads]!,
  conversion: (g) => g.conversionsWithoutRevenue,
  application: (g) => g.sums[METRIC_INDEX.applications]!,
  hire: (g) => g.sums[METRIC_INDEX.hires]!,
  message: (g) => g.sums[METRIC_INDEX.messages]!,
};

const SCALE = BigInt(UNITS_PER_ONE);

/**
 * What each result adds to value. A result that is a stage of a funnel (an application that becomes
 * a hire) adds only what it is worth beyond the stage before it, so a hire counted as an application
 * too is valued once, in full: the increments of one candidate's stages add up to the hire's value.
 * Linear in the counts, so the value of periods adds up to the value of their sum.
 */
function netUnitValues(profile: Pick<Profile, 'values' | 'funnels'>): Record<ValuedDriver, number> {
  const net = Object.fromEntries(VALUED_DRIVERS.map((driver) => [driver, profile.values[driver] ?? 0])) as Record<ValuedDriver, number>;
  for (const stages of profile.funnels ?? []) {
    for (let i = stages.length - 1; i > 0; i--) net[stages[i]!] = (profile.values[stages[i]!] ?? 0) - (profile.values[stages[i - 1]!] ?? 0);
  }
  return net;
}

/**
 * Value in units² (exact): revenue plus each valued count times what it adds. Rounding happens
 * once, when the figure is shown.
 */
function valueSquared(group: GroupSums, net: Record<ValuedDriver, number>): bigint {
  let total = revenueSquared(group);
  for (const driver of VALUED_DRIVERS) {
    if (net[driver] !== 0) total += BigInt(DRIVER_COUNTS[driver](group)) * toUnits(net[driver]);
  }
  return total;
}

function revenueSquared(group: GroupSums): bigint {
  return BigInt(metric(group, 'revenue')) * SCALE;
}

/** Cost and value in units² (exact), for running totals over periods. */
export interface ExactMoney {
  cost: bigint;
  value: bigint;
}

export function exactMoney(group: GroupSums, profile: Pick<Profile, 'values' | 'funnels'>): ExactMoney {
  return { cost: BigInt(metric(group, 'spend') + group.otherCosts) * SCALE, value: valueSquared(group, netUnitValues(profile)) };
}

/** Cost, value (rounded to the cent once, here) and ROI of exact amounts. */
export function moneyFigures(money: ExactMoney): Cumulative {
  return {
    cost: unitsToMoney(roundDiv(money.cost, SCALE)),
    value: unitsToMoney(roundDiv(money.value, SCALE)),
    roi: roiOf(money.value, money.cost),
  };
}

/** (value − cost) / cost; undefined (null) for no cost, and for a negative one: credits above spend make no return. */
function roiOf(value: bigint, cost: bigint): number | null {
  return cost > 0n ? ratio(value - cost, cost) : null;
}

export interface HardContext {
  profile: Pick<Profile, 'values' | 'funnels'>;
  /** Each channel's sums in the group: unit costs divide the cost of the channels that brought the result. */
  channels: readonly { sums: MetricSums; otherCosts: number }[];
  /** The results the use case leads with, in order: break-even prices the first the group has. */
  leadOrder: readonly ValuedDriver[];
}

export function hardRoi(group: GroupSums, context: HardContext): HardRoi {
  const spend = metric(group, 'spend');
  const cost = spend + group.otherCosts;
  const net = netUnitValues(context.profile);
  const value = valueSquared(group, net);
  const costSquared = BigInt(cost) * SCALE;
  // Organic exports (X's content export) carry no spend: their clicks did not cost nothing, the
  // cost is unknown, so the unit costs and ROAS are n/a rather than 0. Likewise an export with no
  // revenue column (LinkedIn) has an unknown ROAS, not a ROAS of 0.
  const paid = hasMetric(group.presence, 'spend');
  const perSpend = (denominator: number) => (paid ? ratio(spend, denominator) : null);
  const bringing = (key: MetricKey) => context.channels.filter((channel) => channel.sums[METRIC_INDEX[key]]! !== 0);
  const spendOf = (key: MetricKey) => bringing(key).reduce((sum, channel) => sum + channel.sums[METRIC_INDEX.spend]!, 0);
  const costOf = (key: MetricKey) =>
    bringing(key).reduce((sum, channel) => sum + channel.sums[METRIC_INDEX.spend]! + channel.otherCosts, 0);
  return {
    cost: unitsToMoney(cost),
    mediaSpend: unitsToMoney(spend),
    otherCosts: unitsToMoney(group.otherCosts),
    value: unitsToMoney(roundDiv(value, SCALE)),
    roi: roiOf(value, costSquared),
    revenueRoi: hasMetric(group.presence, 'revenue') ? roiOf(revenueSquared(group), costSquared) : null,
    breakEvenUnitValue: breakEven(group, context, value, costSquared),
    roas: paid && hasMetric(group.presence, 'revenue') ? ratio(metric(group, 'revenue'), spend) : null,
    cpc: perSpend(metric(group, 'clicks')),
    cpm: paid ? perThousand(spend, metric(group, 'impressions')) : null,
    cpl: paid ? ratio(spendOf('leads'), metric(group, 'leads')) : null,
    cpa: paid ? ratio(spendOf('conversions'), metric(group, 'conversions')) : null,
    costPerHire: ratio(costOf('hires'), metric(group, 'hires')),
    allSpend: {
      cpl: perSpend(metric(group, 'leads')),
      cpa: perSpend(metric(group, 'conversions')),
      costPerHire: ratio(cost, metric(group, 'hires')),
    },
  };
}

/**
 * What one unit of the leading result would have to be worth for the modelled ROI to be 0, the
 * other results keeping their values. In a funnel, raising a stage's value lowers what the next
 * adds, so the value moves by (this stage's count − the next stage's) per unit of change.
 */
function breakEven(group: GroupSums, context: HardContext, value: bigint, costSquared: bigint): HardRoi['breakEvenUnitValue'] {
  if (costSquared <= 0n) return null;
  const result = context.leadOrder.find((driver) => DRIVER_COUNTS[driver](group) !== 0);
  if (result === undefined) return null;
  const funnel = (context.profile.funnels ?? []).find((stages) => stages.includes(result));
  const next = funnel?.[funnel.indexOf(result) + 1];
  const slope = BigInt(DRIVER_COUNTS[result](group)) - (next === undefined ? 0n : BigInt(DRIVER_COUNTS[next](group)));
  if (slope <= 0n) return null;
  const current = toUnits(context.profile.values[result] ?? 0);
  // value and cost are in units²; current is in units and slope in units: the change needed is (cost − value) / slope units.
  const needed = current + roundDiv(costSquared - value, slope);
  return { result, value: unitsToMoney(needed > 0n ? needed : 0n) };
}

/** The drivers a report used, with their counts and the value each brought. */
export function valueDrivers(group: GroupSums, profile: Pick<Profile, 'values' | 'funnels'>): ValueDriver[] {
  const drivers: ValueDriver[] = [];
  const revenue = metric(group, 'revenue');
  if (revenue !== 0)
    drivers.push({ driver: 'revenue', unitValue: null, netUnitValue: null, count: revenue / UNITS_PER_ONE, value: unitsToMoney(revenue) });
  const net = netUnitValues(profile);
  for (const driver of VALUED_DRIVERS) {
    const unitValue = profile.values[driver];
    const count = DRIVER_COUNTS[driver](group);
    if (!unitValue || count === 0) continue;
    const value = roundDiv(BigInt(count) * toUnits(net[driver]), SCALE);
    drivers.push({ driver, unitValue, netUnitValue: net[driver], count: count / UNITS_PER_ONE, value: unitsToMoney(value) });
  }
  return drivers;
}

function metric(group: GroupSums, key: MetricKey): number {
  return group.sums[METRIC_INDEX[key]]!;
}

function perThousand(spend: number, impressions: number): number | null {
  const perImpression = ratio(spend, impressions);
  return perImpression === null ? null : perImpression * 1000;
}

function toUnits(amount: number): bigint {
  return BigInt(Math.round(amount * UNITS_PER_ONE));
}
