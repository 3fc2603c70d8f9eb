import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Io } from '../../src/cli/io.js';
import { writeOutput } from '../../src/cli/output-file.js';
import { run } from '../../src/cli/run.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, as a pipe would see it (no TTY, no colour, 100 columns). */
export async function cli(args: readonly string[], env: NodeJS.ProcessEnv = {}, cwd = process.cwd()): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    writeOut: async (text) => {
      stdout += text;
    },
    writeErr: (text) => {
      stderr += text;
    },
    writeFile: writeOutput,
    terminal: () => ({ isTTY: false, stderrIsTTY: false, columns: undefined, env }),
    cwd: () => cwd,
    stdin: () => process.stdin,
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

const BIN = new URL('../../bin/social-roi.js', import.meta.url).pathname;

/** Runs the built launcher in a child process: proves the bin, the shebang and ESM resolution. */
export async function bin(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH, NO_COLOR: '1', ...options.env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}
