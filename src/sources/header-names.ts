/**
 * Header cells are compared after folding the differences that exports really show: case, BOMs,
 * non-breaking and repeated spaces, full-width parentheses (TikTok's `（Ad level）`) and Unicode
 * normalisation. No fuzzy or prefix matching: `Cost / conv.` must never be read as `Cost`.
 */
export function normalizeHeader(cell: string): string {
  return cell
    .normalize('NFKC')
    .replace(/\uFEFF/g, '')
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** `amount spent (cur)` in an alias table stands for any ISO currency code in parentheses. */
const CURRENCY_PLACEHOLDER = '(cur)';

export interface AliasHit {
  currency?: string;
}

export function matchAlias(normalized: string, alias: string): AliasHit | undefined {
  if (!alias.endsWith(CURRENCY_PLACEHOLDER)) return normalized === alias ? {} : undefined;
  const stem = alias.slice(0, -CURRENCY_PLACEHOLDER.length);
  if (!normalized.startsWith(stem)) return undefined;
  const rest = normalized.slice(stem.length);
  const code = /^\(([a-z]{3})\)$/.exec(rest);
  return code ? { currency: code[1]!.toUpperCase() } : undefined;
}
