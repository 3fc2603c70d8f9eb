import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { SocialRoiError } from '../model/errors.js';
import { inputError } from '../model/problem.js';
import type { TerminalFacts } from './terminal.js';

/** The seam between commands and the process: tests give their own, the CLI gives the real one. */
export interface Io {
  writeOut(text: string): Promise<void>;
  writeErr(text: string): void;
  /** Replaces a file only once the text is complete: a run that fails leaves the old file as it was. */
  writeFile(path: string, text: string): Promise<void>;
  terminal(): TerminalFacts;
  /** The folder relative paths and the configuration file are found from. */
  cwd(): string;
  /** What the path `-` reads. */
  stdin(): Readable;
}

/** What a command decided about the exit code, beyond success and errors (a threshold not met). */
export interface Outcome {
  exitCode: number;
}

export async function writeFileAtomically(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, text);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new SocialRoiError(inputError('OUTPUT_UNWRITABLE', { reason }, { file: path }));
  }
}

export const processIo: Io = {
  writeOut: (text) =>
    new Promise((resolve) => {
      process.stdout.write(text, () => resolve());
    }),
  writeErr: (text) => {
    process.stderr.write(text);
  },
  writeFile: writeFileAtomically,
  terminal: () => ({
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stdout.columns,
    env: process.env,
  }),
  cwd: () => process.cwd(),
  stdin: () => process.stdin,
};
