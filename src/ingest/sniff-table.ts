import { DELIMITERS, type Delimiter, splitLine } from './split-line.js';

/** Lines looked at to find the header of a file no kind recognises: title lines plus a screenful of rows. */
const LINES_LOOKED_AT = 60;
/** Exports put at most a handful of title lines above the header. */
const MAX_PREAMBLE_LINES = 30;
/** Rows kept as a sample of what each column holds. */
const SAMPLE_ROWS = 200;

export interface SniffedTable {
  delimiter: Delimiter;
  /** 0-based index of the header line. */
  lineIndex: number;
  headers: string[];
  /** The first rows with as many cells as the header. */
  rows: string[][];
}

/**
 * The table in the first lines of a file no kind recognises, found from its shape alone: the
 * delimiter that splits the most lines into the same number of cells (two at least), and the first
 * line with that many as the header. Undefined when no delimiter gives the lines such a shape.
 */
export function sniffTable(headText: string, complete: boolean): SniffedTable | undefined {
  const lines = headText.split(/\r\n|\n|\r/);
  if (!complete) lines.pop();
  let best: { delimiter: Delimiter; width: number; lines: number } | undefined;
  for (const delimiter of DELIMITERS) {
    const shape = commonWidth(lines.slice(0, LINES_LOOKED_AT), delimiter);
    if (shape && (!best || shape.lines > best.lines || (shape.lines === best.lines && shape.width > best.width)))
      best = { delimiter, ...shape };
  }
  if (!best) return undefined;
  const { delimiter, width } = best;
  const lineIndex = lines.findIndex((line, i) => i < MAX_PREAMBLE_LINES && splitLine(line, delimiter).length === width);
  if (lineIndex < 0) return undefined;
  const rows: string[][] = [];
  for (const line of lines.slice(lineIndex + 1)) {
    if (rows.length === SAMPLE_ROWS) break;
    const cells = splitLine(line, delimiter);
    if (cells.length === width) rows.push(cells);
  }
  return { delimiter, lineIndex, headers: splitLine(lines[lineIndex]!, delimiter), rows };
}

/** The number of cells most lines have under this delimiter (ties: the wider), and how many lines have it. */
function commonWidth(lines: readonly string[], delimiter: Delimiter): { width: number; lines: number } | undefined {
  const counts = new Map<number, number>();
  for (const line of lines) {
    if (line.trim() === '') continue;
    const width = splitLine(line, delimiter).length;
    if (width >= 2) counts.set(width, (counts.get(width) ?? 0) + 1);
  }
  let best: { width: number; lines: number } | undefined;
  for (const [width, count] of counts) {
    if (!best || count > best.lines || (count === best.lines && width > best.width)) best = { width, lines: count };
  }
  return best;
}
