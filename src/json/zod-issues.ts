import { z } from 'zod';
import { keyPath, type ProfileIssue, showValue, unknownKeyMessage } from './key-issues.js';

/**
 * zod issues on a user's file (profile or configuration) as one-line messages, unknown keys first: a misspelt key is
 * usually also the reason another key is missing, so it is the one worth reading first.
 */
export function describeIssues(
  schema: z.ZodType,
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  topKeys: readonly string[] = [],
): ProfileIssue[] {
  const unknown: ProfileIssue[] = [];
  const others: ProfileIssue[] = [];
  for (const issue of issues) {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      const candidates = objectKeysAt(schema, path, topKeys);
      for (const key of issue.keys) unknown.push({ path: [...path, key], message: unknownKeyMessage([...path, key], candidates) });
    } else {
      // Each schema message names what was expected.
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
function objectKeysAt(schema: z.ZodType, path: readonly string[], topKeys: readonly string[]): string[] {
  let node: z.ZodType | undefined = schema;
  // An index in the path steps into a list's items (`mappings.0.columns`).
  for (const key of path) node = node instanceof z.ZodArray ? (node.element as z.ZodType) : unwrapped(objectOf(node)?.shape[key]);
  const keys = Object.keys(objectOf(node)?.shape ?? {});
  return path.length === 0 ? [...keys, ...topKeys] : keys;
}

function objectOf(node: z.ZodType | undefined): z.ZodObject | undefined {
  const inner = unwrapped(node);
  return inner instanceof z.ZodObject ? inner : undefined;
}

function unwrapped(node: z.ZodType | undefined): z.ZodType | undefined {
  return node instanceof z.ZodOptional ? (node.unwrap() as z.ZodType) : node;
}
