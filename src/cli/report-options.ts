import { InvalidArgumentError } from 'commander';
import type { Threshold } from '../compute/exit-code.js';
import { parseDate, READABLE_YEARS } from '../ingest/dates.js';
import { suggest } from '../json/key-issues.js';
import { isPlausibleRate, RATE_RANGE } from '../model/fx.js';
import type { Language } from '../model/language.js';
import { DIMENSIONS, type Dimension } from '../model/report.js';

/** Parsers of the report command's option values: a bad value is a usage error (exit 2) naming it. */

export function parseDimensions(value: string): Dimension[] {
  const parts = value
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== '');
  for (const part of parts) {
    if (!(DIMENSIONS as readonly string[]).includes(part)) {
      const guess = suggest(part, DIMENSIONS);
      throw new InvalidArgumentError(
        `unknown dimension "${part}"${guess ? ` (did you mean "${guess}"?)` : ''}; expected ${DIMENSIONS.join(', ')}`,
      );
    }
  }
  if (parts.length === 0) throw new InvalidArgumentError(`expected one or more of ${DIMENSIONS.join(', ')}`);
  const times = parts.filter((part) => part === 'month' || part === 'week' || part === 'quarter');
  if (times.length > 1) throw new InvalidArgumentError(`choose one time dimension, not ${times.join(' and ')}`);
  return parts as Dimension[];
}

/** A repeatable option's values, in the order given (--map a.json --map b.json). */
export function collect(value: string, previous: readonly string[]): string[] {
  return [...previous, value];
}

/** A whole number of 1 or more (--jobs, --max-record-size). */
export function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return jobs;
}

export function parseDay(value: string): string {
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseDate(value, 'ymd') : null;
  if (iso === null)
    throw new InvalidArgumentError(`expected a date written YYYY-MM-DD, from ${READABLE_YEARS.first} to ${READABLE_YEARS.last}`);
  return iso;
}

const THRESHOLD_NAMES = ['roi', 'soft'] as const;

/**
 * `roi=0,soft=50`: the ROI as a ratio (0 = break even, 0.25 = +25 %), the soft index 0–100. The
 * option is repeatable: each use adds its thresholds to the earlier ones.
 */
export function parseThresholds(value: string, previous: readonly Threshold[] = []): Threshold[] {
  const thresholds = [...previous];
  for (const part of value.split(',')) {
    const [name, figure, ...rest] = part.split('=').map((s) => s.trim());
    const number = Number(figure);
    if (
      !(THRESHOLD_NAMES as readonly string[]).includes(name ?? '') ||
      figure === undefined ||
      figure === '' ||
      rest.length > 0 ||
      !Number.isFinite(number)
    ) {
      throw new InvalidArgumentError(
        `expected name=number pairs such as roi=0,soft=50 (names: ${THRESHOLD_NAMES.join(', ')}), got "${part}"`,
      );
    }
    thresholds.push({ name: name as Threshold['name'], threshold: number });
  }
  return thresholds;
}

const CURRENCY_CODE = /^[A-Z]{3}$/;

/** `--currency GBP`: an ISO 4217 code, in capitals as the exports write it. */
export function parseCurrency(value: string): string {
  const code = value.trim().toUpperCase();
  if (!CURRENCY_CODE.test(code)) throw new InvalidArgumentError('expected a three-letter currency code such as EUR');
  return code;
}

/**
 * `--fx USD=0.92` (repeatable): what one unit of a currency is worth in the report's currency. A
 * decimal comma is accepted, as a French user types it.
 */
export function parseRate(value: string, previous: Readonly<Record<string, number>> = {}): Record<string, number> {
  const [code = '', figure = '', ...rest] = value.split('=').map((s) => s.trim());
  const rate = Number(figure.replace(',', '.'));
  if (!CURRENCY_CODE.test(code.toUpperCase()) || rest.length > 0 || figure === '' || !isPlausibleRate(rate)) {
    throw new InvalidArgumentError(
      `expected CODE=RATE such as USD=0.92 (what 1 USD is worth in the report's currency), got "${value}"; a rate lies between ${RATE_RANGE.min} and ${RATE_RANGE.max}`,
    );
  }
  return { ...previous, [code.toUpperCase()]: rate };
}

/** Like other command-line tools, the report speaks the user's language when LANG says French. */
export function languageFromEnv(env: NodeJS.ProcessEnv): Language {
  return env.LANG?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
