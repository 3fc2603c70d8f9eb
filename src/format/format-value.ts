import type { Language } from '../model/language.js';

/** What every human-facing renderer prints for a figure that does not exist (a zero denominator). */
export const NOT_AVAILABLE = 'n/a';

/**
 * The one place a report language becomes a number locale. French output is what Intl gives (ICU's
 * CLDR data): digits grouped with a narrow no-break space (U+202F) and a no-break space (U+00A0)
 * before `%` and `€`, so `1 234,56 €` never breaks across lines; tests pin those characters.
 */
const LOCALES: Readonly<Record<Language, string>> = { en: 'en-US', fr: 'fr-FR' };

/*
 * `signDisplay: 'negative'` keeps a figure that rounds to zero from printing as "-0.00"; the signed
 * ratio uses 'exceptZero' for the same reason ("0.0%", never "+0.0%" or "-0.0%").
 */
const STYLES = {
  money: { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'negative' },
  count: { minimumFractionDigits: 0, maximumFractionDigits: 2, signDisplay: 'negative' },
  signedPercent: { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' },
  percent: { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'negative' },
  wholePercent: { style: 'percent', maximumFractionDigits: 0, signDisplay: 'negative' },
  finePercent: { style: 'percent', maximumFractionDigits: 3, signDisplay: 'negative' },
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

/** Money with its currency, for prose and key figures: `€1,234.50`, `1 234,50 €`. */
export function formatAmount(value: number | null, currency: string, language: Language): string {
  if (value === null || !Number.isFinite(value)) return NOT_AVAILABLE;
  const key = `${language}:currency:${currency}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], { ...STYLES.money, style: 'currency', currency });
    formats.set(key, format);
  }
  return format.format(value);
}

/** A calendar date `YYYY-MM-DD` as prose writes it: ISO in English, `30/09/2026` in French. */
export function formatDate(date: string, language: Language): string {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!parts || language === 'en') return date;
  return `${parts[3]}/${parts[2]}/${parts[1]}`;
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

/** A share to the whole per cent, where decimals would claim a precision it has not: 0.347 → `35%`. */
export function formatWholePercent(value: number | null, language: Language): string {
  return format(value, 'wholePercent', language);
}

/** A small rate as written in a profile, to a thousandth of a per cent: 0.0009 → `0.09%`. */
export function formatFinePercent(value: number | null, language: Language): string {
  return format(value, 'finePercent', language);
}

/** A plain figure to two decimals, such as a mean on a 1–5 scale: `3.50`. */
export function formatDecimal(value: number | null, language: Language): string {
  return format(value, 'twoDecimals', language);
}

/** A 0–100 score: `71`. */
export function formatScore(value: number | null, language: Language): string {
  return format(value, 'whole', language);
}

const lists = new Map<Language, Intl.ListFormat>();

/** Names joined as the language joins them: `LinkedIn, Meta, and X`, `LinkedIn, Meta et X`. */
export function formatList(items: readonly string[], language: Language): string {
  let list = lists.get(language);
  if (!list) {
    list = new Intl.ListFormat(LOCALES[language], { type: 'conjunction' });
    lists.set(language, list);
  }
  return list.format(items);
}
