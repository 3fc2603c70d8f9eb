import type { InspectLabels } from './inspect-labels.en.js';

const NBSP = '\u00a0';

/** French text of `inspect`: the same keys as inspect-labels.en.ts. */
export const INSPECT_LABELS_FR = {
  facts: {
    kind: 'type',
    runnerUp: 'ensuite',
    encoding: 'encodage',
    delimiter: 'séparateur',
    header: 'en-tête',
    dates: 'dates',
    numbers: 'nombres',
    currency: 'devise',
    period: 'période',
    rows: 'lignes',
    leftOut: 'ignorée',
    firstRow: '1re ligne',
    closest: 'plus proche',
    sheets: 'feuilles',
  },
  kindConfidence: (p) => `${p.label} (${p.kind}), confiance ${p.confidence}`,
  runnerUp: (p) => `${p.label}, confiance ${p.confidence}`,
  none: 'aucun',
  delimiters: { ',': 'virgule', ';': 'point-virgule', '\t': 'tabulation', cells: 'aucun (une feuille de cellules)' },
  headerAt: (p) => `${p.row ? 'rangée' : 'ligne'} ${p.line}, langue de l’interface ${p.language}`,
  dateBases: {
    iso: 'dates ISO',
    names: `noms de mois${NBSP}: aucun ordre à décider`,
    values: 'un jour au-delà de 12 tranche l’ordre',
    'ui-language': `aucun jour au-delà de 12${NBSP}: l’ordre habituel de cet export dans la langue de son interface`,
    'decimal-mark': `aucun jour au-delà de 12${NBSP}: l’ordre qui va avec le séparateur décimal`,
    preamble: 'pas de colonne de date',
    mapping: 'l’ordre indiqué par le fichier de correspondance',
  },
  decimalMark: (p) => `séparateur décimal «${NBSP}${p.mark}${NBSP}»`,
  notStated: 'non indiquée',
  periodRange: (p) => `du ${p.start} au ${p.end}`,
  rowCounts: (p) => `${p.rows} lues, ${p.totals} ligne(s) de total écartée(s), ${p.skipped} ignorée(s)`,
  skippedFor: (p) => `${p.rows} pour ${p.reason}, la première à la (aux) ligne(s) ${p.lines}`,
  warnings: 'avertissements',
  quirksHandled: 'particularités traitées',
  emptySheet: 'une feuille vide',
  noKnownHeader: 'aucun en-tête d’un type connu',
  columnsUnread: `colonnes${NBSP}: aucune ligne n’a pu être lue pour les essayer`,
  columnHeads: { number: 'n°', column: 'colonne', readAs: 'lue comme', guessedAs: 'devinée comme' },
  notRead: 'non lue',
  unknownKind: `inconnu${NBSP}: aucun type intégré ni fichier de correspondance ne reconnaît son en-tête`,
  notText: 'pas du texte',
  headerLine: (p) => `ligne ${p.line}`,
  noTable: `pas de tableau dans ses premières lignes${NBSP}: aucune correspondance à proposer`,
  guessBases: {
    name: '',
    values: ' (d’après ses valeurs)',
    rate: `non lue${NBSP}: un taux ou une moyenne, recalculé à partir des sommes`,
    'values-disagree': `non lue${NBSP}: ses valeurs ne correspondent pas à son nom`,
    taken: `non lue${NBSP}: une autre colonne le donne déjà`,
    unknown: `non lue${NBSP}: non reconnue`,
  },
  toDecide: 'à décider',
  questions: {
    'no-channel':
      `channel${NBSP}: de quel réseau vient ce fichier${NBSP}? Remplacez «${NBSP}?${NBSP}» par linkedin, meta, ` +
      `google-ads, x ou tiktok, ou lisez une colonne comme «${NBSP}channel${NBSP}»`,
    'no-date':
      `columns${NBSP}: aucune colonne ne ressemble à une date${NBSP}; lisez-en une comme «${NBSP}date${NBSP}» (ou ` +
      `«${NBSP}start${NBSP}» et «${NBSP}end${NBSP}»)`,
    'no-metric': `columns${NBSP}: aucune colonne ne ressemble à une mesure${NBSP}; lisez-en au moins une comme impressions, clicks, spend…`,
    'dates-unsettled':
      `dateFormat${NBSP}: aucun jour au-delà de 12 dans les premières lignes ne dit si le jour ou le mois vient en ` +
      `premier${NBSP}; vérifiez-le`,
  },
  suggested:
    `correspondance proposée${NBSP}: enregistrez le JSON ci-dessous dans un fichier (mapping.json), vérifiez chaque ` +
    `supposition, puis lancez`,
} satisfies InspectLabels;
