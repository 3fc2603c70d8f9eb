import type { Language } from '../model/language.js';

/*
 * Text only the HTML report has: chart titles, legends and notes. The rest (titles, column headers,
 * method) comes from the label tables of report/labels.*.ts, so every format says the same thing.
 */

const NBSP = '\u00a0';

const HTML_LABELS_EN = {
  charts: 'Charts',
  cumulativeTitle: (p: { currency: string }) => `Cost and value over time, cumulative (${p.currency})`,
  wholePeriodTitle: (p: { currency: string }) => `Cost and value over the whole period (${p.currency})`,
  cumulativeCost: 'Cumulative cost',
  cumulativeValue: 'Cumulative value',
  noTimeDimension:
    'The report is not grouped by month, week or quarter, so the whole period is shown as one pair of bars; add a ' +
    'time dimension to --by (for example --by channel,month) to see it over time.',
  roiTitle: (p: { per: string }) => `ROI per ${p.per}`,
  softTitle: (p: { per: string }) => `Soft sub-scores per ${p.per} (0–100; 50 = the profile's benchmark)`,
  benchmark: 'benchmark (50)',
  noSoftData: 'No sub-score has data in this report.',
};

type HtmlLabels = typeof HTML_LABELS_EN;

const HTML_LABELS_FR = {
  charts: 'Graphiques',
  cumulativeTitle: (p) => `Coût et valeur dans le temps, en cumul (${p.currency})`,
  wholePeriodTitle: (p) => `Coût et valeur sur toute la période (${p.currency})`,
  cumulativeCost: 'Coût cumulé',
  cumulativeValue: 'Valeur cumulée',
  noTimeDimension:
    `Le rapport n’est groupé ni par mois, ni par semaine, ni par trimestre${NBSP}: toute la période est montrée par ` +
    `une seule paire de barres. Ajoutez une dimension de temps à --by (par exemple --by channel,month) pour la voir ` +
    `évoluer.`,
  roiTitle: (p) => `ROI par ${p.per}`,
  softTitle: (p) => `Sous-scores relationnels par ${p.per} (0–100${NBSP}; 50 = la référence du profil)`,
  benchmark: 'référence (50)',
  noSoftData: 'Aucun sous-score n’a de données dans ce rapport.',
} satisfies HtmlLabels;

const HTML_LABELS = { en: HTML_LABELS_EN, fr: HTML_LABELS_FR } satisfies Record<Language, HtmlLabels>;

export function htmlLabelsFor(language: Language): HtmlLabels {
  return HTML_LABELS[language];
}
