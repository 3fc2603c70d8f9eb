/**
 * Exports end (or sometimes begin) with rows that add up the others: `Total: Account`,
 * `Total : campagnes`, `Total of 30 results`, `Gesamt`. Summing them would double the figures, so
 * they are recognised by their label and skipped, and the skip is counted in the files summary.
 * A campaign merely starting with the word ("Total Recall") is not a totals row.
 */
const TOTALS_LABEL = /^\s*(total|totaux|totale|gesamt|totaal)(\s*:|\s+of\b|\s+des?\b|\s*$)/i;

/** First letters of the labels above, for a check that costs nothing on the millions of other rows. */
const FIRST_LETTERS = new Set(['t', 'T', 'g', 'G', ' ']);

export function isTotalsLabel(cell: string): boolean {
  return cell.length > 0 && FIRST_LETTERS.has(cell[0]!) && TOTALS_LABEL.test(cell);
}
