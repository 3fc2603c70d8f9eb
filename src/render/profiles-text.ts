import { formatCount, formatFinePercent, formatMoney } from '../format/format-value.js';
import { sanitize, truncate, wrap } from '../format/text.js';
import type { Language } from '../model/language.js';
import type { Profile } from '../model/profile.js';
import { USE_CASES } from '../model/use-case-leads.js';
import type { LoadedProfile } from '../profiles/load-profile.js';
import { labelsFor } from '../report/labels.js';
import { profileLabelsFor } from '../report/profile-labels.js';

/** Built-in descriptions open with who the profile fits, up to the first colon or full stop. */
function whoItFits(description: string): string {
  return /^[^:.]*/.exec(description)?.[0] ?? description;
}

/** `profiles list`: one built-in a line, then how to go further. */
export function profilesListText(profiles: readonly Profile[], width: number, language: Language): string {
  const labels = profileLabelsFor(language);
  const { id, sector, currency, fits } = labels.listHeads;
  const rows = [[id, sector, currency, fits], ...profiles.map((p) => [p.id, p.sector, p.currency, whoItFits(p.description)])];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  const lines = rows.map((row) =>
    truncate(
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
      width,
    ),
  );
  return [...lines, '', ...labels.listHints, ''].join('\n');
}

/** `profiles validate`: one line either way. */
export function profileValidText(file: string, chain: readonly string[], language: Language): string {
  const labels = profileLabelsFor(language);
  const parents = chain.slice(1).map((label) => sanitize(label.replace(/^built-in /, '')));
  return `${parents.length === 0 ? labels.valid({ file: sanitize(file) }) : labels.validExtends({ file: sanitize(file), chain: parents.join(' → ') })}\n`;
}

/** The pieces `show` is made of, at one width. */
interface Printer {
  /** Tags a key that another layer than the root of the chain gave (a user's file, say). */
  tag(path: string): string;
  /** The file that gave a key, when it is not the root of the chain. */
  setBy(path: string): string | undefined;
  line(text: string): string;
  paragraph(text: string, indent: number): string[];
  /** `name value`, tagged with where the key at `path` came from. */
  setting(name: string, value: string, path: string, indent?: number): string;
}

function printer({ origin, chain }: LoadedProfile, width: number, language: Language): Printer {
  const labels = profileLabelsFor(language);
  const root = chain[chain.length - 1];
  const setBy = (path: string) => (origin[path] === undefined || origin[path] === root ? undefined : origin[path]);
  const tag = (path: string) => {
    const file = setBy(path);
    return file === undefined ? '' : `  ${labels.fromTag({ file: sanitize(file) })}`;
  };
  const line = (text: string) => truncate(text, width);
  return {
    tag,
    setBy,
    line,
    paragraph: (text, indent) => wrap(`${' '.repeat(indent)}${sanitize(text)}`, width),
    setting: (name, value, path, indent = 2) => line(`${' '.repeat(indent)}${name.padEnd(16)}${value}${tag(path)}`),
  };
}

/** `profiles show`: every value with its note, the funnels, weights, benchmarks and thresholds. */
export function profileShowText(loaded: LoadedProfile, width: number, language: Language): string {
  const labels = profileLabelsFor(language);
  const { profile, chain } = loaded;
  const out = printer(loaded, width, language);
  const root = sanitize(chain[chain.length - 1] ?? '');
  return [
    out.line(labels.title({ id: sanitize(profile.id), sector: sanitize(profile.sector), currency: profile.currency })),
    out.line(labels.from({ chain: chain.map(sanitize).join(' → ') })),
    ...(chain.length > 1 ? [out.line(labels.marked({ root }))] : []),
    '',
    labels.description,
    ...out.paragraph(profile.description, 2),
    '',
    labels.useCase,
    ...useCaseLines(profile, out, language),
    '',
    labels.values({ currency: profile.currency }),
    ...valueLines(profile, out, language),
    ...funnelLines(profile, out, language),
    ...settingLines(labels.weights, 'weights', profile, out, language),
    '',
    labels.benchmarks,
    ...benchmarkLines(profile, out, language),
    ...settingLines(labels.maturity, 'maturity', profile, out, language),
    ...settingLines(labels.carryover, 'carryover', profile, out, language),
    ...settingLines(labels.fatigue, 'fatigue', profile, out, language),
    ...settingLines(labels.survey, 'survey', profile, out, language),
    '',
  ].join('\n');
}

