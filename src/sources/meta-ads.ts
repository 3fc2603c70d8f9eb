import { type AliasTable, assertUsedColumnsUnique, bindColumns } from './bind-columns.js';
import { defineExportSource } from './export-source.js';
import { rangeRowsNote } from './period-rows.js';
import { ResultTypeRows } from './result-type-rows.js';
import { adjustOutput, columnWithRole, withNote, withQuirks } from './wrap-source.js';

/** The header of the column lead results are read into, in the file's UI language (an alias of leads). */
const LEADS_FROM_RESULTS: Record<string, string> = { en: 'Leads', fr: 'Prospects' };

/** `Results` counts whatever `Result type` names on each row: read only where that is a conversion. */
const RESULT_COLUMNS: AliasTable<'results' | 'resultType'> = {
  results: { en: ['results'], fr: ['résultats'] },
  resultType: { en: ['result type'], fr: ['type de résultat'] },
};

/**
 * Meta Ads Manager export (Facebook and Instagram ads). UTF-8 with BOM; the currency is in the spend
 * header (`Amount spent (EUR)`); every row carries `Reporting starts`/`Reporting ends`, and only a
 * Day breakdown adds a `Day` column — without it a row is a total over its range. French UI headers
 * come from several independent French parsers (see the export-format notes).
 */
const metaAdsExport = defineExportSource({
  id: 'meta-ads',
  label: 'Meta Ads Manager',
  channel: 'meta',
  required: ['start', 'end', 'spend', 'impressions'],
  dateOrder: { en: 'mdy', fr: 'dmy' },
  columns: {
    date: { en: ['day'], fr: ['jour'] },
    start: { en: ['reporting starts'], fr: ['début des rapports'] },
    end: { en: ['reporting ends'], fr: ['fin des rapports'] },
    campaign: { en: ['campaign name'], fr: ['nom de la campagne'] },
    currency: { en: ['currency'], fr: ['devise'] },
    spend: { en: ['amount spent (cur)', 'amount spent'], fr: ['montant dépensé (cur)', 'montant dépensé'] },
    impressions: { en: ['impressions'], fr: ['impressions'] },
    reach: { en: ['reach'], fr: ['couverture', 'portée'] },
    clicks: { en: ['link clicks'], fr: ['clics sur un lien', 'clics sur le lien'] },
    reactions: { en: ['post reactions'], fr: ['réactions à la publication', 'réactions aux publications'] },
    comments: { en: ['post comments'], fr: ['commentaires sur la publication', 'commentaires sur les publications'] },
    shares: { en: ['post shares'], fr: ['partages de la publication', 'partages des publications'] },
    videoViews: { en: ['views', 'video plays'], fr: ['vues', 'lectures de vidéos'] },
    leads: { en: ['leads'], fr: ['prospects'] },
    conversions: { en: ['purchases'], fr: ['achats'] },
    'conversions+results': RESULT_COLUMNS.results,
    revenue: {
      en: ['purchases conversion value', 'website purchases conversion value'],
      fr: ['valeur de conversion des achats', 'valeur de conversion des achats sur le site web'],
    },
  },
});

export const metaAds = withQuirks(metaAdsExport, {
  roles(headers) {
    const type = bindColumns(headers, RESULT_COLUMNS).index.resultType;
    return type === undefined ? {} : { [type]: 'result type' };
  },
  open(generic, headers, match, context) {
    const { results, resultType } = bindColumns(headers, RESULT_COLUMNS, match.language).index;
    if (resultType !== undefined) assertUsedColumnsUnique(headers, [resultType], context.file, context.headerLine);
    // Without a Leads column, a lead-gen campaign's leads are only in Results: they are read into
    // a column added after the file's own, which the generic reader reads as leads.
    const leadsFromResults = results !== undefined && resultType !== undefined && columnWithRole(match, 'leads') < 0;
    const sink = generic(leadsFromResults ? [...headers, LEADS_FROM_RESULTS[match.language] ?? 'Leads'] : headers);
    const columns = {
      results: results ?? -1,
      type: resultType ?? -1,
      purchases: columnWithRole(match, 'conversions', results),
      leads: leadsFromResults ? headers.length : -1,
    };
    const read = results === undefined ? sink : new ResultTypeRows(sink, columns, headers, context);
    if (columnWithRole(match, 'date') >= 0) return read;
    const [startColumn, endColumn] = [columnWithRole(match, 'start'), columnWithRole(match, 'end')].map((c) => headers[c]!.trim());
    return adjustOutput(read, (output) =>
      withNote(output, rangeRowsNote('range-rows', output, context.file, { startColumn: startColumn!, endColumn: endColumn! })),
    );
  },
});
