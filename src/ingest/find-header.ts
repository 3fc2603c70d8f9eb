import type { HeaderMatch, Source } from '../sources/source.js';
import { splitLine } from './split-line.js';

/** Exports put at most a handful of title lines above the header; 30 leaves room for odd ones. */
const MAX_PREAMBLE_LINES = 30;
export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface HeaderFound {
  source: Source;
  match: HeaderMatch;
  delimiter: Delimiter;
  /** 0-based index of the header among the file's lines. */
  lineIndex: number;
  /** Characters of text before the header line. */
  offset: number;
  preamble: string[];
}

/**
 * The header is the first of the file's first lines that some source recognises, split by whichever
 * delimiter makes it recognisable (csv-parse's own delimiter discovery fails on any non-ASCII byte).
 */
export function findHeader(headText: string, sources: readonly Source[], complete: boolean): HeaderFound | undefined {
  const lines = firstLines(headText, complete);
  let offset = 0;
  for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
    const { text, length } = lines[lineIndex]!;
    const best = bestMatch(text, sources);
    if (best) {
      const preamble = lines.slice(0, lineIndex).map((l) => l.text);
      return { ...best, lineIndex, offset, preamble };
    }
    offset += length;
  }
  return undefined;
}

function bestMatch(line: string, sources: readonly Source[]) {
  let best: (RankedMatch & { delimiter: Delimiter }) | undefined;
  for (const delimiter of DELIMITERS) {
    if (!line.includes(delimiter)) continue;
    const top = rankHeader(splitLine(line, delimiter), sources)[0];
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
export function rankHeader(cells: readonly string[], sources: readonly Source[]): RankedMatch[] {
  const ranked: RankedMatch[] = [];
  for (const source of sources) {
    const match = source.match(cells);
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
  let found: RegExpExecArray | null;
  while (lines.length < MAX_PREAMBLE_LINES && (found = breaks.exec(text)) !== null) {
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
  const line = firstLines(headText, true).find((l) => l.text.trim() !== '')?.text ?? '';
  return line.length > 80 ? `${line.slice(0, 77)}...` : line;
}
