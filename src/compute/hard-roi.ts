import { UNITS_PER_ONE, ratio, roundDiv, unitsToMoney } from '../model/exact.js';
import { METRIC_INDEX, hasMetric, type MetricKey, type MetricPresence, type MetricSums } from '../model/metrics.js';
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

type ValuedDriver = Exclude<ValueDriver['driver'], 'revenue'>;

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
 * Value in units² (exact): revenue plus each valued count times what the profile says one is worth.
 * Rounding happens once, when the figure is shown.
 */
function valueSquared(group: GroupSums, values: Profile['values']): bigint {
  let total = BigInt(metric(group, 'revenue')) * SCALE;
  for (const driver of Object.keys(DRIVER_COUNTS) as ValuedDriver[]) {
    const unitValue = values[driver];
    if (!unitValue) continue;
    total += BigInt(DRIVER_COUNTS[driver](group)) * toUnits(unitValue);
  }
  return total;
}

/** Cost and value in units² (exact), for running totals over periods. */
export interface ExactMoney {
  cost: bigint;
  value: bigint;
}

export function exactMoney(group: GroupSums, values: Profile['values']): ExactMoney {
  return { cost: BigInt(metric(group, 'spend') + group.otherCosts) * SCALE, value: valueSquared(group, values) };
}

/** Cost, value (rounded to the cent once, here) and ROI of exact amounts. */
export function moneyFigures(money: ExactMoney): Cumulative {
  return {
    cost: unitsToMoney(roundDiv(money.cost, SCALE)),
    value: unitsToMoney(roundDiv(money.value, SCALE)),
    roi: ratio(money.value - money.cost, money.cost),
  };
}

export function hardRoi(group: GroupSums, values: Profile['values']): HardRoi {
  const spend = metric(group, 'spend');
  const cost = spend + group.otherCosts;
  const value = valueSquared(group, values);
  const costSquared = BigInt(cost) * SCALE;
  // Organic exports (X's content export) carry no spend: their clicks did not cost nothing, the
  // cost is unknown, so the unit costs and ROAS are n/a rather than 0. Likewise an export with no
  // revenue column (LinkedIn) has an unknown ROAS, not a ROAS of 0.
  const paid = hasMetric(group.presence, 'spend');
  const perSpend = (denominator: number) => (paid ? ratio(spend, denominator) : null);
  return {
    cost: unitsToMoney(cost),
    mediaSpend: unitsToMoney(spend),
    otherCosts: unitsToMoney(group.otherCosts),
    value: unitsToMoney(roundDiv(value, SCALE)),
    roi: ratio(value - costSquared, costSquared),
    roas: paid && hasMetric(group.presence, 'revenue') ? ratio(metric(group, 'revenue'), spend) : null,
    cpc: perSpend(metric(group, 'clicks')),
    cpm: paid ? perThousand(spend, metric(group, 'impressions')) : null,
    cpl: perSpend(metric(group, 'leads')),
    cpa: perSpend(metric(group, 'conversions')),
    costPerHire: ratio(cost, metric(group, 'hires')),
  };
}

/** The value drivers a report used, with their counts and the value each brought. */
export function valueDrivers(group: GroupSums, values: Profile['values']): ValueDriver[] {
  const drivers: ValueDriver[] = [];
  const revenue = metric(group, 'revenue');
  if (revenue !== 0) drivers.push({ driver: 'revenue', unitValue: null, count: revenue / UNITS_PER_ONE, value: unitsToMoney(revenue) });
  for (const driver of Object.keys(DRIVER_COUNTS) as ValuedDriver[]) {
    const unitValue = values[driver];
    const count = DRIVER_COUNTS[driver](group);
    if (!unitValue || count === 0) continue;
    const value = roundDiv(BigInt(count) * toUnits(unitValue), SCALE);
    drivers.push({ driver, unitValue, count: count / UNITS_PER_ONE, value: unitsToMoney(value) });
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
