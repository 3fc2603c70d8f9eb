import type { Language } from '../model/language.js';
import type { Problem } from '../model/problem.js';
import type { Figures, Report } from '../model/report.js';
import { problemMessage } from '../report/messages.js';

export interface JsonContext {
  language: Language;
}

/**
 * The versioned JSON of METRICS.md. Keys are written in a fixed order so that the same inputs give
 * byte-identical output; keys may be added, none renamed without a new schemaVersion.
 */
export function renderJson(report: Report, ctx: JsonContext): string {
  const document = {
    schemaVersion: report.schemaVersion,
    currency: report.currency,
    profile: report.profile,
    useCase: report.useCase,
    groupBy: report.groupBy,
    period: report.period,
    groups: report.groups.map((group) => ({
      key: group.key,
      ...figures(group),
      ...(group.cumulative ? { cumulative: group.cumulative } : {}),
    })),
    total: figures(report.total),
    valueDrivers: report.valueDrivers,
    timeline: report.timeline,
    payback: report.payback,
    carryover: report.carryover,
    maturity: report.maturity,
    adoption: report.adoption,
    sharedCosts: report.sharedCosts,
    exchangeRates: report.exchangeRates,
    files: report.files,
    warnings: report.warnings.map((problem) => warningJson(problem, ctx.language)),
    ...(report.generatedAt ? { generatedAt: report.generatedAt } : {}),
  };
  return `${JSON.stringify(document, finiteOnly, 2)}\n`;
}

function figures(f: Figures) {
  return { metrics: f.metrics, hard: f.hard, soft: f.soft, flags: f.flags };
}

function warningJson(problem: Problem, language: Language) {
  return {
    code: problem.code,
    severity: problem.severity,
    message: problemMessage(problem, language),
    params: problem.params,
    ...(problem.location?.file !== undefined ? { file: problem.location.file } : {}),
    ...(problem.location?.line !== undefined ? { line: problem.location.line } : {}),
  };
}

/** JSON.stringify would quietly turn NaN into null: a non-finite figure is a bug and must surface. */
function finiteOnly(key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`non-finite number in report at "${key}"`);
  if (value === undefined) throw new Error(`undefined value in report at "${key}"`);
  return value;
}
