import type { NarrativeText } from './narrative.en.js';

// A no-break space before a colon or semicolon, as French writes them.
const NBSP = '\u00a0';

/** French sentences of the interpretation: the same keys as narrative.en.ts. */
export const NARRATIVE_FR = {
  measured: (p) =>
    `Ce rapport couvre la période ${p.period}${NBSP}: ${p.files} et ${p.rows}, lus avec le profil ` +
    `${p.profile}${NBSP}; les montants sont en ${p.currency}.`,
  measuredNoPeriod: (p) =>
    `Aucune ligne des fichiers ne porte de date, ce rapport ne couvre donc aucune période${NBSP}: ${p.files} et ` +
    `${p.rows}, lus avec le profil ${p.profile}${NBSP}; les montants sont en ${p.currency}.`,
  measuredEmptyWindow: (p) =>
    `Aucune ligne des fichiers ne tombe entre les dates demandées (--from, --to), tous les chiffres ci-dessous sont ` +
    `donc à 0${NBSP}: ${p.files} et ${p.rows} lus, avec le profil ${p.profile}${NBSP}; les montants sont en ` +
    `${p.currency}.`,
  channelsWithData: (p) => `Canaux avec des données${NBSP}: ${p.channels}.`,
  costOnly: (p) => `Des coûts sans aucun résultat dans les fichiers${NBSP}: ${p.channels}.`,

  hardResult: (p) =>
    `Résultat financier${NBSP}: un coût de ${p.cost} (${p.media} de dépenses média, ${p.other} d’autres coûts) pour ` +
    `une valeur de ${p.value}, soit un ROI de ${p.roi}.`,
  hardNoCost: `Résultat financier${NBSP}: aucun coût n’est enregistré, il n’y a donc pas de ROI.`,
  valueFound: (p) => `La valeur trouvée est de ${p.value}.`,
  valueMixed: (p) =>
    `Sur cette valeur, ${p.revenue} sont du chiffre d’affaires porté par les fichiers et ${p.priced} viennent de ` +
    `résultats valorisés aux valeurs unitaires du profil${NBSP}: ${p.drivers}.`,
  valueRevenueOnly: 'Toute cette valeur est du chiffre d’affaires porté par les fichiers.',
  valuePricedOnly: (p) => `Toute cette valeur vient de résultats valorisés aux valeurs unitaires du profil${NBSP}: ${p.drivers}.`,
  valueNone: `Aucune valeur trouvée${NBSP}: ni chiffre d’affaires, ni résultat auquel le profil attribue une valeur.`,
  pricedDriver: (p) => `${p.count} à ${p.unit} l’unité`,
  bestWorst: (p) => `Par canal, ${p.best} rapporte le plus (ROI ${p.bestRoi}) et ${p.worst} le moins (${p.worstRoi}).`,

  softResult: (p) => `Résultat relationnel${NBSP}: un indice de ${p.index} sur 100, ${p.position}.`,
  softAbove: 'au-dessus des références du profil (50)',
  softAt: 'au niveau des références du profil (50)',
  softBelow: 'en dessous des références du profil (50)',
  softExtremes: (p) =>
    `Sous-score le plus fort${NBSP}: ${p.strongest} (${p.strongScore})${NBSP}; le plus faible${NBSP}: ${p.weakest} (${p.weakScore}).`,
  softSingle: (p) => `L’indice repose sur le seul sous-score ${p.name}.`,
  softMissing: (p) => `Non mesurés, faute de données${NBSP}: ${p.names}${NBSP}; l’indice porte sur les autres.`,
  softNone: `Résultat relationnel${NBSP}: aucun, car aucun fichier n’a les colonnes dont les sous-scores relationnels ont besoin.`,
  subScores: {
    conversation: 'conversation',
    amplification: 'amplification',
    engagement: 'engagement',
    growth: 'croissance',
    advocacy: 'ambassadeurs',
    adoption: 'adoption',
    sentiment: 'sentiment',
  },

  paybackReached: (p) => `Dans le temps${NBSP}: la valeur cumulée a rejoint le coût cumulé en ${p.period}.`,
  paybackProjected: (p) =>
    `Dans le temps${NBSP}: la valeur cumulée n’a pas encore rejoint le coût cumulé (reste ${p.gap})${NBSP}; si la ` +
    `tendance des dernières périodes se maintient (valeur nette en progrès de ${p.trend} par période), elle le ` +
    `ferait en ${p.period}, une projection qui ne vaut que si cette tendance se maintient.`,
  paybackNotProjected:
    `Dans le temps${NBSP}: la valeur cumulée n’a pas rejoint le coût cumulé, et les dernières périodes ne disent ` +
    `pas quand elle le fera.`,
  carryover: (p) =>
    `En comptant la valeur encore à venir du travail le plus récent (part de l’effet reportée d’une période à la ` +
    `suivante${NBSP}: ${p.decay}, par ${p.unit}), le ROI à long terme est de ${p.longTerm}, contre ${p.immediate} ` +
    `compté aujourd’hui.`,
  units: { week: 'semaine', month: 'mois' },
  adoption: (p) => `Adoption par l’équipe, d’après l’enquête${NBSP}: ${p.score} sur 100, pour ${p.respondents}.`,
  adoptionLowSample: (p) =>
    `Adoption par l’équipe, d’après l’enquête${NBSP}: ${p.score} sur 100, pour ${p.respondents}, trop peu de ` +
    `réponses pour plus qu’une indication.`,

  tooEarly: (p) =>
    `Trop tôt pour juger${NBSP}: ${p.channels}, dont l’audience ou l’historique est sous les seuils de maturité du ` +
    `profil${NBSP}; ${p.one ? 'ses chiffres ne sont' : 'leurs chiffres ne sont'} pas encore un verdict.`,
  tooEarlyUnnamed:
    `Trop tôt pour juger${NBSP}: certains chiffres portent sur une audience ou un historique sous les seuils de ` +
    `maturité du profil (voir les avertissements).`,
  fatigue: (p) =>
    `À surveiller${NBSP}: des signes de lassitude sur ${p.channels}, où l’on publie davantage alors que ` +
    `l’engagement par publication baisse.`,
  fatigueUnnamed:
    `À surveiller${NBSP}: les avertissements montrent des signes de lassitude, où l’on publie davantage alors que ` +
    `l’engagement par publication baisse.`,

  limits:
    `Ce que ces chiffres ne disent pas${NBSP}: la valeur ne compte que ce que portent les fichiers lus, le chiffre ` +
    `d’affaires qu’ils déclarent et les résultats valorisés aux valeurs unitaires du profil, sans attribution ` +
    `au-delà${NBSP}; les effets que les exports et le registre des dépenses ne montrent pas n’y figurent pas. Les ` +
    `scores relationnels comparent des taux aux références du profil, qui sont des hypothèses énoncées dans le ` +
    `profil avec leurs sources, pas des mesures.`,
  warnings: (p) => `Le rapport comporte ${p.count}, à lire avant de citer ces chiffres.`,
} satisfies NarrativeText;
