import type { IngestedData } from '../model/ingested.js';
import { type Problem, warning } from '../model/problem.js';
import type { Profile, UseCase } from '../model/profile.js';
import type { Adoption, Dimension, Report, SubScore, TimeDimension, TimelinePoint, ValueDriver } from '../model/report.js';
import { USE_CASES } from '../model/use-case-leads.js';
import { adoptionOf, lowSampleWarnings } from './adoption.js';
import { AudienceBook } from './audience.js';
import { carryover } from './carryover.js';
import type { Cell } from './cells.js';
import { clipObservations, clipSpendEntries, type DateWindow } from './clip-period.js';
import { type ExchangeRates, profileValuesIn, toReportCurrency } from './currency.js';
import { doubleCountWarnings } from './double-count.js';
import { fatigueWarnings } from './fatigue.js';
import { fillGrid } from './fill-grid.js';
import { type FigureContext, figures, rollUp, type Span, sumCells } from './group-figures.js';
import { normalizeGroupBy, timeDimensionOf } from './group-key.js';
import { type ExactMoney, exactMoney, moneyFigures, type ValuedDriver, valueDrivers } from './hard-roi.js';
import { lifetimeMixedWarnings } from './lifetime-mixed.js';
import { maturityOf, tooEarlyWarnings } from './maturity.js';
import { negativeCostWarnings } from './negative-cost.js';
import { noCostWarnings } from './no-cost.js';
import { type PeriodMoney, payback } from './payback.js';
import { type PeriodSums, periodsOf, seriesByChannel } from './series.js';

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

/** The one function commands call: ingested records and a profile in, the whole report out. */
export function buildReport(ingested: IngestedData, request: ReportRequest): Report {
  const currency = request.currency ?? request.profile.currency;
  const fx = request.fx ?? {};
  const window: DateWindow = request.window ?? { from: null, to: null };
  const clipped = clipToWindow(ingested, window);
  const origin = { profile: request.profile.id, chosen: currency !== request.profile.currency };
  const converted = toReportCurrency(clipped.observations, clipped.spendEntries, currency, fx, origin);
  const data = { ...clipped, ...converted };
  // From here on, the profile's values are in the report's currency.
  const profile: Profile = { ...request.profile, currency, values: profileValuesIn(request.profile, currency, fx) };
  const useCase = request.useCase ?? profile.useCase ?? null;
  const groupBy = normalizeGroupBy(request.groupBy.length > 0 ? request.groupBy : ['channel']);
  const { cells, sharedCosts } = fillGrid(data, groupBy);
  const period = periodOf(data);
  const audience = new AudienceBook(ingested.audience ?? []);
  // A channel's age is the community's, not the report window's: everything up to the window's end counts.
  const history = clipToWindow(ingested, { from: null, to: window.to });
  const maturity = maturityOf(data, history, audience, profile.maturity, window.to);
  const adoption = adoptionOf(data.survey ?? [], profile.survey.minRespondents);
  const context: FigureContext = {
    profile,
    audience,
    period,
    tooEarly: new Set(maturity.filter((m) => m.tooEarly).map((m) => m.channel)),
    leadOrder: leadResults(useCase),
    adoptionIn: (span) => adoptionScore(adoptionOf(within(data.survey ?? [], span), profile.survey.minRespondents)),
  };
  const time = timeDimensionOf(groupBy);
  const timeline = time === null ? null : timelineOf(cells, profile);
  // Carryover and fatigue often read the same unit: each series is worked out once.
  const series = new Map<TimeDimension, Map<string, PeriodSums[]>>();
  const byUnit = (unit: TimeDimension) => series.get(unit) ?? series.set(unit, seriesByChannel(data, unit)).get(unit)!;
  return {
    schemaVersion: 1,
    currency,
    profile: profile.id,
    useCase,
    groupBy,
    period,
    groups: rollUp(cells, groupBy, context),
    total: figures(cells, context, { start: period.from, end: period.to }, adoptionScore(adoption)),
    valueDrivers: orderDrivers(valueDrivers(sumCells(cells), profile), useCase),
    timeline: timeline?.points ?? null,
    payback: timeline ? payback(timeline.money, time!) : null,
    carryover: carryover(moneyByChannel(byUnit(profile.carryover.unit), profile), profile.carryover.decay, profile.carryover.unit),
    maturity,
    adoption,
    sharedCosts,
    // The profile's values converted too: a reader must see every rate a figure rests on.
    exchangeRates: origin.chosen ? { ...converted.used, [request.profile.currency]: fx[request.profile.currency]! } : converted.used,
    files: [...data.files],
    warnings: [
      ...data.warnings,
      ...windowWarnings(ingested, data, window),
      ...(sharedCosts.unallocated !== 0 ? [warning('shared-costs-unallocated', { amount: sharedCosts.unallocated, currency })] : []),
      ...noCostWarnings(cells),
      ...negativeCostWarnings(cells),
      ...doubleCountWarnings(data.observations),
      ...lifetimeMixedWarnings(data.observations),
      ...tooEarlyWarnings(maturity, profile.maturity),
      ...fatigueWarnings(byUnit(time === 'week' ? 'week' : 'month'), profile.fatigue),
      ...lowSampleWarnings(adoption),
    ],
    ...(request.generatedAt ? { generatedAt: request.generatedAt } : {}),
  };
}

