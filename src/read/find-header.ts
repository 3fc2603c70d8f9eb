import { DELIMITERS, type Delimiter, splitLine } from '../ingest/split-line.js';
import type { HeaderMatch, Source } from '../sources/source.js';
import type { TableHeader } from './read-types.js';

/** Exports put at most a handful of title lines above the header; 30 leaves room for odd ones. */
const MAX_PREAMBLE_LINES = 30;

export interface HeaderFound extends TableHeader {
  delimiter: Delimiter;
  /** Characters of text before the header line. */
  offset: number;
}

/**
 * The header is the first of the file's first lines that some source recognises, split by whichever
 * delimiter makes it recognisable (csv-parse's own delimiter discovery fails on any non-ASCII byte),
 * or by the one a first line such as `sep=,` states. Sources see the lines above it too: some name
 * there what the header leaves unsaid (Meta's page insights name their one measure).
 */
export function findHeader(headText: string, sources: readonly Source[], complete: boolean): HeaderFound | undefined {
  const lines = firstLines(headText, complete);
  const stated = statedDelimiter(lines[0]?.text ?? '');
  let offset = 0;
  for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
    const { text, length } = lines[lineIndex]!;
    const preamble = lines.slice(0, lineIndex).map((l) => l.text);
    const best = bestMatch(text, sources, stated ? [stated] : DELIMITERS, preamble);
    if (best) return { ...best, lineIndex, offset, preamble };
    offset += length;
  }
  return undefined;
}

/**
 * Excel's `sep=;` first line says which delimiter the file uses (Meta writes `sep=,` above its page
 * insights): trusted over a guess, when it names one of ours.
 */
function statedDelimiter(line: string): Delimiter | undefined {
  const stated = /^sep=(.)$/i.exec(line)?.[1];
  return DELIMITERS.find((delimiter) => delimiter === stated);
}

/** The same search over a workbook's sheet, whose rows come already split into cells. */
export function findHeaderRow(rows: readonly (readonly string[])[], sources: readonly Source[]): TableHeader | undefined {
  const searched = Math.min(rows.length, MAX_PREAMBLE_LINES);
  for (let lineIndex = 0; lineIndex < searched; lineIndex++) {
    const preamble = rows.slice(0, lineIndex).map(asLine);
    const top = rankHeader(rows[lineIndex]!, sources, preamble)[0];
    if (top) return { ...top, delimiter: null, lineIndex, preamble };
  }
  return undefined;
}

/** A row above the header as a CSV export would write it, for sources that read their preamble. */
function asLine(cells: readonly string[]): string {
  return cells.join(',').replace(/,+$/, '');
}

function bestMatch(line: string, sources: readonly Source[], delimiters: readonly Delimiter[], preamble: readonly string[]) {
  let best: (RankedMatch & { delimiter: Delimiter }) | undefined;
  for (const delimiter of delimiters) {
    if (!line.includes(delimiter)) continue;
    const top = rankHeader(splitLine(line, delimiter), sources, preamble)[0];
    if (top && (!best || top.match.confidence > best.match.confidence)) best = { ...top, delimiter };
  }
  return best;
}

export interface RankedMatch {
  source: Source;
  match: HeaderMatch;
}

/**
 * Every source that recognises these header cells, best first; on a tie the earlier source wins, as
 * it does when a file is read. `inspect` shows the runner-up, so a near miss can be told from a clear win.
 */
export function rankHeader(cells: readonly string[], sources: readonly Source[], preamble: readonly string[] = []): RankedMatch[] {
  const ranked: RankedMatch[] = [];
  for (const source of sources) {
    const match = source.match(cells, preamble);
    if (match) ranked.push({ source, match });
  }
  // Array.prototype.sort is stable, which keeps the tie rule.
  return ranked.sort((a, b) => b.match.confidence - a.match.confidence);
}

interface Line {
  text: string;
  /** Including its line break. */
  length: number;
}

/** The head's lines, without the last one when the head stops in the middle of it. */
function firstLines(text: string, complete: boolean): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\n|\r/g;
  let start = 0;
  for (let found = breaks.exec(text); lines.length < MAX_PREAMBLE_LINES && found !== null; found = breaks.exec(text)) {
    lines.push({ text: text.slice(start, found.index), length: found.index + found[0].length - start });
    start = found.index + found[0].length;
  }
  if (complete && lines.length < MAX_PREAMBLE_LINES && start < text.length) {
    lines.push({ text: text.slice(start), length: text.length - start });
  }
  return lines;
}

/** The first cells of the file, for a message that says what was found instead of a known header. */
export function firstLineCells(headText: string): string {
  return shortened(firstLines(headText, true).find((l) => l.text.trim() !== '')?.text ?? '');
}

/** The same for a workbook's sheet: its first non-blank row. */
export function firstRowCells(rows: readonly (readonly string[])[]): string {
  const row = rows.find((cells) => cells.some((cell) => cell.trim() !== ''));
  return row ? shortened(asLine(row)) : '';
}

function shortened(line: string): string {
  return line.length > 80 ? `${line.slice(0, 77)}...` : line;
}

/**
 * For a file that no kind recognises: the kind of which one of its first lines has the most known
 * columns (on a tie, the larger share of them), and that share. One column in common (`Date`)
 * says nothing: it takes two.
 */
export function closestKind(
  headText: string,
  sources: readonly Source[],
  complete: boolean,
): { source: Source; share: number } | undefined {
  const splits: string[][] = [];
  for (const { text } of firstLines(headText, complete)) {
    for (const delimiter of DELIMITERS) if (text.includes(delimiter)) splits.push(splitLine(text, delimiter));
  }
  return closestAmong(splits, sources);
}

/** The same for a workbook's sheets, whose first rows come already split into cells. */
export function closestKindInRows(
  sheets: readonly (readonly (readonly string[])[])[],
  sources: readonly Source[],
): { source: Source; share: number } | undefined {
  return closestAmong(
    sheets.flatMap((rows) => rows.slice(0, MAX_PREAMBLE_LINES)),
    sources,
  );
}

function closestAmong(rows: readonly (readonly string[])[], sources: readonly Source[]): { source: Source; share: number } | undefined {
  let best: { source: Source; found: number; share: number } | undefined;
  for (const cells of rows) {
    for (const source of sources) {
      const { found, known } = source.resemblance?.(cells) ?? { found: 0, known: 1 };
      const share = found / known;
      if (found >= 2 && (!best || found > best.found || (found === best.found && share > best.share))) best = { source, found, share };
    }
  }
  return best && { source: best.source, share: best.share };
}
