/** An amount in a message, written as the language writes money (`1,234.50`, `1 234,50`). */
export function money(amount: string | number | undefined, locale: 'en-US' | 'fr-FR'): string {
  const value = Number(amount);
  return Number.isFinite(value) ? value.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : String(amount);
}

/** A count or small ratio in a message (`12,840`, `2.5`; `12 840`, `2,5`). */
export function count(value: string | number | undefined, locale: 'en-US' | 'fr-FR'): string {
  const number = Number(value);
  return Number.isFinite(number) ? number.toLocaleString(locale, { maximumFractionDigits: 2 }) : String(value);
}

/** `1 month`, `3 months`: a count and its noun (French counts 0 and 1 as singular). */
export function plural(value: string | number | undefined, one: string, other: string, locale: 'en-US' | 'fr-FR'): string {
  const number = Number(value);
  const singular = locale === 'fr-FR' ? Math.abs(number) < 2 : number === 1;
  return `${count(value, locale)} ${singular ? one : other}`;
}
