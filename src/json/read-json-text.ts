import { open } from 'node:fs/promises';
import { SocialRoiError } from '../model/errors.js';
import { type ErrorCode, inputError } from '../model/problem.js';

/**
 * Profiles, configurations and mappings are a few kilobytes. A path that names something else
 * (`/dev/zero`, a log, a named pipe that never ends) is refused once this much has been read,
 * before any of it is parsed.
 */
const JSON_FILE_LIMIT = 1 << 20;

/**
 * A settings file's text, read by chunks up to the limit whatever the file is (a device has no
 * size to check first). Errors of the file system are thrown as they are, for the caller to word.
 */
export async function readJsonText(path: string, shownAs: string, code: ErrorCode): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(JSON_FILE_LIMIT + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > JSON_FILE_LIMIT) {
      throw new SocialRoiError(
        inputError(code, { message: `larger than ${JSON_FILE_LIMIT / 1024 / 1024} MiB: not a settings file` }, { file: shownAs }),
      );
    }
    return buffer.toString('utf8', 0, filled);
  } finally {
    await handle.close();
  }
}
