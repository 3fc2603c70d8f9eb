import type { HeaderLanguage } from '../model/header-language.js';
import { type Problem, warning } from '../model/problem.js';
import { type AliasTable, type Binding, bindColumns, rolesByColumn } from './bind-columns.js';
import { ExportFold } from './export-fold.js';
import { type ExportRole, type ExportSourceSpec, metricColumns } from './export-spec.js';
import { type NamedSeries, nameSeries } from './named-series.js';
import type { RowSink, Source } from './source.js';

/** A platform export is data (its header aliases) plus this one generic reader. */
export function defineExportSource(spec: ExportSourceSpec): Source {
  const aliases = spec.columns as AliasTable<ExportRole>;
  /** The header's columns bound to their roles, or undefined when it is not this kind. */
  const bind = (headers: readonly string[], preamble: readonly string[], language?: HeaderLanguage): NamedSeries | undefined => {
    const binding = bindColumns(headers, aliases, language);
    if (!spec.required.every((role) => binding.index[role] !== undefined)) return undefined;
    return spec.seriesMetrics ? nameSeries(binding, spec.seriesMetrics, preamble) : { binding };
  };
  return {
    id: spec.id,
    label: spec.label,
    match(headers, preamble) {
      const binding = bind(headers, preamble)?.binding;
      if (!binding) return undefined;
      return {
        confidence: binding.matched / binding.total,
        language: binding.language,
        numericColumns: metricColumns(binding).map((bound) => bound.column),
        roles: readAs(binding, spec),
      };
    },
    resemblance(headers) {
      const binding = bindColumns(headers, aliases);
      return { found: binding.matched, known: binding.total };
    },
    open(headers, match, context) {
      const { binding, unread } = bind(headers, context.preamble, match.language)!;
      const fold = new ExportFold(spec, headers, binding, match, context);
      if (!unread) return fold;
      return withWarning(fold, warning('series-not-read', { series: unread.name }, { file: context.file, line: unread.line }));
    },
  };
}

/** The sink's output with one more warning about the whole file. */
function withWarning(sink: RowSink, problem: Problem): RowSink {
  return {
    row: (cells, line) => sink.row(cells, line),
    finish() {
      const output = sink.finish();
      output.warnings.push(problem);
      return output;
    },
  };
}

/** What each column is read as, in words for `inspect`: the columns that are not one metric say how they count. */
function readAs(binding: Binding<ExportRole>, spec: ExportSourceSpec): Record<number, string> {
  const roles = rolesByColumn(binding);
  const { post, followers } = binding.index;
  if (post !== undefined) roles[post] = 'posts (one per row)';
  if (followers !== undefined) roles[followers] = 'followers (a level, not summed)';
  const { net } = spec;
  const netColumn = net && binding.index[net.column];
  if (net && netColumn !== undefined) roles[netColumn] = `${net.column} (gains) / ${net.losses} (losses)`;
  return roles;
}
