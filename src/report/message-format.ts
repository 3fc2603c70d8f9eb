/** An amount in a message, written as the language writes money (`1,234.50`, `1 234,50`). */
export function money(amount: string | number | undefined, locale: 'en-US' | 'fr-FR'): string {
  const value = Number(amount);
  return Number.isFinite(value) ? value.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : String(amount);
}
