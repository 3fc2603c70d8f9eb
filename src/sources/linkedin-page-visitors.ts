import { type AliasTable, bindColumns } from './bind-columns.js';
import type { RowSink, Source, SourceOutput } from './source.js';

/** Columns that tell the sheet apart; none of them is read. */
const MARKERS: AliasTable<'date' | 'pageViews' | 'uniqueVisitors'> = {
  date: { en: ['date'] },
  pageViews: { en: ['total page views (total)'] },
  uniqueVisitors: { en: ['total unique visitors (total)'] },
};

/**
 * LinkedIn page analytics, visitors export, its daily `Visitor metrics` sheet
 * (`<page>_visitors_….xls`): page views and unique visitors by page section and device [C]. Visits
 * to the page are no metric of the report (neither impressions nor reach nor clicks on content), so
 * the sheet is recognised, for the export not to be taken for an unknown file, and nothing is read.
 */
export const linkedinPageVisitors: Source = {
  id: 'linkedin-page-visitors',
  label: 'LinkedIn page visitors (nothing read)',
  match(headers) {
    const binding = bindColumns(headers, MARKERS);
    if (binding.matched < binding.total) return undefined;
    return { confidence: 1, language: binding.language, numericColumns: [], roles: {} };
  },
  resemblance(headers) {
    const binding = bindColumns(headers, MARKERS);
    return { found: binding.matched, known: binding.total };
  },
  open: () => new RowsCounted(),
};

/** Counts the rows, for the files summary, and adds nothing up. */
class RowsCounted implements RowSink {
  private rows = 0;

  row(): void {
    this.rows++;
  }

  finish(): SourceOutput {
    return { observations: [], spendEntries: [], warnings: [], rows: this.rows, totalsRowsSkipped: 0, dateFormat: null, currencies: [] };
  }
}
