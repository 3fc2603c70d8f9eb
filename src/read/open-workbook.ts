import { InflateRaw } from 'node:zlib';
import { CFB, read, SSF, type WorkBook } from '@e965/xlsx';
import { type Cell, type CellReading, cellText } from '../ingest/workbook-cells.js';
import { SocialRoiError } from '../model/errors.js';
import { inputError } from '../model/problem.js';
import type { WorkbookFormat } from './read-types.js';

interface Sheet {
  name: string;
  /** Every row from the first (index 0 is row 1), each as wide as the sheet's widest; blank ones empty. */
  rows: string[][];
}

export interface OpenedWorkbook {
  format: WorkbookFormat;
  sheets: Sheet[];
}

/**
 * The library's own inflater loops forever on a cut-off compressed stream (a half-downloaded .xlsx);
 * Node's zlib fails on it instead. The library asks for the older name of `bytesWritten`, whose
 * getter prints a deprecation warning.
 */
class NativeInflateRaw extends InflateRaw {
  override get bytesRead(): number {
    return this.bytesWritten;
  }
}
CFB.utils.use_zlib({ InflateRaw: NativeInflateRaw });

const SILENT = () => undefined;

/** Every sheet of an .xlsx or .xls workbook, as rows of text cells; a damaged workbook is an input error. */
export function openWorkbook(file: string, bytes: Buffer): OpenedWorkbook {
  const workbook = parse(file, bytes);
  const reading = cellReading(workbook.Workbook?.WBProps?.date1904 === true);
  return {
    format: bytes[0] === 0x50 ? 'xlsx' : 'xls',
    sheets: workbook.SheetNames.map((name) => ({ name, rows: rowsOf(workbook.Sheets[name]?.['!data'] ?? [], reading) })),
  };
}

/**
 * The library reports odd records on the console, which would break the one line per problem on
 * stderr: it is silenced for the call, which is synchronous, so nothing else is silenced with it.
 */
function parse(file: string, bytes: Buffer): WorkBook {
  const { log, warn, error } = console;
  console.log = console.warn = console.error = SILENT;
  try {
    return read(bytes, { type: 'buffer', dense: true, cellNF: true, cellHTML: false });
  } catch (problem) {
    throw new SocialRoiError(inputError('INPUT_WORKBOOK', { reason: reasonOf(problem) }, { file }));
  } finally {
    Object.assign(console, { log, warn, error });
  }
}

/** Date cells are numbers with a date format; Macintosh workbooks count their days from 1904. */
export function cellReading(date1904: boolean): CellReading {
  return {
    isDateFormat: (format) => SSF.is_date(format) as boolean,
    dateOf: (serial) => SSF.parse_date_code(serial, { date1904 }) as ReturnType<CellReading['dateOf']>,
  };
}

/**
 * The library's own messages say what is wrong (`Unsupported ZIP encryption`, `unexpected end of
 * file`); a TypeError from deep inside it says nothing a reader can act on.
 */
function reasonOf(problem: unknown): string {
  return problem instanceof Error && problem.constructor === Error && problem.message !== '' ? problem.message : 'its contents are damaged';
}

function rowsOf(data: readonly (readonly (Cell | undefined)[] | undefined)[], reading: CellReading): string[][] {
  let width = 0;
  for (const row of data) width = Math.max(width, row?.length ?? 0);
  const rows: string[][] = [];
  for (const row of data) {
    const cells = new Array<string>(width);
    for (let c = 0; c < width; c++) cells[c] = cellText(row?.[c], reading);
    rows.push(cells);
  }
  return rows;
}
