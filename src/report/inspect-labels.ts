import type { Language } from '../model/language.js';
import { INSPECT_LABELS_EN, type InspectLabels } from './inspect-labels.en.js';
import { INSPECT_LABELS_FR } from './inspect-labels.fr.js';

const INSPECT_LABELS = { en: INSPECT_LABELS_EN, fr: INSPECT_LABELS_FR } satisfies Record<Language, InspectLabels>;

export function inspectLabelsFor(language: Language): InspectLabels {
  return INSPECT_LABELS[language];
}
