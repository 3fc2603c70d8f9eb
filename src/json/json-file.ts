import { SocialRoiError } from '../model/errors.js';
import { type ErrorCode, inputError, type Location } from '../model/problem.js';
import { showValue } from './key-issues.js';

/**
 * A user's JSON file (profile or configuration) read as data, never as code: one object at the
 * top, and a syntax error reported as one line with its line and column when V8 gives a position.
 */
export function parseJsonObject<T extends object>(text: string, file: string, code: ErrorCode = 'PROFILE_INVALID'): T {
  // Editors on Windows and spreadsheet tools save a BOM, which JSON.parse rejects.
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const tooDeep = deepestOpening(source);
  if (tooDeep !== undefined) throw jsonError(code, `nested deeper than ${MAX_DEPTH} levels`, { file, ...lineAndColumn(source, tooDeep) });
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw jsonError(code, `not valid JSON: ${jsonReason(error.message)}`, { file, ...jsonPosition(error.message, source) });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw jsonError(code, `expected a JSON object ({ … }) at the top, got ${showValue(data)}`, { file });
  }
  return data as T;
}

function jsonError(code: ErrorCode, message: string, location: Location): SocialRoiError {
  return new SocialRoiError(inputError(code, { message }, location));
}

/** V8's reason without the position (the location carries it) and without its copy of the input, which spans lines. */
function jsonReason(message: string): string {
  return message
    .replace(/, (?:\.\.\.)?".*is not valid JSON$/s, '')
    .replace(/ at position \d+.*$/s, '')
    .replace(/ in JSON$/, '')
    .replace(/\s+/g, ' ');
}

/** Node 20 gives a character position for some syntax errors only; turn it into a line and column. */
function jsonPosition(message: string, source: string): Pick<Location, 'line' | 'column'> {
  const match = / at position (\d+)/.exec(message);
  return match === null ? {} : lineAndColumn(source, Number(match[1]));
}

function lineAndColumn(source: string, position: number): Pick<Location, 'line' | 'column'> {
  const before = source.slice(0, position);
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}

/** Settings files nest a few levels; a deeper file is no settings file, and would exhaust the stack of whatever walks it. */
const MAX_DEPTH = 64;

/** The position of the first bracket that opens a level deeper than MAX_DEPTH, outside strings. */
function deepestOpening(source: string): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++;
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) {
      inString = true;
    } else if (ch === 0x7b || ch === 0x5b) {
      if (++depth > MAX_DEPTH) return i;
    } else if (ch === 0x7d || ch === 0x5d) {
      depth--;
    }
  }
  return undefined;
}
