import type { TerminalFacts } from './terminal.js';

/** The seam between commands and the process: tests give their own, the CLI gives the real one. */
export interface Io {
  writeOut(text: string): Promise<void>;
  writeErr(text: string): void;
  terminal(): TerminalFacts;
}

export const processIo: Io = {
  writeOut: (text) =>
    new Promise((resolve) => {
      process.stdout.write(text, () => resolve());
    }),
  writeErr: (text) => {
    process.stderr.write(text);
  },
  terminal: () => ({ isTTY: process.stdout.isTTY === true, columns: process.stdout.columns, env: process.env }),
};
