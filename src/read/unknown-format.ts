import { type ErrorCode, inputError, type Problem } from '../model/problem.js';
import type { Source } from '../sources/source.js';
import { closestKind, closestKindInRows, firstLineCells, firstRowCells } from './find-header.js';

/**
 * The error for a file of no known kind: what it starts with, every kind tried, and the closest of
 * them, so that a renamed column in a real export can be told from a tool this one does not know.
 */
export function unknownFormat(file: string, headText: string, tried: readonly Source[], complete: boolean): Problem<ErrorCode> {
  const closest = closestKind(headText, tried, complete);
  return inputError(
    'INPUT_UNKNOWN_FORMAT',
    {
      tried: tried.map((source) => source.label).join(', '),
      first: firstLineCells(headText),
      ...closestParams(closest),
    },
    { file },
  );
}

/** The same for a workbook none of whose sheets is of a known kind: the message names its sheets. */
export function unknownWorkbook(
  file: string,
  sheets: readonly { name: string; rows: string[][] }[],
  tried: readonly Source[],
): Problem<ErrorCode> {
  const closest = closestKindInRows(
    sheets.map((sheet) => sheet.rows),
    tried,
  );
  return inputError(
    'INPUT_UNKNOWN_FORMAT',
    {
      tried: tried.map((source) => source.label).join(', '),
      first: sheets.map((sheet) => firstRowCells(sheet.rows)).find((cells) => cells !== '') ?? '',
      sheets: sheets.map((sheet) => sheet.name).join(', '),
      ...closestParams(closest),
    },
    { file },
  );
}

function closestParams(closest: ReturnType<typeof closestKind>): { closest?: string; confidence?: number } {
  return closest ? { closest: closest.source.label, confidence: Math.round(closest.share * 100) } : {};
}