function windowWarnings(ingested: IngestedData, data: IngestedData, window: DateWindow): Problem[] {
  const asked = window.from !== null || window.to !== null;
  const emptied =
    data.observations.length + data.spendEntries.length === 0 && ingested.observations.length + ingested.spendEntries.length > 0;
  return asked && emptied ? [warning('empty-window', { from: window.from ?? '…', to: window.to ?? '…' })] : [];
}

function adoptionScore(adoption: Adoption | null): SubScore | null {
  return adoption ? { score: adoption.score, rate: adoption.mean, benchmark: null } : null;
}

function within<T extends { date: string }>(records: readonly T[], span: Span): T[] {
  return records.filter((r) => (span.start === null || r.date >= span.start) && (span.end === null || r.date <= span.end));
}

/** The whole report's periods, all channels together, with running totals. */
function timelineOf(cells: readonly Cell[], profile: Profile): { points: TimelinePoint[]; money: PeriodMoney[] } {
  const money = periodsOf(cells).map((p) => ({ period: p.period, ...exactMoney(p, profile) }));
  let running: ExactMoney = { cost: 0n, value: 0n };
  const points = money.map((p) => {
    running = { cost: running.cost + p.cost, value: running.value + p.value };
    return { period: p.period, ...moneyFigures(p), cumulative: moneyFigures(running) };
  });
  return { points, money };
}

function moneyByChannel(series: ReadonlyMap<string, readonly PeriodSums[]>, profile: Profile): Map<string, PeriodMoney[]> {
  return new Map([...series].map(([channel, periods]) => [channel, periods.map((p) => ({ period: p.period, ...exactMoney(p, profile) }))]));
}

/** The results a use case prices first; without one, the path from a lead to a hire. */
function leadResults(useCase: UseCase | null): ValuedDriver[] {
  const usual: ValuedDriver[] = ['lead', 'conversion', 'application', 'hire'];
  const lead =
    useCase === null
      ? []
      : USE_CASES[useCase].leadDrivers.filter((driver): driver is ValuedDriver => driver !== 'revenue' && driver !== 'message');
  return [...lead, ...usual.filter((driver) => !lead.includes(driver))];
}

/** The drivers the use case cares about first, the others after in their usual order. */
function orderDrivers(drivers: ValueDriver[], useCase: UseCase | null): ValueDriver[] {
  if (useCase === null) return drivers;
  const lead = USE_CASES[useCase].leadDrivers;
  const rank = (d: ValueDriver) => (lead.includes(d.driver) ? lead.indexOf(d.driver) : lead.length);
  return [...drivers].sort((a, b) => rank(a) - rank(b));
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
  return {
    ...data,
    observations: clipObservations(data.observations, window),
    spendEntries: clipSpendEntries(data.spendEntries, window),
    sentiment: within(data.sentiment ?? [], { start: window.from, end: window.to }),
    survey: within(data.survey ?? [], { start: window.from, end: window.to }),
  };
}
