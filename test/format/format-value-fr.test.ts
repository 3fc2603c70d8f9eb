import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatCount,
  formatDate,
  formatList,
  formatMoney,
  formatPerThousand,
  formatRatio,
  formatRoas,
  formatScore,
} from '../../src/format/format-value.js';

/*
 * French figures are Intl's fr-FR forms: thousands grouped with a narrow no-break space (U+202F),
 * a no-break space (U+00A0) before `%` and the currency sign. Both keep a figure on one line.
 */
const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('format-value in French', () => {
  it.each([
    [1234.56, `1${NNBSP}234,56`],
    [-1234.5, `-1${NNBSP}234,50`],
    [17542.79, `17${NNBSP}542,79`],
    [0, '0,00'],
    [-0.004, '0,00'],
  ])('money %s → %j', (value, expected) => {
    expect(formatMoney(value, 'fr')).toBe(expected);
  });

  it('shows a currency after the amount: 1 234,56 €', () => {
    expect(formatAmount(1234.56, 'EUR', 'fr')).toBe(`1${NNBSP}234,56${NBSP}€`);
    expect(formatAmount(-1234.56, 'EUR', 'fr')).toBe(`-1${NNBSP}234,56${NBSP}€`);
    expect(formatAmount(1234.56, 'EUR', 'en')).toBe('€1,234.56');
    expect(formatAmount(null, 'EUR', 'fr')).toBe('n/a');
  });

  it('formats counts, ratios, ROAS, rates and scores with a decimal comma', () => {
    expect(formatCount(421676, 'fr')).toBe(`421${NNBSP}676`);
    expect(formatCount(410.25, 'fr')).toBe('410,25');
    expect(formatRatio(0.2534, 'fr')).toBe(`+25,3${NBSP}%`);
    expect(formatRatio(-1, 'fr')).toBe(`-100,0${NBSP}%`);
    expect(formatRoas(0.889, 'fr')).toBe('0,89×');
    expect(formatPerThousand(0.00133278, 'fr')).toBe('1,33');
    expect(formatScore(71.2, 'fr')).toBe('71');
  });

  it('writes dates as French prose does, and leaves English ones ISO', () => {
    expect(formatDate('2026-09-30', 'fr')).toBe('30/09/2026');
    expect(formatDate('2026-09-30', 'en')).toBe('2026-09-30');
    expect(formatDate('not a date', 'fr')).toBe('not a date');
  });

  it('joins names as each language does', () => {
    expect(formatList(['LinkedIn', 'Meta', 'X'], 'fr')).toBe('LinkedIn, Meta et X');
    expect(formatList(['LinkedIn', 'Meta'], 'en')).toBe('LinkedIn and Meta');
  });
});
