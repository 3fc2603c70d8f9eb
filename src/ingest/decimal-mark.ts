import type { HeaderLanguage } from '../model/header-language.js';
import { type DecimalMark, sniffDecimalMark } from './numbers.js';
import type { Delimiter } from './split-line.js';

/**
 * A file's decimal mark, decided once from the numeric cells of its first rows: `0,31` or `1 234,56`
 * says comma, `1,234.50` or `12.5` says dot. `1,234` alone says nothing, so a file with no telling
 * cell follows its UI language (French and Dutch write decimal commas) or its `;` separator, the
 * mark of continental Excel. Later cells that contradict the decision fail to parse, with their line.
 */
export function chooseDecimalMark(
  rows: readonly (readonly string[])[],
  numericColumns: readonly number[],
  language: HeaderLanguage,
  delimiter: Delimiter,
): DecimalMark {
  let dot = 0;
  let comma = 0;
  for (const cells of rows) {
    for (const column of numericColumns) {
      const evidence = sniffDecimalMark(cells[column] ?? '');
      if (evidence === '.') dot++;
      else if (evidence === ',') comma++;
    }
  }
  if (dot !== comma) return dot > comma ? '.' : ',';
  return language !== 'en' || delimiter === ';' ? ',' : '.';
}
