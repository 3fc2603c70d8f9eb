import type { Labels } from './labels.en.js';

// A no-break space before a colon or semicolon, as French writes them: a wrapped line never starts
// with the punctuation. The thousands separator is Intl's narrow no-break space, as in the figures.
const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** French text of the human-facing renderers: the same keys as labels.en.ts. */
export const LABELS_FR = {
  dimensions: { channel: 'Canal', campaign: 'Campagne', month: 'Mois', week: 'Semaine', quarter: 'Trimestre' },
  total: 'Total',
  warning: 'avertissement',
  hard: {
    mediaSpend: 'Dépenses média',
    otherCosts: 'Autres coûts',
    cost: 'Coût',
    value: 'Valeur',
    roi: 'ROI',
    roas: 'ROAS',
    cpc: 'CPC',
    cpm: 'CPM',
    cpl: 'CPL',
    cpa: 'CPA',
    costPerHire: 'Coût par recrutement',
  },
  index: 'Indice',
  subScores: {
    conversation: 'Conversation',
    amplification: 'Amplification',
    engagement: 'Engagement',
    growth: 'Croissance',
    advocacy: 'Ambassadeurs',
    adoption: 'Adoption',
    sentiment: 'Sentiment',
  },
  hardTitle: (p) => `ROI financier (${p.currency})`,
  softTitle: `ROI relationnel (0–100${NBSP}; 50 = la référence du profil)`,
  ratesTitle: `Taux pour 1${NNBSP}000 impressions (référence)`,
  ratesGrowthTitle: `Taux pour 1${NNBSP}000 impressions, croissance en${NBSP}% (référence)`,
  interpretationTitle: 'Interprétation',

  nouns: {
    file: { one: 'fichier', other: 'fichiers' },
    row: { one: 'ligne', other: 'lignes' },
    totalsRowSkipped: { one: 'ligne de total ignorée', other: 'lignes de total ignorées' },
    warning: { one: 'avertissement', other: 'avertissements' },
    lead: { one: 'prospect', other: 'prospects' },
    conversion: { one: 'conversion', other: 'conversions' },
    application: { one: 'candidature', other: 'candidatures' },
    hire: { one: 'recrutement', other: 'recrutements' },
    message: { one: 'message', other: 'messages' },
  },
  listSeparator: `${NBSP}; `,
  colon: `${NBSP}: `,
  fileKinds: { 'spend-ledger': 'registre des dépenses' },
  period: (p) => `du ${p.from} au ${p.to}`,
  noPeriod: 'aucune donnée datée',
  profile: (p) => `Profil ${p.profile}, ${p.currency}.`,
  profilePeriod: (p) => `Profil ${p.profile}, ${p.currency}${NBSP}; période ${p.period}.`,
  value: (p) => `Valeur${NBSP}: ${p.drivers}.`,
  valueNone: `Valeur${NBSP}: aucune (ni chiffre d’affaires, ni résultat auquel le profil attribue une valeur).`,
  driverRevenue: (p) => `chiffre d’affaires ${p.amount}`,
  driverPriced: (p) => `${p.count} × ${p.unit}`,
  sharedCosts: (p) => `Coûts partagés${NBSP}: ${p.parts}.`,
  sharedAllocated: (p) => `${p.amount} répartis entre les canaux au prorata de leurs dépenses média du même mois`,
  sharedUnallocated: (p) => `${p.amount} conservés dans le groupe «${NBSP}all${NBSP}» (mois sans dépense média sur aucun canal)`,
  filesHeading: `Fichiers${NBSP}:`,
  fileLine: (p) => `${p.file} — ${p.label}, ${p.details}`,
  warningsHeading: `Avertissements${NBSP}:`,

  markdown: {
    title: (p) => `ROI des réseaux sociaux — ${p.period}`,
    keyFigures: 'Chiffres clés',
    softIndex: 'Indice relationnel',
    softIndexValue: (p) => `${p.index} / 100 (50 = la référence du profil)`,
    profile: 'Profil',
    warnings: 'Avertissements',
    method: 'Méthode',
    files: 'Fichiers lus',
  },
  method: {
    cost: 'Coût = dépenses média + coûts du registre (outils, personnel, agence, formation, contenu, autre).',
    value: 'Valeur = chiffre d’affaires + chaque résultat auquel le profil attribue une valeur × sa valeur unitaire.',
    roi: `ROI = (valeur − coût) / coût${NBSP}; ROAS = chiffre d’affaires / dépenses média${NBSP}; CPC, CPM, CPL, CPA = dépenses média par clic, pour 1${NNBSP}000 impressions, par prospect, par conversion.`,
    softScores: `Sous-scores relationnels = min(100, 50 × taux / référence), taux par impression comparés à la référence du profil pour le canal${NBSP}: 50 au niveau de la référence, 100 au double ou plus.`,
    softIndex: `Indice relationnel = moyenne des sous-scores disponibles, pondérée par le profil${NBSP}; un sous-score sans données vaut n/a, jamais 0.`,
  },
} satisfies Labels;
