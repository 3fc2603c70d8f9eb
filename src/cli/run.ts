import { Command, CommanderError } from 'commander';
import { isSocialRoiError } from '../model/errors.js';
import { LANGUAGES, type Language } from '../model/language.js';
import { problemLine } from '../report/messages.js';
import { inspectCommand } from './inspect-command.js';
import type { Io, Outcome } from './io.js';
import { profilesCommand } from './profiles-command.js';
import { reportCommand } from './report-command.js';
import { languageFromEnv } from './report-options.js';

export const EXIT = { ok: 0, thresholdNotMet: 1, input: 2, internal: 3 } as const;

/** Kept equal to package.json's version by a test. */
export const VERSION = '0.1.0';

function buildProgram(io: Io, outcome: Outcome): Command {
  const program = new Command('social-roi')
    .description('The hard and soft return on social-media work, from the exports you already have.')
    .version(VERSION)
    .option('--debug', 'show the stack of an internal error')
    .exitOverride()
    .configureOutput({ writeOut: (text) => void io.writeOut(text), writeErr: (text) => io.writeErr(text) });
  program.addCommand(reportCommand(io, outcome).copyInheritedSettings(program));
  program.addCommand(profilesCommand(io).copyInheritedSettings(program));
  program.addCommand(inspectCommand(io).copyInheritedSettings(program));
  return program;
}

/** Runs the CLI and returns the exit code: 0 ok, 1 a threshold not met, 2 usage or input error, 3 a bug. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const outcome: Outcome = { exitCode: EXIT.ok };
  const program = buildProgram(io, outcome);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return outcome.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.input;
    if (isSocialRoiError(error)) {
      io.writeErr(`${problemLine(error.problem, errorLanguage(argv, io))}\n`);
      return EXIT.input;
    }
    const debug = argv.includes('--debug');
    const message = error instanceof Error ? error.message : String(error);
    io.writeErr(debug && error instanceof Error ? `${error.stack}\n` : `internal error: ${message} (run with --debug for details)\n`);
    return EXIT.internal;
  }
}

/** Errors speak the report's language: --lang when it was given, else LANG. */
function errorLanguage(argv: readonly string[], io: Io): Language {
  const asked = argv[argv.indexOf('--lang') + 1];
  if (argv.includes('--lang') && (LANGUAGES as readonly string[]).includes(asked ?? '')) return asked as Language;
  return languageFromEnv(io.terminal().env);
}
