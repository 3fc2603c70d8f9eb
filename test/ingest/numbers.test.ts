import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DecimalMark,
  isNumberFailure,
  NUMBER_FAILURE,
  type NumberFailure,
  parseUnits,
  sniffDecimalMark,
} from '../../src/ingest/numbers.js';

const MAX = Number.MAX_SAFE_INTEGER;
const NBSP = '\u00a0';
const NNBSP = '\u202f';
const MINUS = '\u2212';

type Expected = number | null | NumberFailure['reason'];

function outcome(result: number | null | NumberFailure): Expected {
  return isNumberFailure(result) ? result.reason : result;
}

// prettier-ignore
const CASES: [string, DecimalMark, Expected][] = [
  // Plain values, decimal dot.
  ['1234.56', '.', 12_345_600],
  ['0', '.', 0],
  ['-0', '.', 0],
  ['42', '.', 420_000],
  ['007', '.', 70_000],
  ['0.31', '.', 3_100],
  ['0.0001', '.', 1],
  ['.5', '.', 5_000],
  ['5.', '.', 50_000],
  ['-.5', '.', -5_000],
  // Grouping with a decimal dot.
  ['1,234.50', '.', 12_345_000],
  ['1,234', '.', 12_340_000],
  ['12,345,678.9', '.', 123_456_789_000],
  ['1 234.56', '.', 12_345_600],
  [`1${NBSP}234.56`, '.', 12_345_600],
  [`1${NNBSP}234${NNBSP}567`, '.', 12_345_670_000],
  ["1'234.56", '.', 12_345_600],
  ['1\u2019234.56', '.', 12_345_600],
  // Blanks and signs.
  ['  42  ', '.', 420_000],
  [`\t42${NBSP}`, '.', 420_000],
  [`${NNBSP}42${NNBSP}`, '.', 420_000],
  ['+42', '.', 420_000],
  ['-42', '.', -420_000],
  [`${MINUS}42`, '.', -420_000],
  // Currencies before or after, with or without a blank.
  ['$1,234.56', '.', 12_345_600],
  ['-$1,234.56', '.', -12_345_600],
  ['$-1,234.56', '.', -12_345_600],
  ['$ 12', '.', 120_000],
  ['€12', '.', 120_000],
  ['£12.5', '.', 125_000],
  ['¥1,000', '.', 10_000_000],
  ['₹99.99', '.', 999_900],
  ['12$', '.', 120_000],
  ['12 €', '.', 120_000],
  ['USD 1,234.56', '.', 12_345_600],
  ['USD1234.56', '.', 12_345_600],
  ['1,234.56 USD', '.', 12_345_600],
  ['1234.56GBP', '.', 12_345_600],
  ["CHF-1'234.56", '.', -12_345_600],
  [`CHF${NBSP}12.50`, '.', 125_000],
  ['US$12', '.', 120_000],
  ['R$ 12', '.', 120_000],
  ['-EUR 12', '.', -120_000],
  // Percentages are kept as written.
  ['3.45%', '.', 34_500],
  ['-0.5%', '.', -5_000],
  ['100 %', '.', 1_000_000],
  [`12,5${NBSP}%`, ',', 125_000],
  // Excel scientific notation.
  ['2.0E+03', '.', 20_000_000],
  ['1.5e-2', '.', 150],
  ['1E4', '.', 100_000_000],
  ['-1.2345E+02', '.', -1_234_500],
  ['12345E-4', '.', 12_345],
  ['0E+999', '.', 0],
  ['1.5E-5', '.', 'too-precise'],
  ['1E+12', '.', 'too-large'],
  ['1e400', '.', 'too-large'],
  ['1e-400', '.', 'too-precise'],
  ['1,234E+03', '.', 'syntax'],
  // Precision and magnitude limits.
  ['1.50000', '.', 15_000],
  ['1.000000000000000000000', '.', 10_000],
  ['1.23456', '.', 'too-precise'],
  ['0.00001', '.', 'too-precise'],
  ['900719925474.0991', '.', MAX],
  ['-900719925474.0991', '.', -MAX],
  ['900,719,925,474.0991', '.', MAX],
  ['900719925474.0992', '.', 'too-large'],
  ['900719925475', '.', 'too-large'],
  ['1,000,000,000,000', '.', 'too-large'],
  ['99999999999999999999', '.', 'too-large'],
  ['900719925474.09915', '.', 'too-precise'],
  ['900719925474.09925', '.', 'too-large'],
  // Missing values.
  ['', '.', null],
  ['   ', '.', null],
  ['--', '.', null],
  ['-', '.', null],
  ['—', '.', null],
  ['N/A', '.', null],
  ['n/a', ',', null],
  [`${NBSP}--${NBSP}`, '.', null],
  // Not numbers.
  ['12O0', '.', 'syntax'],
  ['0x1A', '.', 'syntax'],
  ['Infinity', '.', 'syntax'],
  ['-Infinity', '.', 'syntax'],
  ['NaN', '.', 'syntax'],
  ['12abc', '.', 'syntax'],
  ['abc', '.', 'syntax'],
  ['<5', '.', 'syntax'],
  ['(12)', '.', 'syntax'],
  ['1_000', '.', 'syntax'],
  ['"1,234"', '.', 'syntax'],
  ['+', '.', 'syntax'],
  [MINUS, '.', 'syntax'],
  ['-+1', '.', 'syntax'],
  ['--1', '.', 'syntax'],
  ['- 12', '.', 'syntax'],
  ['12-', '.', 'syntax'],
  ['.', '.', 'syntax'],
  ['$', '.', 'syntax'],
  ['$ -', '.', 'syntax'],
  ['$3%', '.', 'syntax'],
  ['$12 USD', '.', 'syntax'],
  ['EURO 12', '.', 'syntax'],
  ['eur 12', '.', 'syntax'],
  ['12 EU', '.', 'syntax'],
  ['12%%', '.', 'syntax'],
  ['%12', '.', 'syntax'],
  ['1e', '.', 'syntax'],
  ['1.2e+', '.', 'syntax'],
  // Invalid grouping or decimal marks, decimal dot.
  ['1,5', '.', 'syntax'],
  ['12,34', '.', 'syntax'],
  ['1234,567', '.', 'syntax'],
  ['1,2345', '.', 'syntax'],
  ['0,310', '.', 'syntax'],
  [',123', '.', 'syntax'],
  ['1,', '.', 'syntax'],
  ['1,,234', '.', 'syntax'],
  ['1.2.3', '.', 'syntax'],
  ['1,234.5,6', '.', 'syntax'],
  ['1.234,56', '.', 'syntax'],
  ['12 34', '.', 'syntax'],
  ['1 234,567', '.', 'syntax'],
  ['1,234 567', '.', 'syntax'],
  [`1 234${NBSP}567`, '.', 'syntax'],
  // Decimal comma.
  ['1.234,56', ',', 12_345_600],
  ['1 234,56', ',', 12_345_600],
  [`1${NBSP}234,56`, ',', 12_345_600],
  [`1${NNBSP}234${NNBSP}567,89`, ',', 12_345_678_900],
  ['0,31', ',', 3_100],
  ['12,5', ',', 125_000],
  ['1.234', ',', 12_340_000],
  ['1,234', ',', 12_340],
  ['1234,5678', ',', 12_345_678],
  ['-1.234,56 €', ',', -12_345_600],
  ['€ -1.234,56', ',', -12_345_600],
  [`-1${NNBSP}234${NNBSP}567,89${NBSP}€`, ',', -12_345_678_900],
  [`${MINUS}1${NBSP}234,56${NBSP}SEK`, ',', -12_345_600],
  ['3,45 %', ',', 34_500],
  ['1,5e3', ',', 15_000_000],
  ['1,23456', ',', 'too-precise'],
  ['1,50000', ',', 15_000],
  ["1'234,56", ',', 'syntax'],
  ['1,234.56', ',', 'syntax'],
  ['1.5', ',', 'syntax'],
  ['1,2,3', ',', 'syntax'],
  ['1.23,4', ',', 'syntax'],
  ['0.310', ',', 'syntax'],
  ['1.234 567', ',', 'syntax'],
];

