import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { NOT_AVAILABLE } from '../format/format-value.js';
import { displayWidth, truncate } from '../format/text.js';
import { GAP_WIDTH, type Layout, layOut } from './layout.js';

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
  /** false: the last row is a row like the others, with no rule above it (default true). */
  totalRow?: boolean;
}

const GAP = ' '.repeat(GAP_WIDTH);
const RULE = '─';

/*
 * No vertical borders and one rule under the header: reads cleanly in a terminal and survives being
 * pasted into an email. Padding is zero and the gap is the column separator, so a rule row drawn by
 * hand (above the Total row) matches the header rule exactly.
 */
const CHARS = {
  top: '',
  'top-mid': '',
  'top-left': '',
  'top-right': '',
  bottom: '',
  'bottom-mid': '',
  'bottom-left': '',
  'bottom-right': '',
  left: '',
  'left-mid': '',
  right: '',
  'right-mid': '',
  mid: RULE,
  'mid-mid': GAP,
  middle: GAP,
};

function columnWidth(column: Column): number {
  return Math.max(displayWidth(column.title), ...column.cells.map(displayWidth));
}

function paint(column: Column, cell: string, color: ChalkInstance | null): string {
  if (!color) return cell;
  if (cell === NOT_AVAILABLE) return color.dim(cell);
  if (column.signed && cell.startsWith('-')) return color.red(cell);
  if (column.signed && cell.startsWith('+')) return color.green(cell);
  return cell;
}

/** cli-table3 lays rows out in quadratic time: a long table is drawn in slices of this many rows. */
const ROWS_PER_SLICE = 100;

function draw(columns: readonly Column[], widths: readonly number[], color: ChalkInstance | null, totalRow: boolean): string {
  const rows: string[][] = [];
  const count = columns[0]?.cells.length ?? 0;
  for (let row = 0; row < count; row++) {
    if (totalRow && row === count - 1 && row > 0) rows.push(widths.map((width) => RULE.repeat(width)));
    rows.push(columns.map((column) => paint(column, column.cells[row] ?? '', color)));
  }
  const head = columns.map((column) => (color ? color.bold(column.title) : column.title));
  const slices: string[] = [];
  for (let first = 0; first < rows.length; first += ROWS_PER_SLICE) {
    const table = new Table({
      head: first === 0 ? head : [],
      colWidths: [...widths],
      colAligns: columns.map((column) => column.align),
      chars: CHARS,
      // cli-table3 colours headers and borders by default: colour is the context's choice alone.
      style: { head: [], border: [], compact: true, 'padding-left': 0, 'padding-right': 0 },
      wordWrap: false,
    });
    table.push(...rows.slice(first, first + ROWS_PER_SLICE));
    slices.push(table.toString());
  }
  return slices
    .join('\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
}

function truncated(column: Column, width: number): Column {
  return { ...column, title: truncate(column.title, width), cells: column.cells.map((cell) => truncate(cell, width)) };
}

function drawLayout(grid: Grid, layout: Layout, valueWidths: readonly number[], color: ChalkInstance | null): string {
  const keys = grid.keys.map((column, i) => truncated(column, layout.keys[i]!));
  const tables: string[] = [];
  let first = 0;
  for (const count of layout.parts) {
    const values = grid.values.slice(first, first + count);
    tables.push(draw([...keys, ...values], [...layout.keys, ...valueWidths.slice(first, first + count)], color, grid.totalRow ?? true));
    first += count;
  }
  return tables.join('\n\n');
}

/**
 * Tables that share their keys, within `width` columns, one string each (see layOut): long keys
 * are truncated with `…`, and value columns that do not fit go on to tables that repeat the keys.
 */
export function renderGrids(grids: readonly Grid[], width: number, color: ChalkInstance | null): string[] {
  const widths = grids.map((grid) => ({ keys: grid.keys.map(columnWidth), values: grid.values.map(columnWidth) }));
  const layouts = layOut(widths, width);
  return grids.map((grid, i) => drawLayout(grid, layouts[i]!, widths[i]!.values, color));
}
