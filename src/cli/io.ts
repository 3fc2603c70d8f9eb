import type { Readable } from 'node:stream';
import { writeOutput } from './output-file.js';
import type { TerminalFacts } from './terminal.js';

/** The seam between commands and the process: tests give their own, the CLI gives the real one. */
export interface Io {
  writeOut(text: string): Promise<void>;
  writeErr(text: string): void;
  /** Replaces a file only once the text is complete (see output-file.ts): a run that fails leaves the old file as it was. */
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

export const processIo: Io = {
  writeOut: (text) =>
    new Promise((resolve) => {
      process.stdout.write(text, () => resolve());
    }),
  writeErr: (text) => {
    process.stderr.write(text);
  },
  writeFile: writeOutput,
  terminal: () => ({
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stdout.columns,
    env: process.env,
  }),
  cwd: () => process.cwd(),
  stdin: () => process.stdin,
};
