import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parseJsonObject } from '../json/json-file.js';
import { readJsonText } from '../json/read-json-text.js';
import { SocialRoiError } from '../model/errors.js';
import { inputError } from '../model/problem.js';
import { isPathRef } from '../profiles/load-profile.js';
import type { Config } from './config-schema.js';

export const CONFIG_FILE = 'social-roi.config.json';

export interface LoadedConfig {
  config: Config;
  /** null when no configuration file was found (and none was asked for). */
  file: string | null;
}

/**
 * The configuration named by --config, or else `social-roi.config.json` in the working folder when
 * there is one. A profile path in it is relative to the configuration file, not to where the
 * command runs. zod is loaded only when there is a file to check.
 */
export async function loadConfig(asked: string | undefined, cwd: string): Promise<LoadedConfig> {
  const file = asked ?? join(cwd, CONFIG_FILE);
  const name = asked ?? CONFIG_FILE;
  let text: string;
  try {
    text = await readJsonText(file, name, 'CONFIG_INVALID');
  } catch (error) {
    if (error instanceof SocialRoiError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (asked === undefined && code === 'ENOENT') return { config: {}, file: null };
    throw new SocialRoiError(
      inputError('CONFIG_INVALID', { message: code === 'ENOENT' ? 'no such file' : `cannot read it (${code})` }, { file: name }),
    );
  }
  const data = parseJsonObject<object>(text, name, 'CONFIG_INVALID');
  const [{ configSchema }, { describeIssues }] = await Promise.all([import('./config-schema.js'), import('../json/zod-issues.js')]);
  const result = configSchema.safeParse(data);
  if (!result.success) {
    const [first, ...rest] = describeIssues(configSchema, result.error.issues, data);
    const more = rest.length === 0 ? '' : ` (and ${rest.length} more)`;
    throw new SocialRoiError(
      inputError('CONFIG_INVALID', { message: `${first?.message ?? 'not a valid configuration'}${more}` }, { file: name }),
    );
  }
  const config = result.data;
  if (config.profile && isPathRef(config.profile) && !isAbsolute(config.profile)) config.profile = resolve(dirname(file), config.profile);
  if (config.mappings)
    config.mappings = config.mappings.map((entry) =>
      typeof entry === 'string' && !isAbsolute(entry) ? resolve(dirname(file), entry) : entry,
    );
  return { config, file };
}
