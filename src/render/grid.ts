import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { NOT_AVAILABLE } from './format-value.js';
import { displayWidth, truncate } from './text.js';

/** One column of a terminal table: its cells are the body rows, then the Total row. */
export interface Column {
  title: string;
  /** Numbers are right-aligned so that their digits line up. */
  align: 'left' | 'right';
  cells: string[];
  /** A return: a loss is painted red and a gain green. */
  signed?: boolean;
}

/** Key columns name a row and repeat in every part of a table split to fit the width. */
export interface Grid {
  keys: Column[];
  values: Column[];
}

const GAP = '  ';
const RULE = '─';
/** A truncated key (a campaign name) keeps this many columns, enough to stay recognisable. */
const MIN_KEY_WIDTH = 12;

/*
 * No vertical borders and one rule under the header: reads cleanly in a terminal and survives being
 * pasted into an email. Padding is zero and the gap is the column separator, so a rule row drawn by
 * hand (above the Total row) matches the header rule exactly.
 */
const CHARS = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
  bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '', 'left-mid': '', right: '', 'right-mid': '',
  mid: RULE, 'mid-mid': GAP, middle: GAP,
};

function columnWidth(column: Column): number {
  return Math.max(displayWidth(column.title), ...column.cells.map(displayWidth));
}

function spanOf(columns: readonly Column[]): number {
  return columns.reduce((sum, column) => sum + columnWidth(column), 0) + GAP.length * Math.max(0, columns.length - 1);
}

/** Truncate the widest key columns until the keys leave room for the widest value column. */
function fitKeys(keys: readonly Column[], room: number): Column[] {
  const fitted = [...keys];
  let excess = spanOf(fitted) - room;
  while (excess > 0) {
    const widths = fitted.map(columnWidth);
    const widest = widths.indexOf(Math.max(...widths));
    const column = fitted[widest]!;
    const target = Math.max(MIN_KEY_WIDTH, widths[widest]! - excess, displayWidth(column.title));
    if (target >= widths[widest]!) break;
    fitted[widest] = { ...column, cells: column.cells.map((cell) => truncate(cell, target)) };
    excess = spanOf(fitted) - room;
  }
  return fitted;
}

/** Value columns in as few parts as fit beside the key columns (a part always takes one column). */
function split(values: readonly Column[], room: number): Column[][] {
  const parts: Column[][] = [];
  let part: Column[] = [];
  let used = 0;
  for (const column of values) {
    const needed = GAP.length + columnWidth(column);
    if (part.length > 0 && used + needed > room) {
      parts.push(part);
      part = [];
      used = 0;
    }
    part.push(column);
    used += needed;
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

function paint(column: Column, cell: string, color: ChalkInstance | null): string {
  if (!color) return cell;
  if (cell === NOT_AVAILABLE) return color.dim(cell);
  if (column.signed && cell.startsWith('-')) return color.red(cell);
  if (column.signed && cell.startsWith('+')) return color.green(cell);
  return cell;
}

function draw(columns: readonly Column[], color: ChalkInstance | null): string {
  const widths = columns.map(columnWidth);
  const table = new Table({
    head: columns.map((column) => (color ? color.bold(column.title) : column.title)),
    colWidths: widths,
    colAligns: columns.map((column) => column.align),
    chars: CHARS,
    // cli-table3 colours headers and borders by default: colour is the context's choice alone.
    style: { head: [], border: [], compact: true, 'padding-left': 0, 'padding-right': 0 },
    wordWrap: false,
  });
  const rows = columns[0]?.cells.length ?? 0;
  for (let row = 0; row < rows; row++) {
    if (row === rows - 1 && row > 0) table.push(widths.map((width) => RULE.repeat(width)));
    table.push(columns.map((column) => paint(column, column.cells[row] ?? '', color)));
  }
  return table
    .toString()
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
}

/**
 * A table within `width` columns: long keys are truncated with `…`, and value columns that do not
 * fit go on to further tables that repeat the keys, since a wrapped cell would be unreadable.
 */
export function renderGrid(grid: Grid, width: number, color: ChalkInstance | null): string {
  const widestValue = Math.max(0, ...grid.values.map(columnWidth));
  const keys = fitKeys(grid.keys, width - GAP.length - widestValue);
  const parts = split(grid.values, width - spanOf(keys));
  return parts.map((values) => draw([...keys, ...values], color)).join('\n\n');
}
