import { SocialRoiError } from '../model/errors.js';
import type { HeaderLanguage } from '../model/header-language.js';
import { inputError } from '../model/problem.js';
import { matchAlias, normalizeHeader } from './header-names.js';

/** Header aliases of one column role, by UI language. Kept as data, one table per source. */
export type AliasTable<Role extends string> = Record<Role, Partial<Record<HeaderLanguage, readonly string[]>>>;

export interface Binding<Role extends string> {
  /** Column index of each role the header has. */
  index: Partial<Record<Role, number>>;
  language: HeaderLanguage;
  /** A currency stated in a header such as `Amount spent (EUR)`. */
  headerCurrency: string | undefined;
  matched: number;
  total: number;
}

export function bindColumns<Role extends string>(
  headers: readonly string[],
  aliases: AliasTable<Role>,
  fallbackLanguage: HeaderLanguage = 'en',
): Binding<Role> {
  const normalized = headers.map(normalizeHeader);
  const index: Partial<Record<Role, number>> = {};
  const votes = new Map<HeaderLanguage, number>();
  let headerCurrency: string | undefined;
  let matched = 0;
  const roles = Object.keys(aliases) as Role[];
  for (const role of roles) {
    const hit = findRole(normalized, aliases[role]);
    if (!hit) continue;
    index[role] = hit.column;
    matched++;
    headerCurrency ??= hit.currency;
    if (hit.languages.length === 1) votes.set(hit.languages[0]!, (votes.get(hit.languages[0]!) ?? 0) + 1);
  }
  return { index, language: topVote(votes) ?? fallbackLanguage, headerCurrency, matched, total: roles.length };
}

interface RoleHit {
  column: number;
  currency: string | undefined;
  languages: HeaderLanguage[];
}

/** The first column matching any alias; aliases earlier in a list win over later ones. */
function findRole(normalized: readonly string[], byLanguage: Partial<Record<HeaderLanguage, readonly string[]>>): RoleHit | undefined {
  let best: (RoleHit & { rank: number }) | undefined;
  for (const [language, list] of Object.entries(byLanguage) as [HeaderLanguage, readonly string[]][]) {
    list.forEach((alias, rank) => {
      normalized.forEach((cell, column) => {
        const hit = matchAlias(cell, alias);
        if (!hit) return;
        if (best && best.column === column) {
          if (!best.languages.includes(language)) best.languages.push(language);
          return;
        }
        if (!best || rank < best.rank || (rank === best.rank && column < best.column)) {
          best = { column, currency: hit.currency, languages: [language], rank };
        }
      });
    });
  }
  return best;
}

function topVote(votes: Map<HeaderLanguage, number>): HeaderLanguage | undefined {
  let top: HeaderLanguage | undefined;
  let count = 0;
  for (const [language, n] of votes) {
    if (n > count) {
      top = language;
      count = n;
    }
  }
  return top;
}

/**
 * Column index → the role it is read as. A role such as `shares+reposts` (a second column summed
 * into a metric) is shown as its metric.
 */
export function rolesByColumn<Role extends string>(binding: Binding<Role>): Record<number, string> {
  const roles: Record<number, string> = {};
  for (const [role, column] of Object.entries(binding.index) as [Role, number][]) roles[column] = role.split('+')[0]!;
  return roles;
}

/**
 * Two columns with the same name as one we read would make one of them silently win: refuse that.
 * Duplicates among columns we ignore are harmless (Meta repeats `Result value type`).
 */
export function assertUsedColumnsUnique(headers: readonly string[], used: Iterable<number>, file: string, headerLine: number): void {
  const normalized = headers.map(normalizeHeader);
  for (const column of used) {
    const other = normalized.findIndex((name, i) => i !== column && name === normalized[column]);
    if (other === -1) continue;
    const [first, second] = other < column ? [other, column] : [column, other];
    throw new SocialRoiError(
      inputError(
        'INPUT_DUPLICATE_COLUMN',
        { name: headers[column]!.trim(), other: first + 1 },
        { file, line: headerLine, column: second + 1 },
      ),
    );
  }
}
