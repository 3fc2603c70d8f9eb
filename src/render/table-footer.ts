import { formatMoney } from '../format/format-value.js';
import { sanitize } from '../format/text.js';
import type { Language } from '../model/language.js';
import type { Problem } from '../model/problem.js';
import type { FileRead, Report, ValueDriver } from '../model/report.js';
import { counted, labelsFor, periodText } from '../report/labels.js';
import { problemMessage } from '../report/messages.js';

/*
 * The notes under the tables: what the figures rest on (profile, value drivers, shared costs, files)
 * and what a reader should double-check (warnings). Lines are unwrapped; the caller fits them.
 */

function profileLine(report: Report, language: Language): string {
  const labels = labelsFor(language);
  const profile = { profile: sanitize(report.profile), currency: sanitize(report.currency) };
  const period = periodText(report.period, language);
  return period ? labels.profilePeriod({ ...profile, period: sanitize(period) }) : labels.profile(profile);
}

function driverText(driver: ValueDriver, language: Language): string {
  const labels = labelsFor(language);
  if (driver.driver === 'revenue') return labels.driverRevenue({ amount: formatMoney(driver.value, language) });
  const count = counted(driver.count, labels.nouns[driver.driver], language);
  return labels.driverPriced({ count, unit: formatMoney(driver.unitValue, language) });
}

/** `Value: revenue 35,239.10; 666 leads × 400.00`: what the value is made of. */
function valueLine(report: Report, language: Language): string {
  const labels = labelsFor(language);
  if (report.valueDrivers.length === 0) return labels.valueNone;
  return labels.value({ drivers: report.valueDrivers.map((driver) => driverText(driver, language)).join(labels.listSeparator) });
}

/** How the costs on `all` were shared, or nothing when the ledger had none. */
function sharedCostsLines(report: Report, language: Language): string[] {
  const labels = labelsFor(language);
  const { lines, allocated, unallocated } = report.sharedCosts;
  if (lines === 0) return [];
  const parts: string[] = [];
  if (allocated !== 0) parts.push(labels.sharedAllocated({ amount: formatMoney(allocated, language) }));
  if (unallocated !== 0) parts.push(labels.sharedUnallocated({ amount: formatMoney(unallocated, language) }));
  return parts.length === 0 ? [] : [labels.sharedCosts({ parts: parts.join(labels.listSeparator) })];
}

/** `file — kind, 90 rows, 2 totals rows skipped`, sanitized, without indent. */
export function fileText(file: FileRead, language: Language): string {
  const { nouns, fileLine, fileKinds } = labelsFor(language);
  const details = [counted(file.rows, nouns.row, language)];
  if (file.totalsRowsSkipped > 0) details.push(counted(file.totalsRowsSkipped, nouns.totalsRowSkipped, language));
  return fileLine({ file: sanitize(file.file), label: sanitize(fileKinds[file.kind] ?? file.label), details: details.join(', ') });
}

/** `file:line: message`, sanitized: messages quote input values (a date, a channel name). */
export function warningText(problem: Problem, language: Language): string {
  const { location } = problem;
  const where = location ? [location.file, location.line, location.column].filter((part) => part !== undefined).join(':') : '';
  const message = problemMessage(problem, language);
  return sanitize(where ? `${where}: ${message}` : message);
}

export function footerLines(report: Report, language: Language): string[] {
  const labels = labelsFor(language);
  const files = report.files.map((file) => `  ${fileText(file, language)}`);
  const warnings = report.warnings.map((problem) => `  ${warningText(problem, language)}`);
  return [
    profileLine(report, language),
    valueLine(report, language),
    ...sharedCostsLines(report, language),
    ...(files.length > 0 ? [labels.filesHeading, ...files] : []),
    ...(warnings.length > 0 ? [labels.warningsHeading, ...warnings] : []),
  ];
}

/** The formulas behind the figures, for the Markdown and HTML method sections. */
export function methodLines(report: Report, language: Language): string[] {
  const { method } = labelsFor(language);
  return [
    method.cost,
    method.value,
    valueLine(report, language),
    ...sharedCostsLines(report, language),
    method.roi,
    method.softScores,
    method.softIndex,
    method.softOthers,
    method.time,
  ];
}
