import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatMoney,
  formatPercent,
  formatPerThousand,
  formatRatio,
  formatRoas,
  formatScore,
} from '../../src/format/format-value.js';

const en = 'en' as const;

describe('format-value', () => {
  it.each([
    [17542.79, '17,542.79'],
    [-1234.5, '-1,234.50'],
    [0, '0.00'],
    [-0.004, '0.00'],
    [1_000_000, '1,000,000.00'],
  ])('money %s → %s', (value, expected) => {
    expect(formatMoney(value, en)).toBe(expected);
  });

  it.each([
    [421676, '421,676'],
    [410.25, '410.25'],
    [0.5, '0.5'],
    [12.3456, '12.35'],
    [0, '0'],
  ])('count %s → %s', (value, expected) => {
    expect(formatCount(value, en)).toBe(expected);
  });

  it.each([
    [0.2534, '+25.3%'],
    [-0.1, '-10.0%'],
    [0, '0.0%'],
    [-0.0001, '0.0%'],
    [4.975635, '+497.6%'],
    [-1, '-100.0%'],
  ])('ratio %s → %s', (value, expected) => {
    expect(formatRatio(value, en)).toBe(expected);
  });

  it('formats ROAS as a multiple, rates per 1,000, shares and scores', () => {
    expect(formatRoas(0.889, en)).toBe('0.89×');
    expect(formatRoas(0, en)).toBe('0.00×');
    expect(formatPerThousand(0.00133278, en)).toBe('1.33');
    expect(formatPerThousand(0.0003, en)).toBe('0.30');
    expect(formatPercent(0.018, en)).toBe('1.80%');
    expect(formatScore(71.2, en)).toBe('71');
    expect(formatScore(99.5, en)).toBe('100');
    expect(formatScore(-0.2, en)).toBe('0');
  });

  const formatters = [formatMoney, formatCount, formatRatio, formatRoas, formatPerThousand, formatPercent, formatScore];

  it('prints n/a for null and for numbers that are not finite', () => {
    for (const format of formatters) {
      for (const value of [null, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) expect(format(value, en)).toBe('n/a');
    }
  });

  it('never prints NaN, Infinity or undefined', () => {
    const anyNumber = fc.oneof(fc.double(), fc.constant(null), fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, Number.MAX_VALUE));
    fc.assert(
      fc.property(anyNumber, (value) => {
        for (const format of formatters) expect(format(value, en)).not.toMatch(/NaN|Infinity|∞|undefined/);
      }),
    );
  });
});
