import { formatCount, formatDate } from '../format/format-value.js';
import type { Language } from '../model/language.js';
import { LABELS_EN, type Labels } from './labels.en.js';
import { LABELS_FR } from './labels.fr.js';

/** A noun in the singular and the plural; which applies is the language's rule, not `count === 1`. */
export interface Plural {
  one: string;
  other: string;
}

const LABELS = { en: LABELS_EN, fr: LABELS_FR } satisfies Record<Language, Labels>;

export function labelsFor(language: Language): Labels {
  return LABELS[language];
}

// French counts 0 and 1.5 in the singular ("0 ligne"), English does not ("0 rows").
const pluralRules = new Map<Language, Intl.PluralRules>();

function pluralForm(count: number, noun: Plural, language: Language): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(count) === 'one' ? noun.one : noun.other;
}

/** A count and its noun: `666 leads`, `1 ligne`. */
export function counted(count: number, noun: Plural, language: Language): string {
  return `${formatCount(count, language)} ${pluralForm(count, noun, language)}`;
}

/** The period as prose writes it: `2026-09-01 to 2026-09-30`, `du 01/09/2026 au 30/09/2026`. */
export function periodText(period: { from: string | null; to: string | null }, language: Language): string | null {
  if (period.from === null || period.to === null) return null;
  return LABELS[language].period({ from: formatDate(period.from, language), to: formatDate(period.to, language) });
}
