import type { ProfileLabels } from './profile-labels.en.js';

const NBSP = '\u00a0';

/** French text of `profiles`: the same keys as profile-labels.en.ts. */
export const PROFILE_LABELS_FR = {
  listHeads: { id: 'id', sector: 'secteur', currency: 'devise', fits: 'pour qui' },
  listHints: [`En détail${NBSP}: social-roi profiles show ID`, `Le vôtre${NBSP}:  social-roi profiles init ID > mon-profil.json`],
  title: (p) => `${p.id}${NBSP}: ${p.sector}, en ${p.currency}`,
  from: (p) => `Source${NBSP}: ${p.chain}`,
  marked: (p) => `Les clés marquées [de …] viennent de ce fichier${NBSP}; les autres de ${p.root}.`,
  fromTag: (p) => `[de ${p.file}]`,
  description: 'Description',
  useCase: 'Usage',
  useCaseNotSet: `non défini${NBSP}: le rapport garde son ordre habituel`,
  useCaseNames: {
    'social-selling': 'Vente sociale',
    recruitment: 'Recrutement',
    'customer-relations': 'Relation client',
    communication: 'Communication',
    training: 'Formation',
  },
  showsFirst: (p) => `le rapport montre d’abord ${p.drivers}${NBSP}; puis ${p.scores}`,
  values: (p) => `Valeurs (${p.currency})`,
  notValued: 'non valorisé',
  revenue: 'chiffre d’affaires',
  noteOverridden: (p) => `fixée par ${p.file}, qui ne donne pas de note${NBSP}: la note du profil qu’il étend parlait d’une autre valeur`,
  funnels: 'Entonnoirs (chaque étape valorisée au-delà de la précédente)',
  perPost: (p) => `${p.value} par publication`,
  weights: 'Pondérations (de l’indice relationnel)',
  benchmarks: `Références (taux par impression${NBSP}; croissance par mois, de l’audience)`,
  maturity: 'Maturité (un canal est trop jeune pour être jugé sous l’un ou l’autre seuil)',
  carryover: 'Effet différé (la part d’un effet reportée sur la période suivante)',
  fatigue: 'Lassitude (sur les dernières périodes d’un canal)',
  survey: 'Enquête (adoption par l’équipe)',
  glosses: {
    minAudience: (p) => `${p.value} abonnés`,
    minMonths: (p) => `${p.value} mois de données`,
    volumeRise: (p) => `${p.value} (publications en hausse de ${p.percent} ou plus)`,
    engagementDrop: (p) => `${p.value} (interactions par publication en baisse de ${p.percent} ou plus)`,
  },
  valid: (p) => `${p.file}${NBSP}: valide`,
  validExtends: (p) => `${p.file}${NBSP}: valide (étend ${p.chain})`,
} satisfies ProfileLabels;
