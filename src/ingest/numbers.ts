/**
 * Reads one number cell of an export into exact units (see model/exact.ts). This runs on every
 * numeric cell of every input (about ten million per run), so it is made of char-code scans that
 * allocate nothing (no regex, no substring, no exception): a tight loop for the shapes nearly all
 * cells have, and a general one for the rest. The digits are accumulated as an integer and scaled
 * by powers of ten at the end, so `0.1` is 1000 units exactly and never goes through a binary
 * fraction.
 */
import { DECIMALS, MAX_UNITS } from '../model/exact.js';

export type DecimalMark = '.' | ',';

export interface NumberFailure {
  readonly reason: 'syntax' | 'too-large' | 'too-precise';
}

/** Singletons, so that a failure costs no allocation and can be compared with `===`. */
export const NUMBER_FAILURE = Object.freeze({
  syntax: Object.freeze({ reason: 'syntax' }) as NumberFailure,
  tooLarge: Object.freeze({ reason: 'too-large' }) as NumberFailure,
  tooPrecise: Object.freeze({ reason: 'too-precise' }) as NumberFailure,
});

export function isNumberFailure(value: number | null | NumberFailure): value is NumberFailure {
  return typeof value === 'object' && value !== null;
}

const SYNTAX = NUMBER_FAILURE.syntax;
const TOO_LARGE = NUMBER_FAILURE.tooLarge;
const TOO_PRECISE = NUMBER_FAILURE.tooPrecise;

// Exact powers of ten; 10^15 is the largest that can divide or multiply a safe integer usefully.
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15] as const;
const MAX_POW = POW10.length - 1;
// Any exponent beyond this makes a non-zero value too large or too precise anyway.
const EXPONENT_CAP = 10_000;

const TAB = 0x09;
const SPACE = 0x20;
const NBSP = 0xa0;
const NARROW_NBSP = 0x202f;
const PLUS = 0x2b;
const HYPHEN_MINUS = 0x2d;
const MINUS_SIGN = 0x2212;
const EM_DASH = 0x2014;
const DOT = 0x2e;
const COMMA = 0x2c;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const PERCENT = 0x25;
const DOLLAR = 0x24;
const DIGIT_0 = 0x30;

/**
 * The value of a cell in units; `null` when the cell says "no value"; a failure otherwise.
 *
 * Accepted: surrounding blanks; one sign (`+`, `-`, U+2212) before the digits, before or after a
 * leading currency; one currency (a symbol, three capital letters, or `US$`-like) before or after
 * the digits, with or without blanks between; or a trailing `%` (the value is kept as written:
 * `3.45%` is 3.45); thousands grouping that is valid for the decimal mark; Excel scientific
 * notation without grouping. A value whose integer part is beyond the safe range is too large,
 * whatever its decimals; otherwise a fifth non-zero decimal makes it too precise.
 */
export function parseUnits(text: string, decimal: DecimalMark): number | null | NumberFailure {
  const common = decimal === '.' ? parseCommon(text, DOT, COMMA) : parseCommon(text, COMMA, DOT);
  return Number.isNaN(common) ? parseGeneral(text, decimal) : common;
}

/**
 * The bulk of all cells in one tight loop: `[-]digits[mark digits][%]`, grouped by `,` (decimal
 * dot) or `.` (decimal comma), with at most 15 digits and 4 decimals. NaN when the cell has any
 * other shape, for parseGeneral to read or reject; both agree on every cell this one accepts.
 */
function parseCommon(text: string, decimalCode: number, groupCode: number): number {
  let length = text.length;
  if (length > 0 && text.charCodeAt(length - 1) === PERCENT) length--;
  let i = 0;
  let negative = false;
  if (length > 0 && text.charCodeAt(0) === HYPHEN_MINUS) {
    negative = true;
    i = 1;
  }
  const leadingZero = text.charCodeAt(i) === DIGIT_0;
  let acc = 0;
  let digits = 0;
  let fractionDigits = -1;
  let grouped = false;
  let groupLength = 0;
  for (; i < length; i++) {
    const c = text.charCodeAt(i);
    const d = c - DIGIT_0;
    if (d >= 0 && d <= 9) {
      acc = acc * 10 + d;
      digits++;
      if (fractionDigits >= 0) fractionDigits++;
      else groupLength++;
    } else if (c === decimalCode && fractionDigits < 0 && (!grouped || groupLength === 3)) {
      fractionDigits = 0;
    } else if (
      c === groupCode &&
      fractionDigits < 0 &&
      (grouped ? groupLength === 3 : groupLength >= 1 && groupLength <= 3 && !leadingZero)
    ) {
      grouped = true;
      groupLength = 0;
    } else return NaN;
  }
  if (digits === 0 || digits > 15 || fractionDigits > DECIMALS) return NaN;
  if (grouped && fractionDigits < 0 && groupLength !== 3) return NaN;
  // At most 15 digits, so acc is exact, and so is the product whenever it is safe.
  const units = acc * POW10[fractionDigits < 0 ? DECIMALS : DECIMALS - fractionDigits]!;
  if (units > MAX_UNITS) return NaN;
  return negative && units !== 0 ? -units : units;
}

