import type { ProfileIssue } from '../json/key-issues.js';
import { orderOfDateFormat } from '../sources/date-format.js';
import { normalizeHeader } from '../sources/header-names.js';
import { type LoadedMapping, MAPPING_FIELDS, type MappingField, type MappingRole } from '../sources/mapped-source.js';
import type { Mapping } from './mapping-schema.js';

const FIELDS: ReadonlySet<string> = new Set(MAPPING_FIELDS);

/**
 * A mapping whose keys each hold a valid value, checked as a whole (what zod's shape cannot say:
 * which columns go together) and resolved into what the reader needs; or the first thing wrong with it.
 * `raw` is the object as written, for the one key zod drops without a word (`__proto__`).
 */
export function resolveMapping(mapping: Mapping, raw: object, name: string): LoadedMapping | ProfileIssue {
  const rawColumns = (raw as { columns?: object }).columns ?? {};
  if (Object.hasOwn(rawColumns, '__proto__')) return issue(['columns', '__proto__'], 'this name cannot be read as a column name');
  const columns = Object.entries(mapping.columns).filter((entry): entry is [string, MappingRole] => entry[1] !== null);
  const problem =
    sameColumnTwice(Object.keys(mapping.columns)) ??
    fieldsProblem(columns) ??
    channelProblem(mapping, columns) ??
    currencyProblem(mapping, columns);
  if (problem) return problem;
  const dateOrder = mapping.dateFormat === undefined ? undefined : orderOfDateFormat(mapping.dateFormat);
  return {
    name: mapping.name ?? name,
    ...(mapping.match?.file !== undefined ? { filePattern: mapping.match.file } : {}),
    headers: mapping.match?.headers ?? [],
    channel: mapping.channel ?? 'per-row',
    columns,
    ...(dateOrder ? { dateOrder } : {}),
    ...(mapping.decimal ? { decimal: mapping.decimal } : {}),
    ...(mapping.currency ? { currency: mapping.currency } : {}),
  };
}

function issue(path: string[], message: string): ProfileIssue {
  return { path, message };
}

/** Headers are compared without regard to case and spacing, so two such keys would name one column. */
function sameColumnTwice(names: readonly string[]): ProfileIssue | undefined {
  const seen = new Map<string, string>();
  for (const name of names) {
    const first = seen.get(normalizeHeader(name));
    if (first !== undefined)
      return issue(['columns', name], `the same column as "${first}" (names are compared without regard to case and spaces)`);
    seen.set(normalizeHeader(name), name);
  }
  return undefined;
}

/** Each field is one column; a date, or a start with an optional end; at least one metric. */
function fieldsProblem(columns: readonly [string, MappingRole][]): ProfileIssue | undefined {
  const fieldColumn = new Map<MappingField, string>();
  for (const [header, role] of columns) {
    if (!FIELDS.has(role)) continue;
    const field = role as MappingField;
    const other = fieldColumn.get(field);
    if (other !== undefined) return issue(['columns', header], `"${field}" is already column "${other}": a field is read from one column`);
    fieldColumn.set(field, header);
  }
  const date = fieldColumn.get('date');
  const start = fieldColumn.get('start');
  const end = fieldColumn.get('end');
  if (date !== undefined && (start ?? end) !== undefined) {
    return issue(['columns', (start ?? end)!], `a row has one "date", or a "start" and an "end", not both (column "${date}" is "date")`);
  }
  if (end !== undefined && start === undefined) return issue(['columns', end], '"end" goes with a column read as "start"');
  if (date === undefined && start === undefined)
    return issue(['columns'], 'no column is read as "date" (or "start", with "end" for rows that cover a range)');
  if (!columns.some(([, role]) => !FIELDS.has(role)))
    return issue(['columns'], 'no column is read as a metric (impressions, clicks, spend…)');
  return undefined;
}

function channelProblem(mapping: Mapping, columns: readonly [string, MappingRole][]): ProfileIssue | undefined {
  const column = columns.find(([, role]) => role === 'channel')?.[0];
  if (mapping.channel !== undefined && column !== undefined) {
    return issue(['channel'], `give a "channel" or a column read as "channel" (here "${column}"), not both`);
  }
  if (mapping.channel === undefined && column === undefined) {
    return issue(['channel'], 'no channel: give "channel" (linkedin, meta, google-ads, x or tiktok), or read a column as "channel"');
  }
  return undefined;
}

function currencyProblem(mapping: Mapping, columns: readonly [string, MappingRole][]): ProfileIssue | undefined {
  const column = columns.find(([, role]) => role === 'currency')?.[0];
  if (mapping.currency === undefined || column === undefined) return undefined;
  return issue(['currency'], `give a "currency" or a column read as "currency" (here "${column}"), not both`);
}
