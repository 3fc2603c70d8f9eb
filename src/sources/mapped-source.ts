import type { DateOrder } from '../ingest/dates.js';
import type { DecimalMark } from '../ingest/numbers.js';
import type { Channel, MetricKey } from '../model/metrics.js';
import type { AliasTable } from './bind-columns.js';
import { defineExportSource } from './export-source.js';
import type { ExportRole, ExportSourceSpec, MetricColumn } from './export-spec.js';
import { fitsFilePattern } from './file-pattern.js';
import { normalizeHeader } from './header-names.js';
import type { HeaderMatch, Source } from './source.js';

/** What a mapping may read a column as, besides a metric. */
export const MAPPING_FIELDS = ['date', 'start', 'end', 'campaign', 'currency', 'channel'] as const;
export type MappingField = (typeof MAPPING_FIELDS)[number];
export type MappingRole = MappingField | MetricKey;

/** The kind of every file read through a mapping; its label names the mapping. */
const MAPPED_KIND = 'mapped';

/**
 * One mapping of a mapping file, checked and resolved: plain data, so that it travels to the worker
 * threads that read files.
 */
export interface LoadedMapping {
  /** How reports name it: its own `name`, or its file's. */
  name: string;
  /** The file-name pattern (`crm-*.csv`) it is limited to, if any. */
  filePattern?: string;
  /** Header cells a file must have, besides the columns read, for the mapping to fit it. */
  headers: string[];
  /** `per-row`: a column read as `channel` names each row's network. */
  channel: Channel | 'per-row';
  /** Column name → what it is read as, in the mapping's order; the columns left unread are not listed. */
  columns: [string, MappingRole][];
  dateOrder?: DateOrder;
  decimal?: DecimalMark;
  currency?: string;
}

/**
 * A mapping as a kind of file: it fits a header that has every column it reads (and the headers it
 * asks for), and its rows go through the same reader as the platform exports'.
 */
function mappedSource(mapping: LoadedMapping): Source {
  const spec = specOf(mapping);
  const exportSource = defineExportSource(spec);
  const mustHave = mapping.headers.map(normalizeHeader);
  const stated: HeaderMatch['stated'] = {
    ...(mapping.decimal ? { decimal: mapping.decimal } : {}),
    ...(mapping.dateOrder ? { dateOrder: mapping.dateOrder } : {}),
  };
  return {
    id: MAPPED_KIND,
    label: spec.label,
    match(headers, preamble) {
      const present = new Set(headers.map(normalizeHeader));
      if (!mustHave.every((header) => present.has(header))) return undefined;
      const match = exportSource.match(headers, preamble);
      return match && { ...match, stated };
    },
    open: (headers, match, context) => exportSource.open(headers, match, context),
    fitsFile: (file) => mapping.filePattern === undefined || fitsFilePattern(mapping.filePattern, file),
    resemblance: (headers) => exportSource.resemblance!(headers),
  };
}

function specOf(mapping: LoadedMapping): ExportSourceSpec {
  const columns: Partial<AliasTable<ExportRole>> = {};
  for (const [header, role] of mapping.columns) {
    // A second column read as the same metric is added into it (`Likes` and `Loves` are both reactions).
    const key: ExportRole = Object.hasOwn(columns, role) ? (`${role}+${header}` as MetricColumn) : role;
    columns[key] = { en: [normalizeHeader(header)] };
  }
  return {
    id: MAPPED_KIND,
    label: `mapping ${mapping.name}`,
    channel: mapping.channel,
    columns,
    required: Object.keys(columns) as ExportRole[],
    dateOrder: 'decimal-mark',
    ...(mapping.currency ? { currency: mapping.currency } : {}),
  };
}

/** The kinds a run's mappings describe, in the order they are tried. */
export function mappedSources(mappings: readonly LoadedMapping[] = []): Source[] {
  return mappings.map(mappedSource);
}