function useCaseLines({ useCase }: Profile, out: Printer, language: Language): string[] {
  const labels = profileLabelsFor(language);
  if (useCase === undefined) return [`  ${labels.useCaseNotSet}`];
  const { leadDrivers, leadScores } = USE_CASES[useCase];
  const { nouns, subScores } = labelsFor(language);
  const drivers = leadDrivers.map((driver) => (driver === 'revenue' ? labels.revenue : nouns[driver].other));
  const scores = leadScores.map((score) => subScores[score].toLocaleLowerCase(language));
  return [
    out.setting(labels.useCaseNames[useCase], `(useCase: ${useCase})`, 'useCase'),
    ...out.paragraph(labels.showsFirst({ drivers: drivers.join(', '), scores: scores.join(', ') }), 2),
  ];
}

function valueLines(profile: Profile, out: Printer, language: Language): string[] {
  const labels = profileLabelsFor(language);
  // A key with a source but no value is one the profile chose not to value, and says why.
  const keys = new Set([...Object.keys(profile.values), ...Object.keys(profile.valueSources ?? {})]);
  return [...keys].flatMap((key) => {
    const value = profile.values[key as keyof Profile['values']];
    const valueFile = out.setBy(`values.${key}`);
    // A value a file changed without a note of its own: the note it inherited spoke of another value.
    const stale = valueFile !== undefined && out.setBy(`valueSources.${key}`) !== valueFile;
    const source = stale ? labels.noteOverridden({ file: valueFile }) : profile.valueSources?.[key];
    return [
      out.setting(key, value === undefined ? labels.notValued : formatMoney(value, language), `values.${key}`),
      ...(source === undefined ? [] : out.paragraph(`${source}${stale ? '' : out.tag(`valueSources.${key}`)}`, 4)),
    ];
  });
}

function funnelLines(profile: Profile, out: Printer, language: Language): string[] {
  if (!profile.funnels || profile.funnels.length === 0) return [];
  const { nouns } = labelsFor(language);
  return [
    '',
    profileLabelsFor(language).funnels,
    ...profile.funnels.map((stages) => out.line(`  ${stages.map((stage) => nouns[stage].other).join(' → ')}${out.tag('funnels')}`)),
  ];
}

function benchmarkLines(profile: Profile, out: Printer, language: Language): string[] {
  return Object.entries(profile.benchmarks).flatMap(([channel, scores]) => [
    `  ${channel}`,
    ...Object.entries(scores).flatMap(([score, { rate, source }]) => {
      const path = `benchmarks.${channel}.${score}`;
      // Advocacy counts employee shares per post published, not a share of impressions.
      const shown =
        score === 'advocacy'
          ? profileLabelsFor(language).perPost({ value: formatCount(rate, language) })
          : formatFinePercent(rate, language);
      return [out.setting(score, shown, `${path}.rate`, 4), ...out.paragraph(`${source}${out.tag(`${path}.source`)}`, 6)];
    }),
  ]);
}

type Settings = 'weights' | 'maturity' | 'carryover' | 'fatigue' | 'survey';

/** How a setting reads next to its key; anything not glossed prints as a plain figure. */
function gloss(key: string, value: number, language: Language): string {
  const { glosses } = profileLabelsFor(language);
  const plain = formatCount(value, language);
  const percent = formatFinePercent(value, language);
  if (key === 'maturity.minAudience') return glosses.minAudience({ value: formatCount(value, language) });
  if (key === 'maturity.minMonths') return glosses.minMonths({ value: plain });
  if (key === 'fatigue.volumeRise') return glosses.volumeRise({ value: plain, percent });
  if (key === 'fatigue.engagementDrop') return glosses.engagementDrop({ value: plain, percent });
  return plain;
}

function settingLines(title: string, group: Settings, profile: Profile, out: Printer, language: Language): string[] {
  const entries = Object.entries(profile[group]).map(([key, value]) => {
    const path = `${group}.${key}`;
    return out.setting(key, typeof value === 'number' ? gloss(path, value, language) : String(value), path);
  });
  return ['', title, ...entries];
}
