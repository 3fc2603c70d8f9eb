import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUnits } from '../../src/ingest/numbers.js';
import { type Cell, cellText, plainNumber } from '../../src/ingest/workbook-cells.js';
import { cellReading } from '../../src/read/open-workbook.js';

const READING = cellReading(false);
const READING_1904 = cellReading(true);

describe('a workbook cell as the text of a CSV cell', () => {
  it.each<[string, Cell | undefined, string]>([
    ['a text cell as it is', { t: 's', v: 'Paris, Île-de-France' }, 'Paris, Île-de-France'],
    ['a date typed as text, left for the date column to read', { t: 's', v: '09/28/2026' }, '09/28/2026'],
    ['a whole number', { t: 'n', v: 1234567, z: 'General' }, '1234567'],
    ['a decimal, with a dot', { t: 'n', v: 0.25, z: '0.00%' }, '0.25'],
    ['binary noise past 15 digits dropped, as Excel shows it', { t: 'n', v: 0.1 + 0.2 }, '0.3'],
    ['a negative number', { t: 'n', v: -2 }, '-2'],
    ['a date cell (day 46293 of 1900) as an ISO date', { t: 'n', v: 46293, z: 'mm/dd/yyyy' }, '2026-09-28'],
    ['a date and time: the calendar date only', { t: 'n', v: 46293.99, z: 'm/d/yy h:mm' }, '2026-09-28'],
    ['a number with a date format that is no date', { t: 'n', v: -5, z: 'mm/dd/yyyy' }, '-5'],
    ['an error as Excel shows it', { t: 'e', v: 42, w: '#N/A' }, '#N/A'],
    ['a boolean as Excel writes it', { t: 'b', v: true }, 'TRUE'],
    ['a stub', { t: 'z' }, ''],
    ['no cell at all', undefined, ''],
  ])('%s', (_, cell, text) => {
    expect(cellText(cell, READING)).toBe(text);
  });

  it('counts days from 1904 in a workbook that says so', () => {
    // 1462 days separate the two systems' day 0.
    expect(cellText({ t: 'n', v: 46293 - 1462, z: 'yyyy-mm-dd' }, READING_1904)).toBe('2026-09-28');
  });
});

describe('plainNumber', () => {
  it('never writes an exponent, a group separator or a minus zero', () => {
    expect(plainNumber(1e21)).toBe('1000000000000000000000');
    expect(plainNumber(1e-7)).toBe('0.0000001');
    expect(plainNumber(-0)).toBe('0');
    expect(plainNumber(Number.NaN)).toBe('');
    expect(plainNumber(Number.POSITIVE_INFINITY)).toBe('');
  });

  it('writes any number a cell can hold plainly, within 15 significant digits of its value', () => {
    // Excel's largest number is 9.99999999999999E+307.
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -9.99999999999999e307, max: 9.99999999999999e307 }), (value) => {
        const text = plainNumber(value);
        expect(text).toMatch(/^-?(0|[1-9]\d*)(\.\d*[1-9])?$/);
        expect(Math.abs(Number(text) - value)).toBeLessThanOrEqual(Math.abs(value) * 1e-14);
      }),
    );
  });

  it('gives the exact parser the figure a cell of at most 4 decimals holds', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), fc.integer({ min: 0, max: 4 }), (digits, decimals) => {
        const value = digits / 10 ** decimals;
        expect(parseUnits(plainNumber(value), '.')).toBe(digits * 10 ** (4 - decimals) || 0);
      }),
    );
  });
});
