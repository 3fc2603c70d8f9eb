import type { Language } from '../model/language.js';
import { PROFILE_LABELS_EN, type ProfileLabels } from './profile-labels.en.js';
import { PROFILE_LABELS_FR } from './profile-labels.fr.js';

const PROFILE_LABELS = { en: PROFILE_LABELS_EN, fr: PROFILE_LABELS_FR } satisfies Record<Language, ProfileLabels>;

export function profileLabelsFor(language: Language): ProfileLabels {
  return PROFILE_LABELS[language];
}
