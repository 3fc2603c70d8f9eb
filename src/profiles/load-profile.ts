import { readdir, realpath } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseJsonObject } from '../json/json-file.js';
import { showValue, suggest, unknownKeyMessage } from '../json/key-issues.js';
import { readJsonText } from '../json/read-json-text.js';
import { SocialRoiError } from '../model/errors.js';
import type { Location } from '../model/problem.js';
import { inputError } from '../model/problem.js';
import type { Profile } from '../model/profile.js';

export interface LoadedProfile {
  profile: Profile;
  /** Which profile gave each key ("values.lead"): "built-in b2b-saas" or the file's path. */
  origin: Record<string, string>;
  /** The profiles read, from the one asked for to the last one it extends, named as in `origin`. */
  chain: string[];
}

type Json = null | boolean | number | string | Json[] | JsonObject;
interface JsonObject {
  [key: string]: Json;
}

/** Where a profile reference leads: a built-in data file or a user's file. */
interface Target {
  file: string;
  /** How messages and `origin` name it. */
  label: string;
}

interface Layer extends Target {
  data: JsonObject;
  parent: string | undefined;
}

// Resolved from this module: src/profiles/builtin/ under vitest; once bundled, the module sits in dist/ and
// scripts/build.mjs copies the profiles to dist/builtin/.
const BUILTIN_DIR = fileURLToPath(new URL('./builtin/', import.meta.url));

/** Keys that reach an object's prototype when assigned: never profile keys. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** `cwd` is the folder a profile file named by a relative path is found from. */
export async function loadProfile(ref: string, { cwd }: { cwd: string }): Promise<LoadedProfile> {
  const layers = await readChain(await resolveRef(ref, cwd, cwd, undefined), cwd);
  const origin = new Map<string, string>();
  const merged = layers.reduceRight<JsonObject>((base, layer) => merge(base, layer.data, layer.label, origin, ''), {});
  const chain = layers.map((layer) => layer.label);
  // Built-in profiles are validated by the test suite; only a user's file needs checking at run time.
  if (layers.every((layer) => layer.file.startsWith(BUILTIN_DIR))) {
    return { profile: merged as unknown as Profile, origin: Object.fromEntries(origin), chain };
  }
  const { checkProfile } = await import('./validate-profile.js');
  const result = checkProfile(merged);
  if (!result.ok) {
    const [first, ...rest] = result.issues;
    const more = rest.length === 0 ? '' : ` (and ${rest.length} more)`;
    // A key no profile gave (a missing one) is the asked-for profile's to add.
    const file = (first && originOf(first.path, origin)) ?? chain[0] ?? ref;
    throw profileError('PROFILE_INVALID', `${first?.message ?? 'not a valid profile'}${more}`, { file });
  }
  return { profile: result.profile, origin: Object.fromEntries(origin), chain };
}

