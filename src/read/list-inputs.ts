import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { SocialRoiError } from '../model/errors.js';
import { inputError, type Problem, warning } from '../model/problem.js';

export interface InputRef {
  /** As messages name it: the path as given, or `<stdin>`. */
  name: string;
  /** null for standard input. */
  path: string | null;
}

/** The files to read, and the entries of a folder that lead to no file. */
export interface InputList {
  inputs: InputRef[];
  skipped: Problem[];
}

const STDIN_NAME = '<stdin>';
const TABLE_FILE = /\.(csv|tsv|txt|xlsx|xls)$/i;

/**
 * Files in the order given; a folder's table files and workbooks (not recursive) sorted by name; `-` is
 * stdin. Relative paths are found from `cwd` and named as given.
 */
export async function listInputs(paths: readonly string[], cwd: string): Promise<InputList> {
  const inputs: InputRef[] = [];
  const skipped: Problem[] = [];
  for (const path of paths) {
    if (path === '-') {
      inputs.push({ name: STDIN_NAME, path: null });
      continue;
    }
    const found = resolve(cwd, path);
    const info = await stat(found).catch((error: NodeJS.ErrnoException) => {
      throw fileError(path, error);
    });
    if (!info.isDirectory()) {
      inputs.push({ name: path, path: found });
      continue;
    }
    // `~$page.xlsx` is the lock file Excel leaves beside a workbook it has open: no workbook at all.
    const names = (await readdir(found)).filter((name) => TABLE_FILE.test(name) && !name.startsWith('~$')).sort();
    if (names.length === 0) throw new SocialRoiError(inputError('INPUT_NO_FILES', {}, { file: path }));
    for (const name of names) {
      // A link that leads nowhere (dangling, or round in a loop) is no file of the folder's: said, and left out.
      const reason = await stat(join(found, name)).then(
        () => null,
        (error: NodeJS.ErrnoException) => error.code ?? error.message,
      );
      if (reason === null) inputs.push({ name: join(path, name), path: join(found, name) });
      else skipped.push(warning('link-skipped', { reason }, { file: join(path, name) }));
    }
  }
  return { inputs, skipped };
}

export function fileError(path: string, error: NodeJS.ErrnoException): SocialRoiError {
  if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return new SocialRoiError(inputError('INPUT_NOT_FOUND', {}, { file: path }));
  return new SocialRoiError(inputError('INPUT_UNREADABLE', { reason: error.code ?? error.message }, { file: path }));
}