describe('parseUnits', () => {
  it.each(CASES)('%j with decimal %j → %j', (text, decimal, expected) => {
    expect(outcome(parseUnits(text, decimal))).toBe(expected);
  });

  it('returns the frozen failure singletons', () => {
    expect(parseUnits('abc', '.')).toBe(NUMBER_FAILURE.syntax);
    expect(parseUnits('1e99', '.')).toBe(NUMBER_FAILURE.tooLarge);
    expect(parseUnits('0.00001', '.')).toBe(NUMBER_FAILURE.tooPrecise);
    expect(Object.isFrozen(NUMBER_FAILURE)).toBe(true);
    expect(Object.isFrozen(NUMBER_FAILURE.syntax)).toBe(true);
  });

  it('never returns negative zero', () => {
    expect(Object.is(parseUnits('-0.00', '.'), 0)).toBe(true);
    expect(Object.is(parseUnits('-0E+5', '.'), 0)).toBe(true);
    expect(Object.is(parseUnits('-$ 0', '.'), 0)).toBe(true);
  });
});

// prettier-ignore
const SNIFF_CASES: [string, DecimalMark | undefined][] = [
  ['1,234.50', '.'],
  ['12.5', '.'],
  ['0.31', '.'],
  ['3.45%', '.'],
  ['$12.50', '.'],
  ['1,234,567', '.'],
  ['1.23456', '.'],
  ["1'234", '.'],
  ['1.234,56', ','],
  ['0,31', ','],
  ['1 234,56', ','],
  ['12,5', ','],
  ['0,310', ','],
  ['1.234.567', ','],
  ['1,234', undefined],
  ['1.234', undefined],
  ['1234', undefined],
  ['1 234', undefined],
  ['--', undefined],
  ['', undefined],
  ['12O0', undefined],
];

