import { COUNT_KEYS } from '../model/metrics.js';
import { DIMENSIONS } from '../model/report.js';

/*
 * A report written into a folder of exports (`--out exports/roi.csv`) would be read back as an
 * input on the next run. Its first line says what it is: the CSV's columns (the groups' dimensions,
 * then every metric in a fixed order) or the terminal table's first title, in either language.
 */
const CSV_HEADER = new RegExp(`^(?:(?:${DIMENSIONS.join('|')}),)+${COUNT_KEYS.slice(0, 3).join(',')},`);
const TABLE_TITLE = /^(?:Hard ROI|ROI financier) \([A-Z]{3}\)$/;

export function isOwnReport(headText: string): boolean {
  const firstLine = headText.split(/\r\n|\n|\r/, 1)[0] ?? '';
  return CSV_HEADER.test(firstLine) || TABLE_TITLE.test(firstLine);
}