function parseGeneral(text: string, decimal: DecimalMark): number | null | NumberFailure {
  let start = 0;
  let end = text.length;
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  if (start === end || isMissingMarker(text, start, end)) return null;

  let i = start;
  let negative = false;
  const signed = isSign(text.charCodeAt(i));
  if (signed) negative = text.charCodeAt(i++) !== PLUS;
  const prefix = currencyLength(text, i, end);
  if (prefix > 0) {
    i += prefix;
    while (i < end && isBlank(text.charCodeAt(i))) i++;
    if (!signed && isSign(text.charCodeAt(i))) negative = text.charCodeAt(i++) !== PLUS;
  }

  // Mantissa: every digit goes into `acc` until one more would leave the safe range; the digits
  // after that are only counted (`lost`), and remembered if any is not zero.
  const decimalCode = decimal === '.' ? DOT : COMMA;
  let acc = 0;
  let lost = 0;
  let lostNonZero = false;
  let digits = 0;
  let fractionDigits = 0;
  let inFraction = false;
  let groupChar = 0;
  let groupLength = 0;
  let leadingZero = false;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    const d = c - DIGIT_0;
    if (d >= 0 && d <= 9) {
      if (digits === 0) leadingZero = d === 0;
      digits++;
      if (inFraction) fractionDigits++;
      else groupLength++;
      if (lost === 0) {
        const next = acc * 10 + d;
        // Exact whenever the true value is safe; when it is not, rounding cannot bring it back.
        if (next <= MAX_UNITS) acc = next;
        else lost = 1;
      } else lost++;
      if (lost > 0 && d !== 0) lostNonZero = true;
    } else if (c === decimalCode) {
      if (inFraction || (groupChar !== 0 && groupLength !== 3)) return SYNTAX;
      inFraction = true;
    } else if (!inFraction && isGroupSeparator(c, decimal) && i + 1 < end && isDigit(text.charCodeAt(i + 1))) {
      if (groupChar === 0) {
        // A formatter never writes `0,310` or `1234,567`: such a cell is not grouped digits.
        if (groupLength === 0 || groupLength > 3 || leadingZero) return SYNTAX;
        groupChar = c;
      } else if (c !== groupChar || groupLength !== 3) return SYNTAX;
      groupLength = 0;
    } else break;
  }
  if (digits === 0 || (!inFraction && groupChar !== 0 && groupLength !== 3)) return SYNTAX;

  let exponent = 0;
  if (i < end && (text.charCodeAt(i) === 0x45 || text.charCodeAt(i) === 0x65)) {
    const exponentEnd = scanExponent(text, i + 1, end);
    if (exponentEnd > 0) {
      if (groupChar !== 0) return SYNTAX;
      exponent = exponentValue(text, i + 1, exponentEnd);
      i = exponentEnd;
    }
  }

  if (i < end && !hasValidSuffix(text, i, end, prefix > 0)) return SYNTAX;

  const units = scale(acc, lost, lostNonZero, DECIMALS - fractionDigits + exponent);
  if (typeof units !== 'number') return units;
  return negative && units !== 0 ? -units : units;
}

/**
 * What one cell says about its file's decimal mark: the mark under which it reads as a number
 * when the other mark cannot read it. `1,234` reads under both and says nothing; a caller counts
 * the evidence over many cells.
 */
export function sniffDecimalMark(text: string): DecimalMark | undefined {
  const asDot = readable(parseUnits(text, '.'));
  const asComma = readable(parseUnits(text, ','));
  if (asDot === asComma) return undefined;
  return asDot ? '.' : ',';
}

function readable(result: number | null | NumberFailure): boolean {
  return result !== null && result !== SYNTAX;
}

