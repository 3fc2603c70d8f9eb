import { formatCount, formatDecimal, formatList, formatMoney, formatRatio, formatScore } from '../format/format-value.js';
import { sanitize } from '../format/text.js';
import type { Language } from '../model/language.js';
import type { Report, TimelinePoint } from '../model/report.js';
import { labelsFor } from '../report/labels.js';
import type { Column, Grid } from './grid.js';

/** A table beyond the hard and soft ones, with the sentences that go under it. */
export interface Section {
  title: string;
  /** Drawn one under the other; their key columns line up. */
  grids: Grid[];
  notes: string[];
}

/** Adoption comes from a survey of the team, which belongs to no channel: only the total has it. */
export function adoptionNote(report: Report, language: Language): string[] {
  const onlyInTotal = report.groupBy.includes('channel') && report.total.soft.scores.adoption !== null;
  return onlyInTotal ? [labelsFor(language).adoptionTotalOnly] : [];
}

/** Marks a figure that is not yet a verdict (METRICS.md *Time*, `too-early`). */
export const TOO_EARLY_MARK = '*';
const LOW_SAMPLE_MARK = '*';

/*
 * What the time and the team add to the money: the curve over periods with break-even, carryover,
 * maturity and adoption. Built once as plain grids and notes; the terminal, Markdown and HTML
 * renderers each draw them their own way.
 */
export function reportSections(report: Report, language: Language): Section[] {
  return [
    timeSection(report, language),
    carryoverSection(report, language),
    maturitySection(report, language),
    adoptionSection(report, language),
  ].filter((section): section is Section => section !== null);
}

function column(title: string, align: Column['align'], cells: string[], signed = false): Column {
  return { title, align, cells, signed };
}

function timeSection(report: Report, language: Language): Section | null {
  const { timeline, payback } = report;
  // A curve of zeros (no cost and no value anywhere) says nothing.
  if (!timeline || timeline.every((p) => p.cost === 0 && p.value === 0)) return null;
  const labels = labelsFor(language);
  const money = (pick: (p: TimelinePoint) => number) => timeline.map((p) => formatMoney(pick(p), language));
  const ratio = (pick: (p: TimelinePoint) => number | null) => timeline.map((p) => formatRatio(pick(p), language));
  const grid: Grid = {
    keys: [
      column(
        labels.time.period,
        'left',
        timeline.map((p) => sanitize(p.period)),
      ),
    ],
    values: [
      column(
        labels.hard.cost,
        'right',
        money((p) => p.cost),
      ),
      column(
        labels.hard.value,
        'right',
        money((p) => p.value),
      ),
      column(
        labels.hard.roi,
        'right',
        ratio((p) => p.roi),
        true,
      ),
      column(
        labels.time.cumulativeCost,
        'right',
        money((p) => p.cumulative.cost),
      ),
      column(
        labels.time.cumulativeValue,
        'right',
        money((p) => p.cumulative.value),
      ),
      column(
        labels.time.cumulativeRoi,
        'right',
        ratio((p) => p.cumulative.roi),
        true,
      ),
    ],
    totalRow: false,
  };
  return { title: labels.time.title, grids: [grid], notes: payback ? [paybackText(payback, language)] : [] };
}

function paybackText(payback: NonNullable<Report['payback']>, language: Language): string {
  const { time } = labelsFor(language);
  if (payback.reached) return time.reached({ period: payback.reached });
  if (payback.projected) {
    const [from = '', to = ''] = [payback.periodsUsed[0], payback.periodsUsed.at(-1)];
    return time.projected({
      period: payback.projected,
      trend: formatMoney(payback.trendPerPeriod, language),
      from,
      to,
      gap: formatMoney(payback.gap, language),
    });
  }
  const why = payback.method.replace(/^not-projected:/, '');
  return time.notProjected({ reason: time.reasons[why] ?? why });
}

function carryoverSection(report: Report, language: Language): Section | null {
  const { carryover } = report;
  if (!carryover || carryover.channels.length === 0 || carryover.total.value === 0) return null;
  const labels = labelsFor(language);
  const rows = [...carryover.channels, { channel: labels.total, ...carryover.total }];
  const unit = labels.carryover.units[carryover.unit];
  const grid: Grid = {
    keys: [
      column(
        labels.dimensions.channel,
        'left',
        rows.map((r) => sanitize(r.channel)),
      ),
    ],
    values: [
      column(
        labels.hard.value,
        'right',
        rows.map((r) => formatMoney(r.value, language)),
      ),
      column(
        labels.carryover.pending,
        'right',
        rows.map((r) => formatMoney(r.pendingValue, language)),
      ),
      column(
        labels.carryover.longTermValue,
        'right',
        rows.map((r) => formatMoney(r.longTermValue, language)),
      ),
      column(
        labels.hard.roi,
        'right',
        rows.map((r) => formatRatio(r.roi, language)),
        true,
      ),
      column(
        labels.carryover.longTermRoi,
        'right',
        rows.map((r) => formatRatio(r.longTermRoi, language)),
        true,
      ),
    ],
  };
  return {
    title: labels.carryover.title({ decay: formatDecimal(carryover.decay, language), unit }),
    grids: [grid],
    notes: [labels.carryover.note({ unit })],
  };
}

function maturitySection(report: Report, language: Language): Section | null {
  if (report.maturity.length === 0) return null;
  const { maturity: labels, dimensions } = labelsFor(language);
  const rows = report.maturity;
  const verdict = (m: (typeof rows)[number]) =>
    m.tooEarly
      ? labels.tooEarly({
          unmet: formatList(
            m.unmet.map((u) => labels.unmet[u]),
            language,
          ),
        })
      : labels.ready;
  const grid: Grid = {
    keys: [
      column(
        dimensions.channel,
        'left',
        rows.map((m) => sanitize(m.channel)),
      ),
    ],
    values: [
      column(
        labels.audience,
        'right',
        rows.map((m) => (m.audience === null ? labels.unknown : formatCount(m.audience, language))),
      ),
      column(
        labels.months,
        'right',
        rows.map((m) => formatCount(m.months, language)),
      ),
      column(labels.verdict, 'left', rows.map(verdict)),
    ],
    totalRow: false,
  };
  return { title: labels.title, grids: [grid], notes: [] };
}

function adoptionSection(report: Report, language: Language): Section | null {
  const { adoption } = report;
  if (!adoption) return null;
  const { adoption: labels } = labelsFor(language);
  const rows = [...adoption.teams.map((t) => ({ ...t, name: sanitize(t.team) })), { ...adoption, name: labels.all }];
  const mark = (low: boolean) => (low ? ` ${LOW_SAMPLE_MARK}` : '');
  const grid: Grid = {
    keys: [
      column(
        labels.team,
        'left',
        rows.map((r) => r.name),
      ),
    ],
    values: [
      column(
        labels.respondents,
        'right',
        rows.map((r) => `${formatCount(r.respondents, language)}${mark(r.lowSample)}`),
      ),
      column(
        labels.mean,
        'right',
        rows.map((r) => formatDecimal(r.mean, language)),
      ),
      column(
        labels.score,
        'right',
        rows.map((r) => formatScore(r.score, language)),
      ),
    ],
  };
  const low = rows.some((r) => r.lowSample);
  return {
    title: labels.title,
    grids: [grid],
    notes: low ? [labels.lowSample({ min: formatCount(adoption.minRespondents, language) })] : [],
  };
}
