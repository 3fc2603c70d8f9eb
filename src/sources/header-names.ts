/**
 * Header cells are compared after folding the differences that exports really show: case, BOMs,
 * non-breaking and repeated spaces, full-width parentheses (TikTok's `（Ad level）`), Unicode
 * normalisation, and UTF-8 that was once read as Latin-1 and saved again (`Montant dÃ©pensÃ©`).
 * No fuzzy or prefix matching: `Cost / conv.` must never be read as `Cost`.
 */
export function normalizeHeader(cell: string): string {
  return repairMojibake(cell)
    .normalize('NFKC')
    .replace(/\uFEFF/g, '')
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A UTF-8 lead byte (Ã, Â…) read as Latin-1, followed by a continuation byte read the same way. */
const MOJIBAKE = /[\u00C2-\u00F4][\u0080-\u00BF]/;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The text the bytes meant, when they decode as UTF-8 once taken back to Latin-1; else the text as it is. */
function repairMojibake(text: string): string {
  if (!MOJIBAKE.test(text)) return text;
  const bytes = Uint8Array.from(text, (char) => char.charCodeAt(0));
  if (bytes.some((byte, i) => byte !== text.charCodeAt(i))) return text;
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return text;
  }
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
