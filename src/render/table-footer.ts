import type { Problem } from '../model/problem.js';
import type { FileRead, Report, ValueDriver } from '../model/report.js';
import { problemMessage, type Language } from '../report/messages.js';
import { formatCount, formatMoney } from './format-value.js';
import { sanitize } from './text.js';

/*
 * The notes under the tables: what the figures rest on (profile, value drivers, shared costs, files)
 * and what a reader should double-check (warnings). Lines are unwrapped; the caller fits them.
 */

const DRIVER_NAMES: Record<Exclude<ValueDriver['driver'], 'revenue'>, readonly [string, string]> = {
  lead: ['lead', 'leads'],
  conversion: ['conversion', 'conversions'],
  application: ['application', 'applications'],
  hire: ['hire', 'hires'],
  message: ['message', 'messages'],
};

function plural(count: number, [one, many]: readonly [string, string], language: Language): string {
  return `${formatCount(count, language)} ${count === 1 ? one : many}`;
}

function profileLine(report: Report): string {
  const profile = `Profile ${sanitize(report.profile)}, ${sanitize(report.currency)}`;
  const { from, to } = report.period;
  return from && to ? `${profile}; period ${sanitize(from)} to ${sanitize(to)}.` : `${profile}.`;
}

function driverText(driver: ValueDriver, language: Language): string {
  if (driver.driver === 'revenue') return `revenue ${formatMoney(driver.value, language)}`;
  return `${plural(driver.count, DRIVER_NAMES[driver.driver], language)} × ${formatMoney(driver.unitValue, language)}`;
}

function valueLine(report: Report, language: Language): string {
  if (report.valueDrivers.length === 0) return 'Value: none (no revenue, and no result that the profile puts a value on).';
  return `Value: ${report.valueDrivers.map((driver) => driverText(driver, language)).join('; ')}.`;
}

function sharedCostsLines(report: Report, language: Language): string[] {
  const { lines, allocated, unallocated } = report.sharedCosts;
  if (lines === 0) return [];
  const parts: string[] = [];
  if (allocated !== 0) {
    parts.push(`${formatMoney(allocated, language)} allocated to channels in proportion to their media spend in the same month`);
  }
  if (unallocated !== 0) {
    parts.push(`${formatMoney(unallocated, language)} kept in the group "all" (months with no media spend on any channel)`);
  }
  return parts.length === 0 ? [] : [`Shared costs: ${parts.join('; ')}.`];
}

function fileLine(file: FileRead, language: Language): string {
  const skipped = file.totalsRowsSkipped > 0 ? `, ${plural(file.totalsRowsSkipped, ['totals row', 'totals rows'], language)} skipped` : '';
  return `  ${sanitize(file.file)} — ${sanitize(file.label)}, ${plural(file.rows, ['row', 'rows'], language)}${skipped}`;
}

function warningLine(problem: Problem, language: Language): string {
  const { location } = problem;
  const where = location ? [location.file, location.line, location.column].filter((part) => part !== undefined).join(':') : '';
  const message = problemMessage(problem, language);
  // Messages quote input values (a date, a channel name): sanitized like every other input string.
  return `  ${sanitize(where ? `${where}: ${message}` : message)}`;
}

export function footerLines(report: Report, language: Language): string[] {
  const files = report.files.map((file) => fileLine(file, language));
  const warnings = report.warnings.map((problem) => warningLine(problem, language));
  return [
    profileLine(report),
    valueLine(report, language),
    ...sharedCostsLines(report, language),
    ...(files.length > 0 ? ['Files:', ...files] : []),
    ...(warnings.length > 0 ? ['Warnings:', ...warnings] : []),
  ];
}
