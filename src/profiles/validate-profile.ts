import { z } from 'zod';
import { profileSchema, type Profile } from '../model/profile.js';
import { LOADER_KEYS, keyPath, showValue, unknownKeyMessage, type ProfileIssue } from './profile-errors.js';

/*
 * Validation of a merged profile with zod. It lives apart from the loader because zod is the
 * slowest module to load, and a run on built-in profiles alone (checked by the test suite) needs none.
 */

export type Checked = { ok: true; profile: Profile } | { ok: false; issues: ProfileIssue[] };

export function checkProfile(merged: unknown): Checked {
  const result = profileSchema.safeParse(merged);
  return result.success ? { ok: true, profile: result.data } : { ok: false, issues: describeIssues(result.error.issues, merged) };
}

/**
 * zod issues on a merged profile as one-line messages, unknown keys first: a misspelt key is
 * usually also the reason another key is missing, so it is the one worth reading first.
 */
function describeIssues(issues: readonly z.core.$ZodIssue[], input: unknown): ProfileIssue[] {
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
