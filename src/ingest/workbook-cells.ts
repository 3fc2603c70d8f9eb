/**
 * A spreadsheet cell as the text a CSV export would hold, so that a sheet goes through the same
 * number and date reading as a CSV file: numbers plain with a dot, date cells as ISO dates.
 */

/** What a cell holds, as the spreadsheet library types it (`t`: number, string, boolean, error, date, stub). */
export interface Cell {
  t: string;
  v?: unknown;
  /** Number format, e.g. `m/d/yy` for a date. */
  z?: unknown;
  /** Formatted text, e.g. `#N/A` for an error. */
  w?: string;
}

/** The calendar date of a date serial, or null when the serial is no date. */
type SerialToDate = (serial: number) => { y: number; m: number; d: number } | null;

export interface CellReading {
  isDateFormat: (format: string) => boolean;
  dateOf: SerialToDate;
}

export function cellText(cell: Cell | undefined, reading: CellReading): string {
  if (cell === undefined) return '';
  const { t, v } = cell;
  if (t === 's' && typeof v === 'string') return v;
  if (t === 'n' && typeof v === 'number') {
    if (typeof cell.z === 'string' && reading.isDateFormat(cell.z)) {
      const date = reading.dateOf(v);
      if (date) return isoDate(date.y, date.m, date.d);
    }
    return plainNumber(v);
  }
  if (t === 'b' && typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  // Errors (`#N/A`) and anything else as shown: a metric column then fails to read, naming the cell.
  return cell.w ?? '';
}

/**
 * Excel keeps 15 significant digits; the binary noise past them (0.1 + 0.2 = 0.30000000000000004)
 * would make the exact parser refuse a cell that Excel shows as 0.3. Never an exponent: `1e-7` is
 * written `0.0000001`, which the parser then refuses as too precise, naming the cell.
 */
const PLAIN = new Intl.NumberFormat('en-US', { useGrouping: false, maximumSignificantDigits: 15, signDisplay: 'negative' });

export function plainNumber(value: number): string {
  return Number.isFinite(value) ? PLAIN.format(value) : '';
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
