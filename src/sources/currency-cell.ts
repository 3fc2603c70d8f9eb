/** An ISO code, null when the cell says nothing, undefined when it is not a currency. */
export function normalizeCurrency(raw: string): string | null | undefined {
  const code = raw.trim().toUpperCase();
  if (code === '' || code === '--') return null;
  return /^[A-Z]{3}$/.test(code) ? code : undefined;
}
