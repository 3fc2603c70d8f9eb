import { UNITS_PER_ONE, unitsToMoney } from '../model/exact.js';
import { COUNT_KEYS, METRIC_INDEX, MONEY_KEYS, emptySums, type MetricKey } from '../model/metrics.js';
import { warning, type Problem } from '../model/problem.js';
import type { Profile, UseCase } from '../model/profile.js';
import { USE_CASES } from '../profiles/use-cases.js';
import type { Observation, SpendEntry } from '../model/records.js';
import type { Dimension, FileRead, Figures, Group, GroupKey, Report, SharedCosts, ValueDriver } from '../model/report.js';
import { addMonthlySpend, allocateSharedCost, type MonthlySpend } from './allocate-shared.js';
import { CellGrid, type Cell } from './cells.js';
import { clipObservations, clipSpendEntries, type DateWindow } from './clip-period.js';
import { profileValuesIn, toReportCurrency, type ExchangeRates } from './currency.js';
import { compareKeys, groupKeyOf, normalizeGroupBy, serializeKey, timeDimensionOf } from './group-key.js';
import { hardRoi, valueDrivers, type GroupSums } from './hard-roi.js';
import { softRoi, type ChannelSums } from './soft-roi.js';

export interface IngestedData {
  observations: readonly Observation[];
  spendEntries: readonly SpendEntry[];
  files: readonly FileRead[];
  warnings: readonly Problem[];
}

export interface ReportRequest {
  profile: Profile;
  groupBy: readonly Dimension[];
  /** The report's currency: the profile's unless the configuration chose another. */
  currency?: string;
  /** Rates to the report's currency, for inputs in other currencies. */
  fx?: ExchangeRates;
  /** What leads the report: the profile's use case unless one is asked for. */
  useCase?: UseCase;
  /** --stamp: when the report was made (never read from a clock here, so the core stays pure). */
  generatedAt?: string;
  /** --from / --to: only what falls between them counts. */
  window?: DateWindow;
}

/** Campaign labels for costs that belong to no campaign of an export. */
export const NO_CAMPAIGN = '(none)';
export const SHARED_CAMPAIGN = '(shared)';

/** The one function commands call: ingested records and a profile in, the whole report out. */
export function buildReport(ingested: IngestedData, request: ReportRequest): Report {
  const currency = request.currency ?? request.profile.currency;
  const fx = request.fx ?? {};
  const clipped = request.window ? clipToWindow(ingested, request.window) : ingested;
  const converted = toReportCurrency(clipped.observations, clipped.spendEntries, currency, fx, request.profile.id);
  const data = { ...clipped, ...converted };
  // From here on, the profile's values are in the report's currency.
  const profile: Profile = { ...request.profile, currency, values: profileValuesIn(request.profile, currency, fx) };
  const useCase = request.useCase ?? profile.useCase ?? null;
  const groupBy = normalizeGroupBy(request.groupBy.length > 0 ? request.groupBy : ['channel']);
  const { cells, sharedCosts } = fillGrid(data, groupBy);
  const warnings = [...data.warnings];
  const window = request.window;
  if (window && (window.from || window.to) && data.observations.length + data.spendEntries.length === 0 && ingested.observations.length + ingested.spendEntries.length > 0) {
    warnings.push(warning('empty-window', { from: window.from ?? '…', to: window.to ?? '…' }));
  }
  if (sharedCosts.unallocated !== 0) warnings.push(warning('shared-costs-unallocated', { amount: sharedCosts.unallocated, currency }));
  return {
    schemaVersion: 1,
    currency,
    profile: profile.id,
    useCase,
    groupBy,
    period: periodOf(data),
    groups: rollUp(cells, groupBy, profile),
    total: figures(cells, profile),
    valueDrivers: orderDrivers(valueDrivers(sumCells(cells), profile.values), useCase),
    sharedCosts,
    exchangeRates: converted.used,
    files: [...data.files],
    warnings,
    ...(request.generatedAt ? { generatedAt: request.generatedAt } : {}),
  };
}

