import { open, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { SocialRoiError } from '../model/errors.js';
import { inputError } from '../model/problem.js';
import type { InputRef } from '../read/list-inputs.js';

/*
 * `--out` never loses a file: a report never replaces one of the run's inputs, never turns a device
 * or a pipe into a plain file, and replaces a file only once it is complete; an interrupted run
 * leaves the previous report as it was and no temporary file behind.
 */

/** Temporary files being written: removed if the process is stopped before they are renamed. */
const pending = new Set<string>();

export function pendingTemporaries(): readonly string[] {
  return [...pending];
}

/** The file a path ends at, links followed; the path itself when nothing is there yet. */
async function target(path: string): Promise<string> {
  return realpath(path).catch(() => resolve(path));
}

/** Refused before anything is read: `report in.csv --out in.csv` would replace the export with the report. */
export async function refuseInputAsOutput(out: string, inputs: readonly InputRef[], cwd: string): Promise<void> {
  const written = await target(resolve(cwd, out));
  for (const input of inputs) {
    if (input.path !== null && (await target(input.path)) === written) {
      throw new SocialRoiError(inputError('OUTPUT_IS_INPUT', {}, { file: out }));
    }
  }
}

export async function writeOutput(path: string, text: string): Promise<void> {
  try {
    const file = await target(path);
    const kind = await stat(file).catch(() => null);
    if (kind !== null && !kind.isFile()) return await writeInto(file, text);
    const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
    pending.add(temporary);
    try {
      await writeFile(temporary, text);
      await rename(temporary, file);
    } finally {
      pending.delete(temporary);
      await rm(temporary, { force: true });
    }
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new SocialRoiError(inputError('OUTPUT_UNWRITABLE', { reason }, { file: path }));
  }
}

/** A device or a named pipe is written into, as a shell's `>` would: it cannot be replaced atomically, nor should it be. */
async function writeInto(file: string, text: string): Promise<void> {
  const handle = await open(file, 'w');
  try {
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
}
