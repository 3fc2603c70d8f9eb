import {
  formatAmount,
  formatList,
  formatMoney,
  formatPercent,
  formatPerThousand,
  formatRatio,
  formatRoas,
  formatScore,
  formatWholePercent,
  NOT_AVAILABLE,
} from '../format/format-value.js';
import { sanitize } from '../format/text.js';
import type { Language } from '../model/language.js';
import type { BenchmarkedScore, SubScoreKey } from '../model/profile.js';
import type { Figures, HardFigure, Report, SubScore } from '../model/report.js';
import { SUB_SCORES } from '../model/sub-scores.js';
import { scoresInOrder } from '../model/use-case-leads.js';
import { labelsFor } from '../report/labels.js';
import type { Column, Grid } from './grid.js';
import { adoptionNote, type Section, TOO_EARLY_MARK } from './report-sections.js';

/*
 * The report's figures as every human format shows them: which columns, in which order, with which
 * words and number formats. Built once here as grids and notes; the terminal, Markdown and HTML
 * renderers only draw them. A new column is one entry below and its label.
 */

type Format = (value: number | null, language: Language) => string;

interface FigureColumn {
  figure: HardFigure;
  format: Format;
  /** Whether a report shows the column (default: always). */
  shown?: (report: Report) => boolean;
}

const someRow = (report: Report, has: (figures: Figures) => boolean): boolean => rowsOf(report).some(has);

/** Cost per hire is the figure a recruitment team is asked for: shown when hires are in the files or recruitment leads the report. */
const hiring = (report: Report): boolean => report.useCase === 'recruitment' || report.total.metrics.hires > 0;

const HARD_MONEY: readonly FigureColumn[] = [
  { figure: 'mediaSpend', format: formatMoney },
  { figure: 'otherCosts', format: formatMoney },
  { figure: 'cost', format: formatMoney },
  { figure: 'value', format: formatMoney },
];

const HARD_RATIOS: readonly FigureColumn[] = [
  { figure: 'roi', format: formatRatio },
  // Beside the modelled ROI, the cash alone, wherever a file carries revenue.
  { figure: 'revenueRoi', format: formatRatio, shown: (report) => someRow(report, (figures) => figures.hard.revenueRoi !== null) },
  { figure: 'roas', format: formatRoas },
  { figure: 'cpc', format: formatMoney },
  { figure: 'cpm', format: formatMoney },
  { figure: 'cpl', format: formatMoney },
  { figure: 'cpa', format: formatMoney },
  { figure: 'costPerHire', format: formatMoney, shown: hiring },
];

/** Returns are painted by their sign; a figure not yet a verdict carries the too-early mark. */
const RETURNS: ReadonlySet<HardFigure> = new Set(['roi', 'revenueRoi']);

/** Sub-scores that compare a rate with a benchmark; growth is per audience, not per impression. */
const BENCHMARKED: readonly BenchmarkedScore[] = ['conversation', 'amplification', 'engagement', 'growth'];

/** Every group, then the total: the rows of every figure table. */
function rowsOf(report: Report): Figures[] {
  return [...report.groups, report.total];
}

function keyColumns(report: Report, language: Language): Column[] {
  const labels = labelsFor(language);
  return report.groupBy.map((dimension, index) => ({
    title: labels.dimensions[dimension],
    align: 'left',
    cells: [...report.groups.map((group) => sanitize(group.key[dimension] ?? '')), index === 0 ? labels.total : ''],
  }));
}

function valueColumn(title: string, rows: readonly Figures[], cell: (figures: Figures) => string, signed = false): Column {
  return { title, align: 'right', cells: rows.map(cell), signed };
}

function tooEarlyMark(figures: Figures): string {
  return figures.flags.includes('too-early') ? ` ${TOO_EARLY_MARK}` : '';
}

function hardGrid(report: Report, columns: readonly FigureColumn[], language: Language): Grid {
  const rows = rowsOf(report);
  const titles = labelsFor(language).hard;
  const values = columns
    .filter((column) => column.shown?.(report) ?? true)
    .map(({ figure, format }) =>
      valueColumn(
        titles[figure],
        rows,
        (figures) => format(figures.hard[figure], language) + (figure === 'roi' ? tooEarlyMark(figures) : ''),
        RETURNS.has(figure),
      ),
    );
  return { keys: keyColumns(report, language), values };
}

/** Unit costs divide the spend of the channels that brought the result: said where that differs from all spend. */
function unitCostNote(report: Report, language: Language): string[] {
  const { hard } = report.total;
  const labels = labelsFor(language);
  const differs = (['cpl', 'cpa', 'costPerHire'] as const).filter(
    (figure) => hard[figure] !== hard.allSpend[figure] && hard.allSpend[figure] !== null,
  );
  if (differs.length === 0) return [];
  const allSpend = differs.map((figure) => `${labels.hard[figure]} ${formatMoney(hard.allSpend[figure], language)}`);
  return [labels.unitCostNote({ figures: formatList(allSpend, language) })];
}