/** Every record and cost in its cells, with the shared costs allocated (METRICS.md *Shared costs*). */
function fillGrid(data: IngestedData, groupBy: readonly Dimension[]): { cells: Cell[]; sharedCosts: SharedCosts } {
  const byCampaign = groupBy.includes('campaign');
  const grid = new CellGrid(timeDimensionOf(groupBy));
  const spend: MonthlySpend = new Map();
  const campaignOf = (name: string | null) => (byCampaign ? name || NO_CAMPAIGN : null);
  const shared = data.spendEntries.filter((entry) => entry.channel === 'all');
  // Media spend by month is only needed to share costs out: without shared lines it is not worked out.
  const tallySpend = shared.length > 0 ? addMonthlySpend : () => undefined;
  for (const observation of data.observations) {
    grid.addObservation({ ...observation, campaign: campaignOf(observation.campaign) });
    tallySpend(spend, observation.channel, observation.start, observation.end, observation.sums[METRIC_INDEX.spend]!);
  }
  for (const entry of data.spendEntries) {
    if (entry.channel === 'all') continue;
    const media = entry.category === 'media';
    grid.addCost(entry.channel, campaignOf(entry.campaign), media, entry.start, entry.end, entry.amount);
    if (media) tallySpend(spend, entry.channel, entry.start, entry.end, entry.amount);
  }
  let allocated = 0;
  let unallocated = 0;
  for (const entry of shared) {
    for (const piece of allocateSharedCost(entry, spend)) {
      grid.addCost(piece.channel, byCampaign ? SHARED_CAMPAIGN : null, entry.category === 'media', piece.start, piece.end, piece.amount);
      if (piece.channel === 'all') unallocated += piece.amount;
      else allocated += piece.amount;
    }
  }
  return { cells: grid.all(), sharedCosts: { lines: shared.length, allocated: unitsToMoney(allocated), unallocated: unitsToMoney(unallocated) } };
}

/** The drivers the use case cares about first, the others after in their usual order. */
function orderDrivers(drivers: ValueDriver[], useCase: UseCase | null): ValueDriver[] {
  if (useCase === null) return drivers;
  const lead = USE_CASES[useCase].leadDrivers;
  const rank = (d: ValueDriver) => (lead.includes(d.driver) ? lead.indexOf(d.driver) : lead.length);
  return [...drivers].sort((a, b) => rank(a) - rank(b));
}

function rollUp(cells: readonly Cell[], groupBy: readonly Dimension[], profile: Profile): Group[] {
  const time = timeDimensionOf(groupBy);
  const members = new Map<string, { key: GroupKey; cells: Cell[] }>();
  for (const cell of cells) {
    const key = groupKeyOf(cell, groupBy, time);
    const id = serializeKey(key);
    const group = members.get(id) ?? { key, cells: [] };
    group.cells.push(cell);
    members.set(id, group);
  }
  return [...members.values()]
    .sort((a, b) => compareKeys(a.key, b.key, groupBy))
    .map(({ key, cells: groupCells }) => ({ key, ...figures(groupCells, profile) }));
}

function figures(cells: readonly Cell[], profile: Profile): Figures {
  const total = sumCells(cells);
  return { metrics: outputMetrics(total), hard: hardRoi(total, profile.values), soft: softRoi(byChannel(cells), profile) };
}

function sumCells(cells: readonly Cell[]): GroupSums {
  const total: GroupSums = { sums: emptySums(), presence: 0, otherCosts: 0, conversionsWithoutRevenue: 0 };
  for (const cell of cells) {
    for (let i = 0; i < total.sums.length; i++) total.sums[i]! += cell.sums[i]!;
    total.presence |= cell.presence;
    total.otherCosts += cell.otherCosts;
    total.conversionsWithoutRevenue += cell.conversionsWithoutRevenue;
  }
  return total;
}

function byChannel(cells: readonly Cell[]): ChannelSums[] {
  const parts = new Map<string, ChannelSums>();
  for (const cell of cells) {
    const part = parts.get(cell.channel) ?? { channel: cell.channel, sums: emptySums(), presence: 0 };
    for (let i = 0; i < part.sums.length; i++) part.sums[i]! += cell.sums[i]!;
    part.presence |= cell.presence;
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

function periodOf(data: IngestedData): Report['period'] {
  let from: string | null = null;
  let to: string | null = null;
  for (const record of [...data.observations, ...data.spendEntries]) {
    if (from === null || record.start < from) from = record.start;
    if (to === null || record.end > to) to = record.end;
  }
  return { from, to };
}

function clipToWindow(data: IngestedData, window: DateWindow): IngestedData {
  if (window.from === null && window.to === null) return data;
  return { ...data, observations: clipObservations(data.observations, window), spendEntries: clipSpendEntries(data.spendEntries, window) };
}
