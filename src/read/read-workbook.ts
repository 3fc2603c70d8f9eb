import { createHash } from 'node:crypto';
import { SocialRoiError } from '../model/errors.js';
import { RowPolicy } from '../sources/row-skips.js';
import { findHeaderRow, firstRowCells } from './find-header.js';
import { openWorkbook } from './open-workbook.js';
import type { InputPart, ReadOptions } from './read-types.js';
import { TableReader, tableResult } from './table-reader.js';
import { unknownWorkbook } from './unknown-format.js';

/** How messages name a workbook's sheet: `page.xlsx [Metrics]:3:2: …`. */
function sheetFile(file: string, sheet: string): string {
  return `${file} [${sheet}]`;
}

/**
 * Each sheet of a workbook is a table of its own, read as a CSV export would be: its header is found
 * among its first rows, and the source that recognises it folds its rows. A workbook holds more
 * sheets than anyone reads (LinkedIn's demographic breakdowns), so the sheets no source recognises
 * are left out quietly, unless none is recognised: then the workbook is of an unknown kind.
 */
export function readWorkbook(file: string, bytes: Buffer, options: ReadOptions): InputPart[] {
  const { format, sheets } = openWorkbook(file, bytes);
  const digest = createHash('sha1').update(bytes).digest('hex');
  // A mapping describes what no built-in kind knows: it never takes a sheet from one of them.
  const mapped = (options.mapped ?? []).filter((source) => source.fitsFile?.(file) ?? true);
  const parts = sheets.map((sheet): InputPart => {
    const name = sheetFile(file, sheet.name);
    const found = findHeaderRow(sheet.rows, options.sources) ?? findHeaderRow(sheet.rows, mapped);
    if (!found) {
      const first = firstRowCells(sheet.rows);
      return { file: name, sheet: sheet.name, reason: first === '' ? 'empty' : 'unknown-header', first };
    }
    const reader = new TableReader(name, found, options, new RowPolicy(options.lenient));
    for (let index = found.lineIndex; index < sheet.rows.length; index++) reader.record(sheet.rows[index]!, index + 1);
    return tableResult(reader, reader.finish(), { fingerprint: `${digest} ${sheet.name}`, encoding: format });
  });
  if (parts.every((part) => 'reason' in part)) throw new SocialRoiError(unknownWorkbook(file, sheets, [...options.sources, ...mapped]));
  return parts;
}