describe('sniffDecimalMark', () => {
  it.each(SNIFF_CASES)('%j says %j', (text, expected) => {
    expect(sniffDecimalMark(text)).toBe(expected);
  });
});

interface Style {
  decimal: DecimalMark;
  group: string;
}

const STYLES: Record<string, Style> = {
  en: { decimal: '.', group: ',' },
  frNbsp: { decimal: ',', group: NBSP },
  frNarrow: { decimal: ',', group: NNBSP },
  frSpace: { decimal: ',', group: ' ' },
  de: { decimal: ',', group: '.' },
  ch: { decimal: '.', group: "'" },
  plain: { decimal: '.', group: '' },
  plainComma: { decimal: ',', group: '' },
};

/** Formats whole cents by hand, independently of the parser: `1234567` → `12,345.67`. */
function formatCents(cents: bigint, style: Style): string {
  const digits = (cents < 0n ? -cents : cents).toString().padStart(3, '0');
  const whole = digits.slice(0, -2);
  let grouped = '';
  for (let end = whole.length; end > 0; end -= 3) {
    const group = whole.slice(Math.max(0, end - 3), end);
    grouped = end === whole.length ? group : group + style.group + grouped;
  }
  return `${grouped}${style.decimal}${digits.slice(-2)}`;
}

const MAX_CENTS = BigInt(Math.floor(MAX / 100));
const cents = fc.oneof(fc.bigInt({ min: -100_000_00n, max: 100_000_00n }), fc.bigInt({ min: -MAX_CENTS, max: MAX_CENTS }));

