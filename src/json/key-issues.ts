/** One thing wrong with a profile: where (the key path in the merged profile) and the line to show. */
export interface ProfileIssue {
  path: readonly string[];
  message: string;
}

/** `extends` is read by the loader before validation, so the schema does not list it. */
export const LOADER_KEYS = ['extends'];

/** `values.lead`; a key with other characters is quoted, so that even a stray newline stays on one line. */
export function keyPath(path: readonly PropertyKey[]): string {
  return path.map((key) => (/^[\w-]+$/.test(String(key)) ? String(key) : JSON.stringify(String(key)))).join('.');
}

/** How a given value reads after "got": strings quoted, numbers as is, no multi-line dump of objects. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  return String(value);
}

/** The candidate a typo most likely meant: same letters in another case, or at most two edits away. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const sameLetters = candidates.find((candidate) => candidate.toLowerCase() === word.toLowerCase());
  if (sameLetters !== undefined) return sameLetters;
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance <= 2 && (best === undefined || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

export function unknownKeyMessage(path: readonly string[], candidates: readonly string[]): string {
  const key = path[path.length - 1] ?? '';
  const guess = suggest(key, candidates);
  return `${keyPath(path)}: unknown key${guess === undefined ? '' : ` (did you mean "${guess}"?)`}`;
}
