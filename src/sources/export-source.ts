import { bindColumns, rolesByColumn, type AliasTable } from './bind-columns.js';
import { ExportFold } from './export-fold.js';
import { metricColumns, type ExportRole, type ExportSourceSpec } from './export-spec.js';
import type { Source } from './source.js';

/** A platform export is data (its header aliases) plus this one generic reader. */
export function defineExportSource(spec: ExportSourceSpec): Source {
  const aliases = spec.columns as AliasTable<ExportRole>;
  return {
    id: spec.id,
    label: spec.label,
    match(headers) {
      const binding = bindColumns(headers, aliases);
      if (!spec.required.every((role) => binding.index[role] !== undefined)) return undefined;
      return {
        confidence: binding.matched / binding.total,
        language: binding.language,
        numericColumns: metricColumns(binding).map((bound) => bound.column),
        roles: rolesByColumn(binding),
      };
    },
    open(headers, match, context) {
      const binding = bindColumns(headers, aliases, match.language);
      return new ExportFold(spec, headers, binding, match, context);
    },
  };
}