function tooEarlyNote(report: Report, language: Language): string[] {
  const flagged = rowsOf(report).some((figures) => figures.flags.includes('too-early'));
  return flagged ? [labelsFor(language).tooEarlyMark({ mark: TOO_EARLY_MARK })] : [];
}

/** Sub-scores with data somewhere in the report: a column of n/a only would say nothing. */
function presentScores<K extends SubScoreKey>(report: Report, keys: readonly K[]): K[] {
  return keys.filter((key) => someRow(report, (figures) => figures.soft.scores[key] !== null));
}

function softGrid(report: Report, language: Language): Grid {
  const rows = rowsOf(report);
  const labels = labelsFor(language);
  const scores = presentScores(report, scoresInOrder(report.useCase, SUB_SCORES)).map((key) =>
    valueColumn(labels.subScores[key], rows, (figures) => formatScore(figures.soft.scores[key]?.score ?? null, language)),
  );
  const index = valueColumn(labels.index, rows, (figures) => formatScore(figures.soft.index, language));
  return { keys: keyColumns(report, language), values: [index, ...scores] };
}

function rateCell(score: SubScore | null, format: Format, language: Language): string {
  return score ? `${format(score.rate, language)} (${format(score.benchmark, language)})` : NOT_AVAILABLE;
}

function ratesSection(report: Report, language: Language): Section | null {
  const present = presentScores(report, BENCHMARKED);
  if (present.length === 0) return null;
  const rows = rowsOf(report);
  const labels = labelsFor(language);
  const values = present.map((key) => {
    const format = key === 'growth' ? formatPercent : formatPerThousand;
    return valueColumn(labels.subScores[key], rows, (figures) => rateCell(figures.soft.scores[key], format, language));
  });
  const title = present.includes('growth') ? labels.ratesGrowthTitle : labels.ratesTitle;
  return { title, grids: [{ keys: keyColumns(report, language), values }], notes: [] };
}

/**
 * Hard ROI (money, then returns and unit costs), soft ROI, and the rates behind the soft scores,
 * each with the notes a reader needs under it.
 */
export function figureSections(report: Report, language: Language): Section[] {
  const labels = labelsFor(language);
  const hard: Section = {
    title: labels.hardTitle({ currency: sanitize(report.currency) }),
    grids: [hardGrid(report, HARD_MONEY, language), hardGrid(report, HARD_RATIOS, language)],
    notes: [...tooEarlyNote(report, language), ...unitCostNote(report, language)],
  };
  const soft: Section = { title: labels.softTitle, grids: [softGrid(report, language)], notes: adoptionNote(report, language) };
  const rates = ratesSection(report, language);
  return [hard, soft, ...(rates ? [rates] : [])];
}

/** A headline figure: what a manager reads first, with what it rests on. */
export interface KeyFigure {
  name: string;
  value: string;
  notes: string[];
}

/**
 * The headlines, cash beside assumptions: the modelled ROI with the share of value that is priced
 * results, the revenue ROI from money the files carry, and what the leading result must be worth.
 */
export function keyFigures(report: Report, language: Language): KeyFigure[] {
  const labels = labelsFor(language);
  const { hard, soft, metrics } = report.total;
  const amount = (value: number | null) => (value === null ? NOT_AVAILABLE : formatAmount(value, report.currency, language));
  const priced = hard.value === 0 ? null : (hard.value - metrics.revenue) / hard.value;
  const breakEven = hard.breakEvenUnitValue;
  return [
    {
      name: labels.hard.cost,
      value: amount(hard.cost),
      notes: [`${labels.hard.mediaSpend} ${amount(hard.mediaSpend)}`, `${labels.hard.otherCosts} ${amount(hard.otherCosts)}`],
    },
    { name: labels.hard.value, value: amount(hard.value), notes: [] },
    {
      name: labels.keyFigure.modelledRoi,
      value: formatRatio(hard.roi, language),
      notes: priced === null ? [] : [labels.keyFigure.modelledRoiNote({ share: formatWholePercent(priced, language) })],
    },
    hard.revenueRoi === null
      ? { name: labels.keyFigure.revenueRoi, value: NOT_AVAILABLE, notes: [labels.keyFigure.revenueRoiNone] }
      : {
          name: labels.keyFigure.revenueRoi,
          value: formatRatio(hard.revenueRoi, language),
          notes: [`${labels.hard.roas} ${formatRoas(hard.roas, language)}`],
        },
    ...(breakEven === null
      ? []
      : [
          {
            name: labels.keyFigure.breakEven({ result: labels.nouns[breakEven.result].one }),
            value: amount(breakEven.value),
            notes: [
              labels.keyFigure.breakEvenNote({
                value: amount(report.valueDrivers.find((d) => d.driver === breakEven.result)?.unitValue ?? 0),
              }),
            ],
          },
        ]),
    { name: labels.markdown.softIndex, value: formatScore(soft.index, language), notes: [labels.keyFigure.softIndexNote] },
  ];
}
