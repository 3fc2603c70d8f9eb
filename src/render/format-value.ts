import type { Language } from '../report/messages.js';

/** What every human-facing renderer prints for a figure that does not exist (a zero denominator). */
export const NOT_AVAILABLE = 'n/a';

/** The one place a report language becomes a number locale. */
const LOCALES: Readonly<Record<Language, string>> = { en: 'en-US' };

/*
 * `signDisplay: 'negative'` keeps a figure that rounds to zero from printing as "-0.00"; the signed
 * ratio uses 'exceptZero' for the same reason ("0.0%", never "+0.0%" or "-0.0%").
 */
const STYLES = {
  money: { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'negative' },
  count: { minimumFractionDigits: 0, maximumFractionDigits: 2, signDisplay: 'negative' },
  signedPercent: { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' },
  percent: { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'negative' },
  twoDecimals: { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'negative' },
  whole: { maximumFractionDigits: 0, signDisplay: 'negative' },
} satisfies Record<string, Intl.NumberFormatOptions>;

type Style = keyof typeof STYLES;

// Building an Intl.NumberFormat costs far more than using one, and a table formats thousands of cells.
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(style: Style, language: Language): Intl.NumberFormat {
  const key = `${language}:${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], STYLES[style]);
    formats.set(key, format);
  }
  return format;
}

function format(value: number | null, style: Style, language: Language, suffix = ''): string {
  if (value === null || !Number.isFinite(value)) return NOT_AVAILABLE;
  return numberFormat(style, language).format(value) + suffix;
}

/** Money without a currency symbol (tables state the currency once): `-1,234.50`. */
export function formatMoney(value: number | null, language: Language): string {
  return format(value, 'money', language);
}

/** Counts can be fractional (Google Ads reports 0.25 conversions): `421,676`, `410.25`. */
export function formatCount(value: number | null, language: Language): string {
  return format(value, 'count', language);
}

/** A return such as ROI, signed so a loss cannot be misread: 0.2534 → `+25.3%`. */
export function formatRatio(value: number | null, language: Language): string {
  return format(value, 'signedPercent', language);
}

/** Return on ad spend as a multiple: `0.89×`. */
export function formatRoas(value: number | null, language: Language): string {
  return format(value, 'twoDecimals', language, '×');
}

/** A per-impression rate per 1,000 impressions, the unit being named by the table: 0.00133 → `1.33`. */
export function formatPerThousand(value: number | null, language: Language): string {
  return format(value === null ? null : value * 1000, 'twoDecimals', language);
}

/** A share of a whole, such as growth against the audience: 0.018 → `1.80%`. */
export function formatPercent(value: number | null, language: Language): string {
  return format(value, 'percent', language);
}

/** A 0–100 score: `71`. */
export function formatScore(value: number | null, language: Language): string {
  return format(value, 'whole', language);
}
