import { basename } from 'node:path';
import { parseJsonObject } from '../json/json-file.js';
import { keyPath, type ProfileIssue } from '../json/key-issues.js';
import { readJsonText } from '../json/read-json-text.js';
import { SocialRoiError } from '../model/errors.js';
import { type ErrorCode, inputError } from '../model/problem.js';
import type { LoadedMapping } from '../sources/mapped-source.js';

/** The `mappings` of a configuration file: mapping files' paths (resolved from the configuration's folder) or mappings written there. */
export interface ConfigMappings {
  /** The configuration file, as messages name it. */
  file: string;
  entries: readonly (string | object)[];
}

type Checkers = Awaited<ReturnType<typeof loadCheckers>>;

/**
 * The mappings of a run, in the order they are tried: each --map file's, then the configuration's.
 * A mapping file holds one mapping, or several under `mappings`. zod is loaded only when there is
 * a mapping to check, and any fault is one line naming the file and the key.
 */
export async function loadMappings(files: readonly string[], config?: ConfigMappings): Promise<LoadedMapping[]> {
  if (files.length === 0 && (config?.entries.length ?? 0) === 0) return [];
  const checkers = await loadCheckers();
  const loaded: LoadedMapping[] = [];
  for (const file of files) loaded.push(...(await readMappingFile(file, checkers)));
  for (const [i, entry] of (config?.entries ?? []).entries()) {
    if (typeof entry === 'string') loaded.push(...(await readMappingFile(entry, checkers)));
    else loaded.push(checkInline(entry, i, config!, checkers));
  }
  return loaded;
}

async function loadCheckers() {
  const [{ mappingSchema, mappingListSchema }, { describeIssues }, { resolveMapping }] = await Promise.all([
    import('./mapping-schema.js'),
    import('../json/zod-issues.js'),
    import('./mapping-rules.js'),
  ]);
  return { mappingSchema, mappingListSchema, describeIssues, resolveMapping };
}

async function readMappingFile(file: string, checkers: Checkers): Promise<LoadedMapping[]> {
  let text: string;
  try {
    text = await readJsonText(file, file, 'MAPPING_INVALID');
  } catch (error) {
    if (error instanceof SocialRoiError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw failure('MAPPING_INVALID', file, code === 'ENOENT' || code === 'EISDIR' ? 'no such file' : `cannot read it (${code})`);
  }
  const data = parseJsonObject<Record<string, unknown>>(text, file, 'MAPPING_INVALID');
  const { mappingSchema, mappingListSchema, describeIssues, resolveMapping } = checkers;
  const name = basename(file);
  if (!Object.hasOwn(data, 'mappings')) {
    const result = mappingSchema.safeParse(data);
    if (!result.success) throw failure('MAPPING_INVALID', file, firstOf(describeIssues(mappingSchema, result.error.issues, data)));
    return [resolved(resolveMapping(result.data, data, name), [], 'MAPPING_INVALID', file)];
  }
  const result = mappingListSchema.safeParse(data);
  if (!result.success) throw failure('MAPPING_INVALID', file, firstOf(describeIssues(mappingListSchema, result.error.issues, data)));
  const raws = data.mappings as object[];
  return result.data.mappings.map((mapping, i) =>
    resolved(resolveMapping(mapping, raws[i]!, `${name}#${i + 1}`), ['mappings', String(i)], 'MAPPING_INVALID', file),
  );
}

/** A mapping written in the configuration: its faults are named by their key path in that file. */
function checkInline(entry: object, index: number, config: ConfigMappings, checkers: Checkers): LoadedMapping {
  const { mappingSchema, mappingListSchema, describeIssues, resolveMapping } = checkers;
  const at = ['mappings', String(index)];
  const result = mappingSchema.safeParse(entry);
  if (!result.success) {
    // Checked against the list's schema, so that a misspelt key still gets its did-you-mean at that depth.
    const issues = result.error.issues.map((issue) => ({ ...issue, path: [...at, ...issue.path] }));
    throw failure('CONFIG_INVALID', config.file, firstOf(describeIssues(mappingListSchema, issues, { mappings: config.entries })));
  }
  return resolved(resolveMapping(result.data, entry, `${basename(config.file)}#${index + 1}`), at, 'CONFIG_INVALID', config.file);
}

function resolved(outcome: LoadedMapping | ProfileIssue, at: readonly string[], code: ErrorCode, file: string): LoadedMapping {
  if (!('message' in outcome)) return outcome;
  throw failure(code, file, `${keyPath([...at, ...outcome.path])}: ${outcome.message}`);
}

function firstOf(issues: readonly ProfileIssue[]): string {
  const [first, ...rest] = issues;
  return `${first?.message ?? 'not a valid mapping'}${rest.length === 0 ? '' : ` (and ${rest.length} more)`}`;
}

function failure(code: ErrorCode, file: string, message: string): SocialRoiError {
  return new SocialRoiError(inputError(code, { message }, { file }));
}
