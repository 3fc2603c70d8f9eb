import type { ProblemCode, ProblemParams } from '../model/problem.js';
import { money } from './message-format.js';

type Template = (p: ProblemParams) => string;

// French puts a no-break space before a colon or semicolon and inside guillemets, so that a wrapped
// line never starts with the punctuation.
const NBSP = '\u00a0';

const quoted = (value: string | number | undefined) => `«${NBSP}${value}${NBSP}»`;
const decimalHint = (p: ProblemParams) => (p.decimal === ',' ? 'comme 1 234,56' : 'comme 1,234.56');

/** French text of every problem code: the same keys as the English table, kept complete by `satisfies`. */
export const PROBLEM_MESSAGES_FR = {
  USAGE: (p) => `${p.message}`,
  INPUT_NOT_FOUND: () => 'fichier ou dossier introuvable',
  INPUT_UNREADABLE: (p) => `impossible de lire ce fichier (${p.reason})`,
  INPUT_EMPTY: () => 'le fichier est vide (0 octet)',
  INPUT_NO_FILES: () => 'le dossier ne contient aucun fichier .csv, .tsv ou .txt',
  INPUT_BINARY: () => `ce n’est pas un fichier texte (données binaires)${NBSP}; exportez le rapport en CSV`,
  INPUT_WORKBOOK: () => `c’est un classeur Excel (XLSX/XLS), pas un CSV${NBSP}; exportez-le ou enregistrez-le en CSV`,
  INPUT_UNKNOWN_FORMAT: (p) =>
    `type de fichier inconnu${NBSP}: son en-tête ne correspond à aucun de ${p.tried} (première ligne${NBSP}: ${quoted(p.first)})${NBSP}; vérifiez qu’il s’agit d’un export non modifié (social-roi inspect montre ce qui a été trouvé)`,
  INPUT_INVALID_TEXT: (p) => `texte ${p.encoding} invalide${p.detail ? `${NBSP}: ${p.detail}` : ''}${NBSP}; exportez à nouveau le fichier en UTF-8`,
  INPUT_MISSING_COLUMN: (p) => `export ${p.source} sans colonne ${quoted(p.column)}`,
  INPUT_DUPLICATE_COLUMN: (p) => `colonne ${quoted(p.name)} en double (aussi colonne ${p.other})${NBSP}: impossible de savoir laquelle lire`,
  CSV_QUOTE_NOT_CLOSED: () => 'un guillemet ouvert dans l’enregistrement qui commence sur cette ligne n’est jamais fermé',
  CSV_BAD_QUOTE: () => 'texte inattendu après un guillemet fermant',
  CSV_RECORD_TOO_LARGE: (p) => `un enregistrement qui commence sur cette ligne dépasse ${p.limit} caractères (un guillemet non fermé${NBSP}?)`,
  CSV_FIELD_COUNT: (p) => `${p.expected} champs attendus, ${p.found} trouvés`,
  CSV_SYNTAX: (p) => `impossible de lire cette ligne comme du CSV${NBSP}: ${p.reason}`,
  INPUT_BAD_NUMBER: (p) => `impossible de lire ${quoted(p.value)} dans ${p.column} comme un nombre (nombre attendu ${decimalHint(p)})`,
  INPUT_NEGATIVE_COUNT: (p) => `${p.column} ne peut pas être négatif (${quoted(p.value)})`,
  INPUT_NUMBER_TOO_LARGE: (p) =>
    p.reason === 'too-precise'
      ? `${quoted(p.value)} dans ${p.column} a plus de 4 décimales${NBSP}: impossible de le sommer exactement`
      : `${quoted(p.value)} dans ${p.column} est trop grand pour être sommé exactement`,
  INPUT_BAD_DATE: (p) => `${quoted(p.value)} dans ${p.column} n’est pas une date valide (lue au format ${p.format})`,
  INPUT_MIXED_DATE_FORMATS: (p) =>
    `${p.column} mélange des dates mois d’abord (${quoted(p.first)}) et jour d’abord (${quoted(p.second)})`,
  INPUT_RANGE_REVERSED: (p) => `la période se termine (${p.end}) avant de commencer (${p.start})`,
  INPUT_MISSING_VALUE: (p) => `${p.column} est vide`,
  INPUT_BAD_CHANNEL: (p) =>
    `canal inconnu ${quoted(p.value)} (attendu${NBSP}: LinkedIn, Meta, Facebook, Instagram, Google Ads, X, Twitter, TikTok ou all)`,
  INPUT_BAD_CATEGORY: (p) =>
    `catégorie inconnue ${quoted(p.value)} (attendu${NBSP}: média, outils, personnel, agence, formation, contenu ou autre)`,
  INPUT_BAD_CURRENCY: (p) => `${quoted(p.value)} n’est pas un code de devise (trois lettres attendues, comme EUR)`,
  INPUT_NO_CURRENCY: () => 'le fichier n’indique pas la devise de ses montants',
  INPUT_MIXED_CURRENCY: (p) =>
    `des montants en ${p.currency} ne peuvent pas s’ajouter à des montants en ${p.expected} (la devise du profil ${p.profile}${p.other ? `, et de ${p.other}` : ''})${NBSP}; indiquez son taux dans la configuration («${NBSP}fx${NBSP}»${NBSP}: { "${p.currency}": … } dans social-roi.config.json) ou utilisez un profil en ${p.currency}`,
  OUTPUT_UNWRITABLE: (p) => `impossible d’écrire le rapport ici (${p.reason})${NBSP}; le fichier précédent, s’il existe, est inchangé`,
  PROFILE_NOT_FOUND: (p) => `${p.message}`,
  PROFILE_INVALID: (p) => `${p.message}`,
  CONFIG_INVALID: (p) => `${p.message}`,
  'ambiguous-dates': (p) =>
    `aucune date de ${p.column} ne montre si le jour ou le mois vient en premier${NBSP}: lues au format ${p.format}, ${p.basis === 'numbers' ? 'l’ordre qui va avec le séparateur décimal de ses nombres' : `l’ordre des exports ${p.source} dans cette langue`}`,
  'no-data-rows': () => 'un en-tête mais aucune ligne de données',
  'rows-skipped': (p) => `${p.count} ligne(s) ignorée(s) (--lenient) pour ${p.reason}${NBSP}; premières lignes concernées${NBSP}: ${p.lines}`,
  'duplicate-file': (p) => `les mêmes octets que ${p.first}${NBSP}: lu une fois, pas compté deux fois`,
  'file-skipped': (p) => `pas un export que cet outil lit (${p.reason})${NBSP}: laissé de côté (--lenient)`,
  'empty-window': (p) => `aucune ligne des fichiers ne tombe entre le ${p.from} et le ${p.to}${NBSP}: tous les chiffres sont à 0 (vérifiez --from et --to)`,
  'header-repeated': (p) =>
    `l’en-tête se répète à la ligne ${p.line} (deux exports réunis en un seul fichier${NBSP}?)${NBSP}: cette ligne a été ignorée`,
  'negative-amount': (p) =>
    `${p.count} montant(s) négatif(s) (remboursements ou avoirs) conservé(s) dans les totaux, le premier sur cette ligne`,
  'masked-values': (p) =>
    `${p.count} valeur(s) de la colonne ${p.column} masquée(s) par la plateforme sous la forme ${quoted(p.shown)} (trop faibles pour être montrées)${NBSP}: comptée(s) comme 0, le total est donc un peu bas${NBSP}; la première sur cette ligne`,
  'legacy-encoding': () =>
    `pas en UTF-8${NBSP}: lu en Windows-1252 (Excel sous Windows)${NBSP}; vérifiez que les noms accentués s’affichent correctement`,
  'shared-costs-unallocated': (p) =>
    `${money(p.amount, 'fr-FR')} ${p.currency} de coûts partagés tombent dans des mois sans dépense média sur aucun canal${NBSP}: conservés dans le groupe ${quoted('all')}`,
} satisfies Record<ProblemCode, Template>;
