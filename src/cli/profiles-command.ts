import { Command, Option } from 'commander';
import type { Profile } from '../model/profile.js';
import { listBuiltinProfiles, loadProfile, type LoadedProfile } from '../profiles/load-profile.js';
import { USE_CASES } from '../model/use-case-leads.js';
import { formatCount, formatMoney } from '../format/format-value.js';
import { sanitize, truncate, wrap } from '../format/text.js';
import { chooseWidth } from './terminal.js';
import type { Io } from './io.js';

const FORMATS = ['text', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** Keys users change most: what `init` copies into a starting file. */
const STARTER_KEYS = ['values', 'weights', 'maturity'] as const;

const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 3 });

/** How a setting reads next to its key; anything not listed prints as it is in the file. */
const GLOSSES: Record<string, (value: number) => string> = {
  'maturity.minAudience': (v) => `${formatCount(v, 'en')} followers`,
  'maturity.minMonths': (v) => `${v} months of data`,
  'fatigue.volumeRise': (v) => `${v} (posts up ${percent.format(v)} or more)`,
  'fatigue.engagementDrop': (v) => `${v} (engagement per post down ${percent.format(v)} or more)`,
};

export function profilesCommand(io: Io): Command {
  return (
    described(
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
      .addCommand(validateCommand(io))
  );
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

function listCommand(io: Io): Command {
  return described(
    new Command('list'),
    'the built-in profiles: id, sector, currency and who each fits',
    'Lists the built-in profiles, one a line, with the sector each is made for.',
    ['list', 'list --format json'],
  )
    .addOption(formatOption())
    .action(async (options: { format: Format }) => {
      const profiles = await listBuiltinProfiles();
      if (options.format === 'json') return io.writeOut(json(profiles.map(summaryOf)));
      return io.writeOut(listText(profiles, chooseWidth(io.terminal())));
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
    .action(async (ref: string, options: { format: Format }) => {
      const loaded = await loadProfile(ref, { cwd: io.cwd() });
      if (options.format === 'json') return io.writeOut(json(loaded));
      return io.writeOut(showText(loaded, chooseWidth(io.terminal())));
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
    .action(async (file: string) => {
      const { chain } = await loadProfile(file, { cwd: io.cwd() });
      const parents = chain.slice(1).map((label) => sanitize(label.replace(/^built-in /, '')));
      await io.writeOut(`${sanitize(file)}: valid${parents.length === 0 ? '' : ` (extends ${parents.join(' → ')})`}\n`);
    });
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function summaryOf({ id, sector, currency, useCase, description }: Profile) {
  return { id, sector, currency, useCase: useCase ?? null, description };
}

/** Built-in descriptions open with who the profile fits, up to the first colon or full stop. */
function whoItFits(description: string): string {
  return /^[^:.]*/.exec(description)?.[0] ?? description;
}

function listText(profiles: readonly Profile[], width: number): string {
  const rows = [['id', 'sector', 'currency', 'who it fits'], ...profiles.map((p) => [p.id, p.sector, p.currency, whoItFits(p.description)])];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  const lines = rows.map((row) => truncate(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd(), width));
  return [
    ...lines,
    '',
    'Show one in full: social-roi profiles show ID',
    'Start your own:   social-roi profiles init ID > my-profile.json',
    '',
  ].join('\n');
}

/** The pieces `show` is made of, at one width. */
interface Printer {
  /** Tags a key that another layer than the root of the chain gave (a user's file, say). */
  tag(path: string): string;
  line(text: string): string;
  paragraph(text: string, indent: number): string[];
  /** `name value`, tagged with where the key at `path` came from. */
  setting(name: string, value: string, path: string, indent?: number): string;
}

function printer({ origin, chain }: LoadedProfile, width: number): Printer {
  const root = chain[chain.length - 1];
  const tag = (path: string) => (origin[path] === undefined || origin[path] === root ? '' : `  [from ${sanitize(origin[path])}]`);
  const line = (text: string) => truncate(text, width);
  return {
    tag,
    line,
    paragraph: (text, indent) => wrap(`${' '.repeat(indent)}${sanitize(text)}`, width),
    setting: (name, value, path, indent = 2) => line(`${' '.repeat(indent)}${name.padEnd(16)}${value}${tag(path)}`),
  };
}

function showText(loaded: LoadedProfile, width: number): string {
  const { profile, chain } = loaded;
  const out = printer(loaded, width);
  const root = sanitize(chain[chain.length - 1] ?? '');
  return [
    out.line(`${sanitize(profile.id)}: ${sanitize(profile.sector)}, in ${profile.currency}`),
    out.line(`From: ${chain.map(sanitize).join(' → ')}`),
    ...(chain.length > 1 ? [out.line(`Keys marked [from …] come from that file; the others from ${root}.`)] : []),
    '',
    'Description',
    ...out.paragraph(profile.description, 2),
    '',
    'Use case',
    ...useCaseLines(profile, out),
    '',
    `Values (${profile.currency})`,
    ...valueLines(profile, out),
    ...settingLines('Weights (of the soft index)', 'weights', profile, out),
    '',
    'Benchmarks (rates per impression; growth per month, of the audience)',
    ...benchmarkLines(profile, out),
    ...settingLines('Maturity (a channel is too early to judge below either)', 'maturity', profile, out),
    ...settingLines('Carryover (the share of an effect left for the next period)', 'carryover', profile, out),
    ...settingLines('Fatigue (over the last periods of a channel)', 'fatigue', profile, out),
    ...settingLines('Survey (team adoption)', 'survey', profile, out),
    '',
  ].join('\n');
}

function useCaseLines({ useCase }: Profile, out: Printer): string[] {
  if (useCase === undefined) return ['  not set: the report keeps its usual order'];
  const { label, leadDrivers, leadScores } = USE_CASES[useCase];
  return [
    out.setting(label, `(useCase: ${useCase})`, 'useCase'),
    ...out.paragraph(`the report shows first ${leadDrivers.join(', ')}; then ${leadScores.join(', ')}`, 2),
  ];
}

function valueLines(profile: Profile, out: Printer): string[] {
  // A key with a source but no value is one the profile chose not to value, and says why.
  const keys = new Set([...Object.keys(profile.values), ...Object.keys(profile.valueSources ?? {})]);
  return [...keys].flatMap((key) => {
    const value = profile.values[key as keyof Profile['values']];
    const source = profile.valueSources?.[key];
    return [
      out.setting(key, value === undefined ? 'not valued' : formatMoney(value, 'en'), `values.${key}`),
      ...(source === undefined ? [] : out.paragraph(`${source}${out.tag(`valueSources.${key}`)}`, 4)),
    ];
  });
}

function benchmarkLines(profile: Profile, out: Printer): string[] {
  return Object.entries(profile.benchmarks).flatMap(([channel, scores]) => [
    `  ${channel}`,
    ...Object.entries(scores).flatMap(([score, { rate, source }]) => {
      const path = `benchmarks.${channel}.${score}`;
      return [out.setting(score, percent.format(rate), `${path}.rate`, 4), ...out.paragraph(`${source}${out.tag(`${path}.source`)}`, 6)];
    }),
  ]);
}

type Settings = 'weights' | 'maturity' | 'carryover' | 'fatigue' | 'survey';

function settingLines(title: string, group: Settings, profile: Profile, out: Printer): string[] {
  const entries = Object.entries(profile[group]).map(([key, value]) => {
    const path = `${group}.${key}`;
    const shown = typeof value === 'number' && GLOSSES[path] ? GLOSSES[path](value) : String(value);
    return out.setting(key, shown, path);
  });
  return ['', title, ...entries];
}
