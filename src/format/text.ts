/*
 * Plain-text helpers for the terminal renderers: making input strings safe to print, and measuring,
 * truncating and wrapping them in terminal columns rather than UTF-16 code units.
 */

// C0, DEL and C1 controls (ESC and CSI among them) could move the cursor or recolour the terminal,
// and bidirectional overrides could make a name read differently from what it is.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const LINE_BREAK = /[\t\n\r\v\f\u0085\u2028\u2029]+/gu;

/** A string that came from an input file, made safe to print: no escape sequence can get through. */
export function sanitize(text: string): string {
  return text.normalize('NFC').replace(LINE_BREAK, ' ').replace(CONTROL, '');
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]+$/u;
const EMOJI = /\p{Extended_Pictographic}/u;
// East Asian wide and fullwidth blocks: Hangul Jamo, CJK, Hangul syllables, compatibility forms, fullwidth forms.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

function graphemeWidth(grapheme: string): number {
  if (ZERO_WIDTH.test(grapheme)) return 0;
  return EMOJI.test(grapheme) || WIDE.test(grapheme) ? 2 : 1;
}

// Latin, punctuation, currency, arrows and box drawing: one code unit, one column. Segmenting costs
// tens of microseconds a string, too much to spend on every cell of a long report.
const NARROW = /^[\u0020-\u007e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e\u20a0-\u20cf\u2190-\u21ff\u2500-\u257f]*$/u;

/** Columns a sanitized string takes in a monospace terminal. */
export function displayWidth(text: string): number {
  if (NARROW.test(text)) return text.length;
  let width = 0;
  for (const { segment } of graphemes.segment(text)) width += graphemeWidth(segment);
  return width;
}

/** Cut to at most `width` columns, marking the cut with `…`. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let kept = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const next = graphemeWidth(segment);
    if (used + next > width - 1) break;
    kept += segment;
    used += next;
  }
  return `${kept.trimEnd()}…`;
}

/** Split a word wider than a line into line-sized pieces (a long path has no space to break at). */
function pieces(word: string, width: number): string[] {
  const parts: string[] = [];
  let part = '';
  for (const { segment } of graphemes.segment(word)) {
    if (part !== '' && displayWidth(part + segment) > width) {
      parts.push(part);
      part = '';
    }
    part += segment;
  }
  return part === '' ? parts : [...parts, part];
}

/**
 * Word-wrap one paragraph to `width` columns; continuation lines get `indent` more spaces than the
 * first, so a wrapped list item still reads as one item.
 */
export function wrap(text: string, width: number, indent = 0): string[] {
  const lead = /^ */.exec(text)?.[0] ?? '';
  const hanging = ' '.repeat(lead.length + indent);
  const room = Math.max(1, width - hanging.length);
  const lines: string[] = [];
  let prefix = lead;
  let line = '';
  for (const word of text.slice(lead.length).split(/ +/)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (displayWidth(prefix + candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') {
      lines.push(prefix + line);
      prefix = hanging;
    }
    const parts = pieces(word, room);
    line = parts.pop() ?? '';
    for (const part of parts) {
      lines.push(prefix + part);
      prefix = hanging;
    }
  }
  if (line !== '') lines.push(prefix + line);
  return lines;
}
