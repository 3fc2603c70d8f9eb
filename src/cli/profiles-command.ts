import { Command, Option } from 'commander';
import { LANGUAGES, type Language } from '../model/language.js';
import type { Profile } from '../model/profile.js';
import { listBuiltinProfiles, loadProfile } from '../profiles/load-profile.js';
import { profileShowText, profilesListText, profileValidText } from '../render/profiles-text.js';
import type { Io } from './io.js';
import { languageFromEnv } from './report-options.js';
import { chooseWidth } from './terminal.js';

const FORMATS = ['text', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** Keys users change most: what `init` copies into a starting file. */
const STARTER_KEYS = ['values', 'weights', 'maturity'] as const;

export function profilesCommand(io: Io): Command {
  return described(
    new CommandGroup('profiles'),
    'list, show, start and check sector profiles',
    'A profile says what a lead, a conversion, an application, a hire and a message are worth, and holds the ' +
      'benchmarks, weights and thresholds of the soft ROI. Use a built-in one, or a JSON file that extends one ' +
      'and changes a few keys.',
    ['list', 'show recruitment', 'init b2b-saas > my-profile.json', 'validate my-profile.json'],
  )
    .addCommand(listCommand(io))
    .addCommand(showCommand(io))
    .addCommand(initCommand(io))
    .addCommand(validateCommand(io));
}

/**
 * A command with subcommands of its own: commander copies the program's settings (exit override,
 * output) one level down only, so this passes them on to its subcommands when it gets them.
 */
class CommandGroup extends Command {
  override copyInheritedSettings(source: Command): this {
    super.copyInheritedSettings(source);
    for (const sub of this.commands) sub.copyInheritedSettings(this);
    return this;
  }
}

/** Help as every command here gives it: a summary, a description, then examples. */
function described(command: Command, summary: string, description: string, examples: readonly string[]): Command {
  const lines = examples.map((example) => `  social-roi profiles ${example}`);
  return command
    .summary(summary)
    .description(description)
    .addHelpText('after', `\nExamples:\n${lines.join('\n')}\n`);
}

function formatOption(): Option {
  return new Option('--format <format>', 'output format').choices(FORMATS).default('text');
}

function langOption(): Option {
  return new Option('--lang <language>', 'language of the text (default: fr when LANG starts with fr, else en)').choices(LANGUAGES);
}

/** Like the report: --lang, else LANG. A profile's own notes stay in the language they were written in. */
function languageOf(options: { lang?: Language }, io: Io): Language {
  return options.lang ?? languageFromEnv(io.terminal().env);
}

function listCommand(io: Io): Command {
  return described(
    new Command('list'),
    'the built-in profiles: id, sector, currency and who each fits',
    'Lists the built-in profiles, one a line, with the sector each is made for.',
    ['list', 'list --format json'],
  )
    .addOption(formatOption())
    .addOption(langOption())
    .action(async (options: { format: Format; lang?: Language }) => {
      const profiles = await listBuiltinProfiles();
      if (options.format === 'json') return io.writeOut(json(profiles.map(summaryOf)));
      return io.writeOut(profilesListText(profiles, chooseWidth(io.terminal()), languageOf(options, io)));
    });
}

function showCommand(io: Io): Command {
  return described(
    new Command('show'),
    'every value, benchmark, weight and threshold of a profile, with sources',
    'Prints a profile after `extends` is resolved: each value and benchmark with its source, the weights ' +
      'and thresholds, and for a file, which keys it sets itself.',
    ['show b2b-saas', 'show my-profile.json', 'show nonprofit --format json'],
  )
    .argument('<profile>', 'a built-in id or a profile file (.json)')
    .addOption(formatOption())
    .addOption(langOption())
    .action(async (ref: string, options: { format: Format; lang?: Language }) => {
      const loaded = await loadProfile(ref, { cwd: io.cwd() });
      if (options.format === 'json') return io.writeOut(json(loaded));
      return io.writeOut(profileShowText(loaded, chooseWidth(io.terminal()), languageOf(options, io)));
    });
}

function initCommand(io: Io): Command {
  return described(
    new Command('init'),
    'print a starting profile file that extends a built-in one',
    'Prints a JSON profile that extends the one given, with its current values, weights and maturity ' +
      'thresholds to edit; delete the keys you keep as they are.',
    ['init b2b-saas > my-profile.json'],
  )
    .argument('<profile>', 'the built-in id (or profile file) to extend')
    .action(async (ref: string) => {
      const { profile } = await loadProfile(ref, { cwd: io.cwd() });
      const starter = Object.fromEntries(STARTER_KEYS.map((key) => [key, profile[key]]));
      await io.writeOut(json({ extends: ref, ...starter }));
    });
}

function validateCommand(io: Io): Command {
  return described(
    new Command('validate'),
    'check a profile file: exit 0 if it is valid, 2 with the first problem if not',
    'Reads a profile file and every profile it extends, and checks the result: one line either way.',
    ['validate my-profile.json'],
  )
    .argument('<file>', 'a profile file (.json)')
    .addOption(langOption())
    .action(async (file: string, options: { lang?: Language }) => {
      const { chain } = await loadProfile(file, { cwd: io.cwd() });
      await io.writeOut(profileValidText(file, chain, languageOf(options, io)));
    });
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function summaryOf({ id, sector, currency, useCase, description }: Profile) {
  return { id, sector, currency, useCase: useCase ?? null, description };
}
