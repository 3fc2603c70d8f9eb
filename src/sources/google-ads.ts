import { type DateRange, parseDateRange } from '../ingest/dates.js';
import { type AliasTable, assertUsedColumnsUnique, bindColumns } from './bind-columns.js';
import { ConversionActionRows } from './conversion-action-rows.js';
import { defineExportSource } from './export-source.js';
import { normalizeHeader } from './header-names.js';
import { rangeRowsNote, spreadSegmentRows, type TimeSegment } from './period-rows.js';
import type { HeaderMatch, OpenContext, RowSink } from './source.js';
import { adjustOutput, columnWithRole, withNote, withQuirks } from './wrap-source.js';

/** Time segments other than the day: the row's date is the first day of its week or month. */
const SEGMENTS: AliasTable<TimeSegment> = {
  week: { en: ['week'], fr: ['semaine'] },
  month: { en: ['month'], fr: ['mois'] },
};

/**
 * Reports segmented by conversion action repeat the figures of each campaign and day (of each ad
 * group, keyword or device, in reports by those) on each action's row.
 */
const ACTION_COLUMNS: AliasTable<'action' | 'adGroup' | 'keyword' | 'device'> = {
  action: { en: ['conversion action'], fr: ['action de conversion'] },
  adGroup: { en: ['ad group'], fr: ["groupe d'annonces"] },
  keyword: { en: ['keyword', 'search keyword'], fr: ['mot clé', 'mot clé du réseau de recherche'] },
  device: { en: ['device'], fr: ['appareil'] },
};

/** The report's range, on the title line under the report's name. */
function rangeAboveHeader(preamble: readonly string[]): DateRange | null {
  for (const line of preamble) {
    const range = parseDateRange(line.replace(/^"|"$/g, '').trim());
    if (range) return range;
  }
  return null;
}

/**
 * Google Ads campaign report. Two title lines above the header (report name, then the date range),
 * `Total: …` rows at the end, `--` for missing, `"1,234"` quoted thousands; the "CSV (Excel)"
 * download is UTF-16LE with tabs. `Cost / conv.`, `All conv.` and `Conv. value` are other columns
 * than `Cost` and `Conversions`: aliases match whole names only. A `Day` column is preferred to a
 * `Week` or `Month` one, read as the date its rows start on.
 */
const googleAdsExport = defineExportSource({
  id: 'google-ads',
  label: 'Google Ads',
  channel: 'google-ads',
  required: ['campaign', 'spend', 'impressions', 'clicks'],
  dateOrder: { en: 'mdy', fr: 'dmy' },
  columns: {
    date: {
      en: ['day', 'date', ...SEGMENTS.week.en!, ...SEGMENTS.month.en!],
      fr: ['jour', 'date', ...SEGMENTS.week.fr!, ...SEGMENTS.month.fr!],
    },
    campaign: { en: ['campaign'], fr: ['campagne'] },
    currency: { en: ['currency code', 'currency'], fr: ['code de la devise', 'devise'] },
    spend: { en: ['cost'], fr: ['coût'] },
    impressions: { en: ['impr.', 'impressions'], fr: ['impr.', 'impressions'] },
    clicks: { en: ['clicks'], fr: ['clics'] },
    conversions: { en: ['conversions'], fr: ['conversions'] },
    revenue: { en: ['conv. value', 'conversion value'], fr: ['valeur de conv.', 'valeur de conversion'] },
  },
  rangeFromPreamble: rangeAboveHeader,
});

/** Which segment the date column is, if it is not a day. */
function segmentOf(header: string): TimeSegment | undefined {
  const name = normalizeHeader(header);
  return (Object.keys(SEGMENTS) as TimeSegment[]).find((segment) =>
    Object.values(SEGMENTS[segment]).some((names) => names!.includes(name)),
  );
}

function readActions(sink: RowSink, headers: readonly string[], match: HeaderMatch, context: OpenContext): RowSink {
  const { action, ...dimensions } = bindColumns(headers, ACTION_COLUMNS, match.language).index;
  if (action === undefined) return sink;
  const campaign = columnWithRole(match, 'campaign');
  const key = [campaign, columnWithRole(match, 'date'), columnWithRole(match, 'currency'), ...Object.values(dimensions)].filter(
    (column) => column >= 0,
  );
  assertUsedColumnsUnique(headers, [action, ...key], context.file, context.headerLine);
  const repeated = ['spend', 'impressions', 'clicks'].map((role) => columnWithRole(match, role)).filter((column) => column >= 0);
  return new ConversionActionRows(sink, { action, campaign, key, repeated }, headers, context);
}

export const googleAds = withQuirks(googleAdsExport, {
  roles(headers) {
    const action = bindColumns(headers, ACTION_COLUMNS).index.action;
    return action === undefined ? {} : { [action]: 'conversion action' };
  },
  open(generic, headers, match, context) {
    const read = readActions(generic(headers), headers, match, context);
    const date = columnWithRole(match, 'date');
    if (date < 0) return adjustOutput(read, (output) => withNote(output, rangeRowsNote('undated-rows', output, context.file)));
    const segment = segmentOf(headers[date]!);
    if (segment === undefined) return read;
    const within = rangeAboveHeader(context.preamble);
    return adjustOutput(read, (output) => spreadSegmentRows(output, segment, headers[date]!.trim(), within, context.file));
  },
});