describe('parseUnits properties', () => {
  it('reads back any amount of cents formatted in a locale style', () => {
    fc.assert(
      fc.property(
        cents,
        fc.constantFrom(...Object.values(STYLES)),
        fc.constantFrom<[string, 'before' | 'after']>(
          ['', 'before'],
          ['$', 'before'],
          ['€ ', 'before'],
          ['EUR ', 'before'],
          ['USD', 'before'],
          ['£', 'before'],
          ['€', 'after'],
          [`${NBSP}€`, 'after'],
          [' EUR', 'after'],
        ),
        fc.constantFrom('-', MINUS),
        fc.boolean(),
        (amount, style, [currency, position], minus, signAfterCurrency) => {
          const number = formatCents(amount, style);
          const sign = amount < 0n ? minus : '';
          let text = `${sign}${currency}${number}`;
          if (position === 'after') text = `${sign}${number}${currency}`;
          else if (signAfterCurrency) text = `${currency}${sign}${number}`;
          expect(parseUnits(text, style.decimal)).toBe(Number(amount * 100n));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads back what Intl.NumberFormat writes', () => {
    const formats: [string, Intl.NumberFormatOptions, DecimalMark][] = [
      ['en-US', { style: 'currency', currency: 'USD' }, '.'],
      ['en-GB', { style: 'currency', currency: 'GBP' }, '.'],
      ['fr-FR', { style: 'currency', currency: 'EUR' }, ','],
      ['de-DE', { style: 'currency', currency: 'EUR' }, ','],
      ['de-AT', { style: 'currency', currency: 'EUR' }, ','],
      ['nl-NL', { style: 'currency', currency: 'EUR' }, ','],
      ['de-CH', { style: 'currency', currency: 'CHF' }, '.'],
      ['sv-SE', { style: 'currency', currency: 'SEK', currencyDisplay: 'code' }, ','],
      ['en-US', { style: 'currency', currency: 'EUR', currencyDisplay: 'code' }, '.'],
      ['fr-CH', { minimumFractionDigits: 2 }, ','],
      ['es-ES', { minimumFractionDigits: 2 }, ','],
      ['nb-NO', { minimumFractionDigits: 2 }, ','],
    ];
    fc.assert(
      fc.property(cents, fc.constantFrom(...formats), (amount, [locale, options, decimal]) => {
        const format = new Intl.NumberFormat(locale, options);
        const magnitude = (amount < 0n ? -amount : amount).toString().padStart(3, '0');
        const decimalText = `${amount < 0n ? '-' : ''}${magnitude.slice(0, -2)}.${magnitude.slice(-2)}`;
        // Intl reads a decimal string exactly (no binary fraction in between).
        const text = format.format(decimalText as `${number}`);
        expect(parseUnits(text, decimal)).toBe(Number(amount * 100n));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws and returns only null, a failure singleton or a safe integer', () => {
    const failures: unknown[] = Object.values(NUMBER_FAILURE);
    const numberish = fc.string({
      unit: fc.constantFrom(..."0123456789.,,  -+%eE$€\u00a0\u202f\u2212'UDSx".split('')),
      maxLength: 24,
    });
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), numberish), fc.constantFrom<DecimalMark>('.', ','), (text, decimal) => {
        const result = parseUnits(text, decimal);
        if (result === null) return;
        if (typeof result === 'number') expect(Number.isSafeInteger(result)).toBe(true);
        else expect(failures).toContain(result);
        expect([undefined, '.', ',']).toContain(sniffDecimalMark(text));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with an exact BigInt reading of digits, marks, signs, exponents and percent', () => {
    const text = fc.string({ unit: fc.constantFrom(...'0123456789999.,,, -+%e'.split('')), maxLength: 26 });
    fc.assert(
      fc.property(text, fc.constantFrom<DecimalMark>('.', ','), (input, decimal) => {
        expect(outcome(parseUnits(input, decimal))).toBe(referenceUnits(input, decimal));
      }),
      { numRuns: 500 },
    );
    // Random strings rarely hit the limits; these do.
    const near = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 8 }), fc.integer({ min: -6, max: 6 }));
    fc.assert(
      fc.property(near, ([digits, fraction, exponent]) => {
        const all = digits.toString().padStart(fraction + 1, '0');
        const input = `${all.slice(0, all.length - fraction)}.${all.slice(all.length - fraction)}e${exponent}`;
        expect(outcome(parseUnits(input, '.'))).toBe(referenceUnits(input, '.'));
      }),
      { numRuns: 500 },
    );
  });
});

/**
 * An independent reading for the alphabet `0-9 . , space - + % e`: a regular expression for the
 * accepted shapes and BigInt arithmetic for the value. Too large when the integer part of the value
 * exceeds the safe range, otherwise too precise when it has a fifth non-zero decimal.
 */
function referenceUnits(input: string, decimal: DecimalMark): Expected {
  const text = input.trim();
  if (text === '' || text === '-' || text === '--') return null;
  const mark = decimal === '.' ? '\\.' : ',';
  const group = decimal === '.' ? '[, ]' : '[. ]';
  const shape = new RegExp(`^([+-])?(?:([1-9]\\d{0,2}(${group})\\d{3}(?:\\3\\d{3})*)|(\\d*))(?:${mark}(\\d*))?(?:e([+-]?\\d+))?( *%)?$`);
  const match = shape.exec(text);
  if (match === null) return 'syntax';
  const [, sign, grouped, , plain, fraction = '', exponentText] = match;
  const integerDigits = grouped === undefined ? plain! : grouped.replace(/[^0-9]/g, '');
  if (integerDigits === '' && fraction === '') return 'syntax';
  if (grouped !== undefined && exponentText !== undefined) return 'syntax';
  const mantissa = BigInt(integerDigits + fraction || '0');
  if (mantissa === 0n) return 0;
  const exponent = Number(exponentText ?? '0');
  if (exponent > 100) return 'too-large';
  if (exponent < -100) return 'too-precise';
  const shift = 4 - fraction.length + exponent;
  const whole = shift >= 0 ? mantissa * 10n ** BigInt(shift) : mantissa / 10n ** BigInt(-shift);
  if (whole > BigInt(MAX)) return 'too-large';
  if (shift < 0 && mantissa % 10n ** BigInt(-shift) !== 0n) return 'too-precise';
  return sign === '-' ? -Number(whole) : Number(whole);
}
