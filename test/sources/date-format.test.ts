import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateFormatLike, orderOfDateFormat } from '../../src/sources/date-format.js';
import { fitsFilePattern } from '../../src/sources/file-pattern.js';

describe('the date format a mapping states', () => {
  it.each([
    ['DD/MM/YYYY', 'dmy'],
    ['d.m.yy', 'dmy'],
    ['MM/DD/YYYY', 'mdy'],
    ['M-D-YYYY', 'mdy'],
    ['YYYY-MM-DD', 'ymd'],
    ['YYYY/M/D', 'ymd'],
  ])('%s is read as %s', (format, order) => {
    expect(orderOfDateFormat(format)).toBe(order);
  });

  it.each(['DD/MM', 'DD/MM-YYYY', 'YY-MM-DD', 'MM/MM/YYYY', 'DD/MM/YYY', 'ISO'])('%s is no format', (format) => {
    expect(orderOfDateFormat(format)).toBeUndefined();
  });

  it('is written as the values are, and reads back to the same order', () => {
    expect(dateFormatLike('dmy', '01/09/2026')).toBe('DD/MM/YYYY');
    expect(dateFormatLike('mdy', '9.13.26')).toBe('MM.DD.YY');
    expect(dateFormatLike('ymd', '2026/09/01')).toBe('YYYY/MM/DD');
    for (const order of ['dmy', 'mdy', 'ymd'] as const) expect(orderOfDateFormat(dateFormatLike(order, '1-2-2026'))).toBe(order);
  });
});

describe('a mapping limited to some file names', () => {
  it('compares the name alone, without regard to case, with * and ? as wildcards', () => {
    expect(fitsFilePattern('crm-*.csv', 'exports/september/CRM-2026-09.CSV')).toBe(true);
    expect(fitsFilePattern('crm-??.csv', 'crm-09.csv')).toBe(true);
    expect(fitsFilePattern('crm-??.csv', 'crm-2026.csv')).toBe(false);
    expect(fitsFilePattern('crm-*.csv', 'exports\\crm-1.csv')).toBe(true);
    expect(fitsFilePattern('exports/*.csv', 'exports/crm.csv')).toBe(false);
    // Characters of regular expressions are only themselves.
    expect(fitsFilePattern('a+(b).csv', 'a+(b).csv')).toBe(true);
    expect(fitsFilePattern('a.csv', 'abcsv')).toBe(false);
  });

  it('ends at once on a pattern made to backtrack', () => {
    // A regular expression from this pattern backtracks through some 60^7 ways to place the stars.
    expect(fitsFilePattern(`${'*a'.repeat(7)}b`, 'a'.repeat(250))).toBe(false);
    expect(fitsFilePattern(`${'*a'.repeat(7)}b`, `${'a'.repeat(250)}b`)).toBe(true);
  });

  it('agrees with a reference matcher on any pattern of *, ? and letters', () => {
    // The reference: the pattern as a regular expression, fine on these short inputs.
    const reference = (pattern: string, name: string) =>
      new RegExp(`^${[...pattern].map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch)).join('')}$`, 'is').test(name);
    const letters = fc.constantFrom('a', 'b', 'A', 'é');
    fc.assert(
      fc.property(
        fc.array(fc.oneof(letters, fc.constantFrom('*', '?')), { maxLength: 8 }),
        fc.array(letters, { maxLength: 10 }),
        (pattern, name) => {
          expect(fitsFilePattern(pattern.join(''), name.join(''))).toBe(reference(pattern.join(''), name.join('')));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