/** acc × 10^shift (with `lost` digits dropped after acc), exactly, or a failure. */
function scale(acc: number, lost: number, lostNonZero: boolean, shift: number): number | NumberFailure {
  if (acc === 0) return 0;
  if (shift >= 0) {
    // A dropped digit means the digits alone already exceed the safe range.
    if (lost > 0 || shift > MAX_POW) return TOO_LARGE;
    const units = acc * POW10[shift]!;
    return units <= MAX_UNITS ? units : TOO_LARGE;
  }
  const cut = -shift;
  if (lost > cut) return TOO_LARGE;
  if (lostNonZero) return TOO_PRECISE;
  const rest = cut - lost;
  // acc < 10^16, so it cannot be a multiple of a larger power of ten.
  if (rest > MAX_POW) return TOO_PRECISE;
  const divisor = POW10[rest]!;
  return acc % divisor === 0 ? acc / divisor : TOO_PRECISE;
}

/** End of an exponent `[+-]digits` starting at `i`, or 0 when there is none. */
function scanExponent(text: string, i: number, end: number): number {
  if (i < end && (text.charCodeAt(i) === PLUS || text.charCodeAt(i) === HYPHEN_MINUS)) i++;
  if (i >= end || !isDigit(text.charCodeAt(i))) return 0;
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  return i;
}

function exponentValue(text: string, from: number, to: number): number {
  const negative = text.charCodeAt(from) === HYPHEN_MINUS;
  let value = 0;
  for (let i = isDigit(text.charCodeAt(from)) ? from : from + 1; i < to; i++) {
    value = Math.min(value * 10 + text.charCodeAt(i) - DIGIT_0, EXPONENT_CAP);
  }
  return negative ? -value : value;
}

/** After the digits: optional blanks, then a `%` or (if none came first) a currency, then the end. */
function hasValidSuffix(text: string, i: number, end: number, hasPrefixCurrency: boolean): boolean {
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === PERCENT) return i + 1 === end && !hasPrefixCurrency;
  return !hasPrefixCurrency && currencyLength(text, i, end) === end - i;
}

/**
 * Length of a currency marker at `i`, or 0: one currency symbol, an ISO-like code of three capital
 * letters not followed by another letter, or one or two capitals before `$` (`US$`, `R$`).
 */
function currencyLength(text: string, i: number, end: number): number {
  if (i >= end) return 0;
  const c = text.charCodeAt(i);
  if (isCurrencySymbol(c)) return 1;
  let capitals = 0;
  while (capitals < 3 && i + capitals < end && isCapital(text.charCodeAt(i + capitals))) capitals++;
  if (capitals === 3) return i + 3 < end && isLetter(text.charCodeAt(i + 3)) ? 0 : 3;
  if (capitals > 0 && i + capitals < end && text.charCodeAt(i + capitals) === DOLLAR) return capitals + 1;
  return 0;
}

/** `-`, `--`, `—`, `N/A`, `n/a`: how exports say that a figure does not apply. */
function isMissingMarker(text: string, start: number, end: number): boolean {
  const length = end - start;
  const c = text.charCodeAt(start);
  if (length === 1) return c === HYPHEN_MINUS || c === EM_DASH;
  if (length === 2) return c === HYPHEN_MINUS && text.charCodeAt(start + 1) === HYPHEN_MINUS;
  if (length !== 3 || text.charCodeAt(start + 1) !== 0x2f) return false;
  const last = text.charCodeAt(start + 2);
  return (c === 0x4e && last === 0x41) || (c === 0x6e && last === 0x61);
}

function isGroupSeparator(c: number, decimal: DecimalMark): boolean {
  if (c === SPACE || c === NBSP || c === NARROW_NBSP) return true;
  // Swiss grouping is an apostrophe, typed as ASCII or produced by formatters as U+2019.
  return decimal === '.' ? c === COMMA || c === APOSTROPHE || c === RIGHT_QUOTE : c === DOT;
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB || c === NBSP || c === NARROW_NBSP;
}

function isSign(c: number): boolean {
  return c === HYPHEN_MINUS || c === PLUS || c === MINUS_SIGN;
}

function isDigit(c: number): boolean {
  return c >= DIGIT_0 && c <= 0x39;
}

function isCapital(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

function isLetter(c: number): boolean {
  return isCapital(c) || (c >= 0x61 && c <= 0x7a);
}

/** `$`, `£`, `¥`, and the Unicode currency block (`€`, `₹`, `₩`, `₽`, …). */
function isCurrencySymbol(c: number): boolean {
  return c === DOLLAR || c === 0xa3 || c === 0xa5 || (c >= 0x20a0 && c <= 0x20cf);
}
