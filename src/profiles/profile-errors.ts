import { z } from 'zod';
import { profileSchema } from '../model/profile.js';

/** One thing wrong with a profile: where (the key path in the merged profile) and the line to show. */
export interface ProfileIssue {
  path: readonly string[];
  message: string;
}

/** `extends` is read by the loader before validation, so the schema does not list it. */
const LOADER_KEYS = ['extends'];

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

/**
 * zod issues on a merged profile as one-line messages, unknown keys first: a misspelt key is
 * usually also the reason another key is missing, so it is the one worth reading first.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], input: unknown): ProfileIssue[] {
  const unknown: ProfileIssue[] = [];
  const others: ProfileIssue[] = [];
  for (const issue of issues) {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      const candidates = objectKeysAt(path);
      for (const key of issue.keys) unknown.push({ path: [...path, key], message: unknownKeyMessage([...path, key], candidates) });
    } else {
      // Each schema message names what was expected (model/profile.ts).
      others.push({ path, message: `${keyPath(path)}: expected ${issue.message}, got ${showValue(valueAt(input, path))}` });
    }
  }
  return [...unknown, ...others];
}

function valueAt(input: unknown, path: readonly string[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The keys the schema allows in the object at `path`: the did-you-mean candidates. */
function objectKeysAt(path: readonly string[]): string[] {
  let node: z.ZodType | undefined = profileSchema;
  for (const key of path) node = objectOf(node)?.shape[key];
  const keys = Object.keys(objectOf(node)?.shape ?? {});
  return path.length === 0 ? [...keys, ...LOADER_KEYS] : keys;
}

function objectOf(node: z.ZodType | undefined): z.ZodObject | undefined {
  const inner = node instanceof z.ZodOptional ? node.unwrap() : node;
  return inner instanceof z.ZodObject ? inner : undefined;
}