export async function listBuiltinProfiles(): Promise<Profile[]> {
  const loaded = await Promise.all((await builtinIds()).map((id) => loadProfile(id, { cwd: BUILTIN_DIR })));
  return loaded.map(({ profile }) => profile).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

async function builtinIds(): Promise<string[]> {
  const names = await readdir(BUILTIN_DIR);
  return names
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

/** A reference with a slash or a .json ending is a path; anything else names a built-in. */
export function isPathRef(ref: string): boolean {
  return /[\\/]/.test(ref) || /\.json$/i.test(ref);
}

/** `baseDir` resolves a path; `cwd` is what labels are relative to; `referrer` is the profile whose `extends` this is. */
async function resolveRef(ref: string, baseDir: string, cwd: string, referrer: Layer | undefined): Promise<Target> {
  if (isPathRef(ref)) {
    const file = resolve(baseDir, ref);
    return { file, label: displayPath(file, cwd) };
  }
  const ids = await builtinIds();
  if (ids.includes(ref)) return { file: join(BUILTIN_DIR, `${ref}.json`), label: `built-in ${ref}` };
  const guess = suggest(ref, ids);
  const hint = `${guess === undefined ? '' : `did you mean "${guess}"? `}built-in profiles: ${ids.join(', ')}`;
  if (referrer === undefined) {
    const message = `no such built-in profile (${hint}; a profile file is given by a path ending in .json)`;
    throw profileError('PROFILE_NOT_FOUND', message, { file: ref });
  }
  throw profileError('PROFILE_NOT_FOUND', `extends: no built-in profile ${JSON.stringify(ref)} (${hint})`, { file: referrer.label });
}

/** A file under the working folder by its relative path; one elsewhere by its whole path, not a climb of `../`. */
function displayPath(file: string, cwd: string): string {
  const path = relative(cwd, file);
  return path === '' || path.startsWith('..') || isAbsolute(path) ? file : path;
}

/** Reads the profile asked for, then each one it extends; a cycle is an error that shows the whole loop. */
async function readChain(top: Target, cwd: string): Promise<Layer[]> {
  const layers: Layer[] = [await readLayer(top, undefined)];
  // Real paths, so that two spellings of one file (or a symlink to it) still close the loop.
  const seen = new Set([await realpath(top.file)]);
  for (let referrer = layers[0]; referrer?.parent !== undefined; referrer = layers[layers.length - 1]) {
    const target = await resolveRef(referrer.parent, dirname(referrer.file), cwd, referrer);
    const layer = await readLayer(target, referrer);
    const identity = await realpath(layer.file);
    if (seen.has(identity)) {
      const loop = [...layers, layer].map((each) => each.label).join(' → ');
      throw profileError('PROFILE_INVALID', `extends cycle: ${loop}`, { file: referrer.label });
    }
    seen.add(identity);
    layers.push(layer);
  }
  return layers;
}

async function readLayer(target: Target, referrer: Layer | undefined): Promise<Layer> {
  const text = await readText(target, referrer);
  const data = parseJsonObject<JsonObject>(text, target.label);
  const forbidden = findForbiddenKey(data, []);
  if (forbidden !== undefined) throw profileError('PROFILE_INVALID', unknownKeyMessage(forbidden, []), { file: target.label });
  const { extends: parent, ...rest } = data;
  if (parent !== undefined && (typeof parent !== 'string' || parent === '')) {
    const message = `extends: expected a built-in profile id or the path of a .json file, got ${showValue(parent)}`;
    throw profileError('PROFILE_INVALID', message, { file: target.label });
  }
  // A file that does not name itself is named after its file, never after the profile it extends.
  const own: JsonObject = Object.hasOwn(rest, 'id') ? rest : { ...rest, id: basename(target.file, extname(target.file)) };
  return { ...target, data: own, parent };
}

async function readText(target: Target, referrer: Layer | undefined): Promise<string> {
  try {
    return await readJsonText(target.file, target.label, 'PROFILE_INVALID');
  } catch (error) {
    if (error instanceof SocialRoiError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      if (referrer === undefined) throw profileError('PROFILE_NOT_FOUND', 'no such file', { file: target.label });
      throw profileError('PROFILE_NOT_FOUND', `extends: no such file ${JSON.stringify(target.label)}`, { file: referrer.label });
    }
    if (code === undefined) throw error;
    throw profileError('PROFILE_INVALID', `cannot read the file (${code})`, { file: target.label });
  }
}

/** Arrays are not searched: they replace whole in a merge, and no profile key holds one. */
function findForbiddenKey(value: Json, at: string[]): string[] | undefined {
  if (!isObject(value)) return undefined;
  for (const [key, child] of Object.entries(value)) {
    if (FORBIDDEN_KEYS.has(key)) return [...at, key];
    const found = findForbiddenKey(child, [...at, key]);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Lays `over` on `base`: objects merge key by key, anything else replaces. `origin` keeps, for every
 * leaf, the profile that gave it, so an error can name the file that introduced a bad key.
 */
function merge(base: JsonObject, over: JsonObject, label: string, origin: Map<string, string>, prefix: string): JsonObject {
  const result = new Map(Object.entries(base));
  for (const [key, value] of Object.entries(over)) {
    const at = prefix === '' ? key : `${prefix}.${key}`;
    const current = result.get(key);
    if (isObject(current) && isObject(value)) {
      result.set(key, merge(current, value, label, origin, at));
    } else {
      forget(origin, at);
      remember(value, at, label, origin);
      result.set(key, value);
    }
  }
  // Object.fromEntries defines own properties: no key, however spelt, can reach a prototype.
  return Object.fromEntries(result);
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function remember(value: Json, at: string, label: string, origin: Map<string, string>): void {
  const entries = isObject(value) ? Object.entries(value) : [];
  if (entries.length === 0) origin.set(at, label);
  for (const [key, child] of entries) remember(child, `${at}.${key}`, label, origin);
}

function forget(origin: Map<string, string>, at: string): void {
  for (const key of origin.keys()) if (key === at || key.startsWith(`${at}.`)) origin.delete(key);
}

/** The profile that gave the value at `path`, or under it; undefined for a key no profile gave. */
function originOf(at: readonly string[], origin: Map<string, string>): string | undefined {
  // The same raw spelling as `merge` records, not keyPath's quoted one.
  const key = at.join('.');
  const exact = origin.get(key);
  if (exact !== undefined) return exact;
  for (const [leaf, label] of origin) if (leaf.startsWith(`${key}.`)) return label;
  return undefined;
}

function profileError(code: 'PROFILE_INVALID' | 'PROFILE_NOT_FOUND', message: string, location: Location): SocialRoiError {
  return new SocialRoiError(inputError(code, { message }, location));
}
