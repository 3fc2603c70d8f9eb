/*
 * Where a table's columns go when the terminal is narrow: arithmetic on column widths alone, so
 * that trying every possible truncation costs nothing however many rows the report has.
 */

/** Display widths of one table's columns: the keys name a row, the values follow. */
export interface Widths {
  keys: number[];
  values: number[];
}

/** Key widths once truncated, and how many value columns go in each of the tables drawn. */
export interface Layout {
  keys: number[];
  parts: number[];
}

/** Blank columns between two table columns. */
export const GAP_WIDTH = 2;
/** A truncated key (a campaign name) keeps this many columns, enough to stay recognisable… */
const PREFERRED_KEY_WIDTH = 12;
/** …unless the terminal is too narrow even for that: the width is a hard limit. */
const LAST_RESORT_KEY_WIDTH = 4;

function sum(widths: readonly number[]): number {
  return widths.reduce((total, width) => total + width, 0);
}

function spanOf(widths: readonly number[]): number {
  return sum(widths) + GAP_WIDTH * Math.max(0, widths.length - 1);
}

/** Narrow the widest key columns, none below `floor`, until the keys take at most `room` columns. */
function fitKeys(widths: readonly number[], room: number, floor: number): number[] {
  const fitted = [...widths];
  let excess = spanOf(fitted) - room;
  while (excess > 0) {
    const widest = Math.max(...fitted);
    if (widest <= floor) break;
    fitted[fitted.indexOf(widest)] = Math.max(floor, widest - excess);
    excess = spanOf(fitted) - room;
  }
  return fitted;
}

/** Value columns per part, filling each part in turn within `room` (a part takes at least one). */
function split(values: readonly number[], room: number): number[] {
  const parts: number[] = [];
  let used = 0;
  for (const width of values) {
    const needed = GAP_WIDTH + width;
    if (parts.length > 0 && used + needed <= room) {
      parts[parts.length - 1]! += 1;
      used += needed;
    } else {
      parts.push(1);
      used = needed;
    }
  }
  return parts;
}

/** As few parts as `split` makes, but even: never a wide table followed by a lone column. */
function balance(values: readonly number[], room: number): number[] {
  const parts = split(values, room);
  for (let cap = Math.ceil((sum(values) + GAP_WIDTH * values.length) / parts.length); cap < room; cap++) {
    const even = split(values, cap);
    if (even.length === parts.length) return even;
  }
  return parts;
}

function partsAt(table: Widths, keySpan: number, width: number, floor: number): number {
  return split(table.values, width - spanOf(fitKeys(table.keys, keySpan, floor))).length;
}

/**
 * How wide the keys may stay: truncating a campaign name is worth it only when it saves a whole
 * table, so this is the widest span that still needs no more tables than the narrowest would.
 */
function keySpanFor(table: Widths, width: number, floor: number): number {
  const narrowest = spanOf(fitKeys(table.keys, 0, floor));
  const fewest = partsAt(table, narrowest, width, floor);
  let span = Math.max(narrowest, Math.min(spanOf(table.keys), width - GAP_WIDTH - Math.max(0, ...table.values)));
  while (span > narrowest && partsAt(table, span, width, floor) > fewest) span--;
  return span;
}

function fitsWith(table: Widths, width: number, floor: number): boolean {
  return spanOf(fitKeys(table.keys, 0, floor)) + GAP_WIDTH + Math.max(0, ...table.values) <= width;
}

/**
 * Lay out tables that share their keys within `width` columns: the keys are narrowed alike in all of
 * them (a row reads the same throughout), and the value columns that do not fit go on to further
 * tables, since a wrapped cell would be unreadable.
 */
export function layOut(tables: readonly Widths[], width: number): Layout[] {
  const floor = tables.every((table) => fitsWith(table, width, PREFERRED_KEY_WIDTH)) ? PREFERRED_KEY_WIDTH : LAST_RESORT_KEY_WIDTH;
  const keySpan = Math.min(...tables.map((table) => keySpanFor(table, width, floor)));
  return tables.map((table) => {
    const keys = fitKeys(table.keys, keySpan, floor);
    return { keys, parts: balance(table.values, width - spanOf(keys)) };
  });
}
