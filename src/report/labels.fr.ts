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
    revenueRoi: 'ROI sur CA',
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
  ratesGrowthTitle: `Taux pour 1${NNBSP}000 impressions, croissance en${NBSP}% par mois (référence)`,
  interpretationTitle: 'Interprétation',
  time: {
    title: 'Dans le temps, tous canaux',
    period: 'Période',
    cumulativeCost: 'Coût cumulé',
    cumulativeValue: 'Valeur cumulée',
    cumulativeRoi: 'ROI cumulé',
    reached: (p) => `Point mort${NBSP}: la valeur cumulée a rejoint le coût cumulé en ${p.period}.`,
    projected: (p) =>
      `Point mort${NBSP}: pas encore atteint (reste ${p.gap})${NBSP}; projeté en ${p.period} si la tendance de ` +
      `${p.from} à ${p.to} se maintient (valeur nette en progrès de ${p.trend} par période).`,
    notProjected: (p) => `Point mort${NBSP}: pas atteint, et pas projeté (${p.reason}).`,
    reasons: {
      'no-cost': 'aucun coût n’a été enregistré',
      'too-few-periods': 'une seule période ne fait pas une tendance',
      'no-upward-trend': 'sur les dernières périodes, la valeur moins le coût reste négative et ne progresse pas',
      'beyond-horizon': 'au rythme récent, il se situe plus loin que deux fois l’historique dont il serait tiré',
    },
  },
  carryover: {
    title: (p) => `Effet différé (part de l’effet reportée d’une période à la suivante${NBSP}: ${p.decay}, par ${p.unit})`,
    pending: 'Encore à venir',
    longTermValue: 'Valeur à long terme',
    longTermRoi: 'ROI à long terme',
    units: { week: 'semaine', month: 'mois' },
    note: (p) =>
      `Le travail de chaque période continue d’apporter de la valeur ensuite, une part plus petite à chaque ` +
      `${p.unit}. La valeur déjà vue contient l’écho du travail antérieur${NBSP}; «${NBSP}encore à venir${NBSP}» est ` +
      `l’écho du travail le plus récent (la moyenne des quatre dernières semaines, ou le dernier mois), que les ` +
      `données ne peuvent pas encore contenir.`,
  },
  maturity: {
    title: `Maturité (trop tôt pour juger${NBSP}?)`,
    audience: 'Audience',
    months: 'Mois',
    verdict: 'Verdict',
    ready: 'peut être jugé',
    tooEarly: (p) => `trop tôt (${p.unmet})`,
    unmet: { audience: 'audience', history: 'historique' },
    unknown: 'inconnue',
  },
  adoption: {
    title: 'Adoption par l’équipe (enquête, 1–5)',
    team: 'Équipe',
    all: 'Tous',
    respondents: 'Répondants',
    mean: 'Moyenne',
    score: 'Score',
    lowSample: (p) => `* moins de répondants que les ${p.min} demandés par le profil${NBSP}: à lire comme une indication, pas une mesure.`,
  },
  trends: {
    title: 'Tendances par période (de la plus ancienne à la plus récente)',
    lastTitle: (p) => `Tendances sur les ${p.count} dernières périodes (de la plus ancienne à la plus récente)`,
    roi: 'ROI',
    index: 'Indice',
  },
  adoptionTotalOnly: `L’adoption vient de l’enquête auprès de l’équipe, qui n’appartient à aucun canal${NBSP}: elle ne compte que dans le Total.`,
  keyFigure: {
    modelledRoi: 'ROI (modélisé)',
    modelledRoiNote: (p) => `${p.share} de la valeur vient de résultats valorisés aux valeurs du profil`,
    revenueRoi: 'ROI en chiffre d’affaires (encaissé dans les fichiers)',
    revenueRoiNone: `n/a${NBSP}: aucun fichier ne porte de chiffre d’affaires`,
    breakEven: (p) => `Valeur d’équilibre par ${p.result}`,
    breakEvenNote: (p) => `le profil en compte ${p.value}${NBSP}; à cette valeur, le ROI modélisé est nul`,
    softIndexNote: `sur 100${NBSP}; 50 = la référence du profil`,
  },
  unitCostNote: (p: { figures: string }) =>
    `Les coûts unitaires divisent la dépense des canaux qui ont apporté le résultat${NBSP}; sur toute la dépense, ` +
    `ils seraient${NBSP}: ${p.figures}.`,
  tooEarlyMark: (p) =>
    `${p.mark} trop tôt pour juger${NBSP}: sous les seuils de maturité du profil (voir Maturité)${NBSP}; le chiffre ` +
    `n’est pas encore un verdict.`,

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
    respondent: { one: 'répondant', other: 'répondants' },
  },
  listSeparator: `${NBSP}; `,
  colon: `${NBSP}: `,
  fileKinds: { 'spend-ledger': 'registre des dépenses', outcomes: 'résultats (CRM / ATS)', 'team-survey': 'enquête d’équipe' },
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
    profile: 'Profil',
    warnings: 'Avertissements',
    method: 'Méthode',
    files: 'Fichiers lus',
  },
  method: {
    cost: 'Coût = dépenses média + coûts du registre (outils, personnel, agence, formation, contenu, autre).',
    value: 'Valeur = chiffre d’affaires + chaque résultat auquel le profil attribue une valeur × sa valeur unitaire.',
    roi:
      `ROI = (valeur − coût) / coût${NBSP}; ROAS = chiffre d’affaires / dépenses média${NBSP}; CPC, CPM, CPL, CPA = ` +
      `dépenses média par clic, pour 1${NNBSP}000 impressions, par prospect, par conversion.`,
    softScores:
      `Sous-scores relationnels = min(100, 50 × taux / référence), taux par impression comparés à la référence du ` +
      `profil pour le canal${NBSP}: 50 au niveau de la référence, 100 au double ou plus.`,
    softIndex:
      `Indice relationnel = moyenne des sous-scores disponibles, pondérée par le profil${NBSP}; un sous-score sans ` +
      `données vaut n/a, jamais 0.`,
    softOthers:
      `Croissance = abonnements nets rapportés à l’audience de départ, en taux mensuel${NBSP}; ambassadeurs = ` +
      `partages par les collaborateurs par publication${NBSP}; tous deux comparés à la référence du profil. Adoption ` +
      `= (réponse moyenne à l’enquête − 1) / 4 × 100${NBSP}; sentiment = (sentiment moyen + 1) × 50.`,
    time:
      `Trop tôt = audience ou mois d’historique sous les seuils de maturité du profil. Effet différé = un adstock ` +
      `géométrique${NBSP}: la valeur encore à venir est la valeur du travail récent × décroissance / (1 − ` +
      `décroissance). Point mort = la première période où la valeur cumulée atteint le coût cumulé, ou celle où une ` +
      `droite tracée par la valeur nette des dernières périodes l’atteindrait.`,
  },
} satisfies Labels;
