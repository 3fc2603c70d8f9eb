import type { ProblemCode, ProblemParams } from '../model/problem.js';
import { count, money, plural } from './message-format.js';

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
  INPUT_NO_FILES: () => 'le dossier ne contient aucun fichier .csv, .tsv, .txt, .xlsx ou .xls',
  INPUT_BINARY: () => `ce n’est pas un fichier texte (données binaires)${NBSP}; exportez le rapport en CSV`,
  INPUT_WORKBOOK: (p) =>
    `impossible de lire ce classeur Excel (${p.reason})${NBSP}: il est peut-être endommagé ou incomplet${NBSP}; ` +
    `ouvrez-le dans Excel et enregistrez-le à nouveau, ou enregistrez-le en CSV`,
  INPUT_UNKNOWN_FORMAT: (p) =>
    `${
      p.sheets === undefined
        ? `type de fichier inconnu (première ligne${NBSP}: ${quoted(p.first)})${NBSP}: son en-tête ne correspond à aucun de`
        : `type de classeur inconnu (feuilles${NBSP}: ${p.sheets}${NBSP}; première ligne${NBSP}: ${quoted(p.first)})${NBSP}: ` +
          `aucune feuille n’a un en-tête qui corresponde à l’un de`
    } ` +
    `${p.tried}${p.closest === undefined ? '' : ` (le plus proche${NBSP}: ${p.closest}, confiance ${p.confidence}${NBSP}%)`}${NBSP}; ` +
    `décrivez ses colonnes dans un fichier de correspondance et passez-le avec --map (voir social-roi inspect ` +
    `FICHIER)`,
  INPUT_INVALID_TEXT: (p) =>
    `texte ${p.encoding} invalide${p.detail ? `${NBSP}: ${p.detail}` : ''}${NBSP}; exportez à nouveau le fichier en UTF-8`,
  INPUT_MISSING_COLUMN: (p) => `export ${p.source} sans colonne ${quoted(p.column)}`,
  INPUT_DUPLICATE_COLUMN: (p) =>
    `colonne ${quoted(p.name)} en double (aussi colonne ${p.other})${NBSP}: impossible de savoir laquelle lire`,
  CSV_QUOTE_NOT_CLOSED: () => 'un guillemet ouvert dans l’enregistrement qui commence sur cette ligne n’est jamais fermé',
  CSV_BAD_QUOTE: () => 'texte inattendu après un guillemet fermant',
  CSV_RECORD_TOO_LARGE: (p) =>
    `un enregistrement qui commence sur cette ligne dépasse ${p.limit} caractères (un guillemet non fermé${NBSP}?)`,
  CSV_FIELD_COUNT: (p) => `${p.expected} champs attendus, ${p.found} trouvés`,
  CSV_SYNTAX: (p) => `impossible de lire cette ligne comme du CSV${NBSP}: ${p.reason}`,
  INPUT_BAD_NUMBER: (p) => `impossible de lire ${quoted(p.value)} dans ${p.column} comme un nombre (nombre attendu ${decimalHint(p)})`,
  INPUT_NEGATIVE_COUNT: (p) => `${p.column} ne peut pas être négatif (${quoted(p.value)})`,
  INPUT_NUMBER_TOO_LARGE: (p) =>
    p.reason === 'too-precise'
      ? `${quoted(p.value)} dans ${p.column} a plus de 4 décimales${NBSP}: impossible de le sommer exactement`
      : `${quoted(p.value)} dans ${p.column} est trop grand pour être sommé exactement`,
  INPUT_BAD_DATE: (p) => `${quoted(p.value)} dans ${p.column} n’est pas une date valide (lue au format ${p.format})`,
  INPUT_DATE_OUT_OF_RANGE: (p) =>
    `${quoted(p.value)} dans ${p.column} est hors des années qu’un rapport couvre (de ${p.first} à ` +
    `${p.last})${NBSP}; pour un coût sans date de fin, indiquez le dernier jour qu’il couvre`,
  INPUT_MIXED_DATE_FORMATS: (p) => `${p.column} mélange des dates mois d’abord (${quoted(p.first)}) et jour d’abord (${quoted(p.second)})`,
  INPUT_RANGE_REVERSED: (p) => `la période se termine (${p.end}) avant de commencer (${p.start})`,
  INPUT_MISSING_VALUE: (p) => `${p.column} est vide`,
  INPUT_BAD_CHANNEL: (p) =>
    `canal inconnu ${quoted(p.value)} (attendu${NBSP}: LinkedIn, Meta, Facebook, Instagram, Google Ads, X, Twitter, TikTok ou all)`,
  INPUT_UNKNOWN_NETWORK: (p) =>
    `le réseau ${quoted(p.value)} de ${p.column} n’est pas un canal couvert par ce rapport (LinkedIn, Facebook, ` +
    `Instagram, X, Twitter, TikTok)${NBSP}; retirez-le de l’export, ou utilisez --lenient pour ignorer ses lignes`,
  INPUT_BAD_CATEGORY: (p) =>
    `catégorie inconnue ${quoted(p.value)} (attendu${NBSP}: média, outils, personnel, agence, formation, contenu ou autre)`,
  INPUT_OUT_OF_RANGE: (p) => `${p.column} doit être entre ${p.min} et ${p.max} (${quoted(p.value)})`,
  INPUT_BAD_CURRENCY: (p) => `${quoted(p.value)} n’est pas un code de devise (trois lettres attendues, comme EUR)`,
  INPUT_NO_CURRENCY: () => 'le fichier n’indique pas la devise de ses montants',
  INPUT_MIXED_CURRENCY: (p) =>
    `des montants en ${p.currency} ne peuvent pas s’ajouter à des montants en ${p.expected}, la devise du rapport ` +
    `(${p.chosen ? 'choisie par --currency ou dans la configuration' : `la devise du profil ${p.profile}`}${p.other ? `, et de ${p.other}` : ''})${NBSP}; ` +
    `indiquez le taux avec --fx ${p.currency}=<valeur de 1 ${p.currency} en ` +
    `${p.expected}>${p.chosen || p.other ? '' : `, ou faites le rapport en ${p.currency}${NBSP}: --currency ${p.currency} --fx ${p.expected}=<valeur de 1 ${p.expected} en ${p.currency}>`}`,
  INPUT_PROFILE_CURRENCY: (p) =>
    `les valeurs du profil ${p.profile} sont en ${p.currency} et le rapport en ${p.expected}${NBSP}; indiquez le ` +
    `taux avec --fx ${p.currency}=<valeur de 1 ${p.currency} en ${p.expected}>`,
  INPUT_OWN_REPORT: () => 'un rapport écrit par social-roi, pas un export',
  OUTPUT_IS_INPUT: () =>
    `--out désigne un des fichiers que cette exécution lit${NBSP}: le rapport le remplacerait${NBSP}; écrivez-le ailleurs`,
  OUTPUT_UNWRITABLE: (p) => `impossible d’écrire le rapport ici (${p.reason})${NBSP}; le fichier précédent, s’il existe, est inchangé`,
  PROFILE_NOT_FOUND: (p) => `${p.message}`,
  PROFILE_INVALID: (p) => `${p.message}`,
  CONFIG_INVALID: (p) => `${p.message}`,
  MAPPING_INVALID: (p) => `${p.message}`,
  INPUT_REPEATED_VALUE_DIFFERS: (p) =>
    `${p.column} vaut ${p.value} ici mais ${p.first} à la ligne ${p.line} pour la même campagne et le même ` +
    `jour${NBSP}: les lignes détaillées par ${p.by} répètent la valeur ${p.column} de leur campagne, elles doivent ` +
    `donc concorder`,
  'ambiguous-dates': (p) =>
    `aucune date de ${p.column} ne montre si le jour ou le mois vient en premier${NBSP}: lues au format ` +
    `${p.format}, ` +
    `${p.basis === 'numbers' ? 'l’ordre qui va avec le séparateur décimal de ses nombres' : `l’ordre des exports ${p.source} dans cette langue`}`,
  'no-data-rows': () => 'un en-tête mais aucune ligne de données',
  'rows-skipped': (p) =>
    `${plural(p.count, 'ligne ignorée', 'lignes ignorées', 'fr-FR')} (--lenient) pour ${p.reason}${NBSP}; ` +
    `${String(p.lines).includes(',') ? 'premières lignes concernées' : 'ligne concernée'}${NBSP}: ${p.lines}`,
  'duplicate-file': (p) => `les mêmes octets que ${p.first}${NBSP}: lu une fois, pas compté deux fois`,
  'file-skipped': (p) => `pas un export que cet outil lit (${p.reason})${NBSP}: laissé de côté (--lenient)`,
  'empty-window': (p) =>
    `aucune ligne des fichiers ne tombe entre le ${p.from} et le ${p.to}${NBSP}: tous les chiffres sont à 0 (vérifiez --from et --to)`,
  'header-repeated': (p) =>
    `l’en-tête se répète à la ligne ${p.line} (deux exports réunis en un seul fichier${NBSP}?)${NBSP}: cette ligne a été ignorée`,
  'negative-amount': (p) =>
    `${plural(p.count, 'montant négatif', 'montants négatifs', 'fr-FR')} (remboursements ou avoirs) ` +
    `${Number(p.count) < 2 ? 'conservé' : 'conservés'} dans les totaux, le premier sur cette ligne`,
  'masked-values': (p) =>
    `${p.count} valeur(s) de la colonne ${p.column} masquée(s) par la plateforme sous la forme ${quoted(p.shown)} ` +
    `(trop faibles pour être montrées)${NBSP}: comptée(s) comme 0, le total est donc un peu bas${NBSP}; la première ` +
    `sur cette ligne`,
  'legacy-encoding': () =>
    `pas en UTF-8${NBSP}: lu en Windows-1252 (Excel sous Windows)${NBSP}; vérifiez que les noms accentués s’affichent correctement`,
  'too-early': (p) => {
    const unmet = String(p.unmet);
    const facts = [
      unmet.includes('history') ? `${plural(p.months, 'mois', 'mois', 'fr-FR')} d’historique (le profil en attend ${p.minMonths})` : '',
      unmet.includes('audience')
        ? `${plural(p.audience, 'abonné', 'abonnés', 'fr-FR')} (le profil en attend ${count(p.minAudience, 'fr-FR')})`
        : '',
    ];
    return (
      `${p.channel}${NBSP}: trop tôt pour juger${NBSP}: ${facts.filter(Boolean).join(' et ')}${NBSP}; son ROI est une ` +
      `première lecture, pas encore un verdict`
    );
  },
  'negative-cost': (p) =>
    `${p.channel === 'total' ? 'le rapport dans son ensemble' : p.channel}${NBSP}: les avoirs dépassent les ` +
    `dépenses (un coût de ${money(p.cost, 'fr-FR')}), donc son ROI n’est pas défini${NBSP}: un rendement sur une ` +
    `dépense négative ne veut rien dire${NBSP}; vérifiez les avoirs du registre des dépenses`,
  'link-skipped': (p) =>
    `${p.reason === 'ELOOP' ? 'une boucle de liens' : p.reason === 'ENOENT' ? 'un lien vers un fichier qui n’existe pas' : `illisible (${p.reason})`}${NBSP}: laissé de côté`,
  'own-report-skipped': () => `un rapport écrit par social-roi, pas un export${NBSP}: laissé de côté`,
  'no-cost': (p) =>
    `${p.channel}${NBSP}: de l’activité dans les fichiers mais aucun coût, donc pas de ROI${NBSP}: le travail ` +
    `organique n’est pas gratuit${NBSP}; inscrivez le temps de l’équipe (heures × taux) ou ses outils dans le ` +
    `registre des dépenses`,
  fatigue: (p) =>
    `${p.channel}${NBSP}: signes d’un cercle vicieux du ${p.from} au ${p.to}${NBSP}: les publications passent de ` +
    `${count(p.postsFrom, 'fr-FR')} à ${count(p.postsTo, 'fr-FR')} tandis que les interactions par publication ` +
    `tombent de ${count(p.engagementPerPostFrom, 'fr-FR')} à ` +
    `${count(p.engagementPerPostTo, 'fr-FR')}${p.unfollowsFrom === undefined ? '' : ` et que les désabonnements montent de ${count(p.unfollowsFrom, 'fr-FR')} à ${count(p.unfollowsTo, 'fr-FR')}`}${NBSP}; ` +
    `envoyer plus fait perdre l’audience${NBSP}: moins de publications, mieux faites, et plus de conversations ` +
    `cassent le cercle`,
  'low-sample': (p) =>
    `seulement ${plural(p.respondents, 'répondant', 'répondants', 'fr-FR')} à l’enquête, moins que les ` +
    `${p.minRespondents} demandés par le profil${NBSP}: le score d’adoption est une indication, pas une mesure`,
  'possible-double-count': (p) =>
    `${p.channel} en ${p.month}${NBSP}: ce fichier de résultats et un export de plateforme donnent tous deux ` +
    `${p.metrics}${NBSP}; si le CRM enregistre les prospects que la plateforme compte déjà, ils sont comptés deux ` +
    `fois (ne les gardez que dans un fichier)`,
  'lifetime-mixed': (p) =>
    `${p.channel}${NBSP}: ${p.lifetimeFiles} fichier(s) de totaux à vie de publications (le premier${NBSP}: ` +
    `${p.lifetimeFile}) s’ajoutent à ${p.periodFiles} fichier(s) de totaux par période (le premier${NBSP}: ` +
    `${p.periodFile}) dans ${p.metrics}${NBSP}; le total à vie d’une publication compte tout ce qu’elle a recueilli ` +
    `jusqu’à l’export, daté du jour de sa publication, alors qu’un total par période compte ce qui s’est passé ` +
    `pendant ses propres jours${NBSP}: ces sommes mêlent deux mesures différentes (faites un rapport à part sur les ` +
    `exports de publications pour comparer ce qui est comparable)`,
  'series-not-read': (p) =>
    `la série ${quoted(p.series)} nommée sur cette ligne ne correspond à aucune des mesures lues par ce ` +
    `rapport${NBSP}: ses valeurs ne sont pas comptées`,
  'shared-costs-unallocated': (p) =>
    `${money(p.amount, 'fr-FR')} ${p.currency} de coûts partagés tombent dans des mois sans dépense média sur aucun ` +
    `canal${NBSP}: conservés dans le groupe ${quoted('all')}`,
  'overlapping-files': (p) =>
    `${p.later} répète des lignes de cet export ${p.source} (le même téléchargement une seconde ` +
    `fois${NBSP}?)${NBSP}: du ${p.start} au ${p.end}, les jours couverts par les deux fichiers, ses ${p.campaigns} ` +
    `campagne(s) sont comptées une fois, d’après ${p.later} (nommé après), et les lignes de ce fichier pour elles ` +
    `sont laissées de côté`,
  'range-rows': (p) =>
    `les lignes sont des totaux sur la période que chacune indique (${p.startColumn} à ${p.endColumn}, sans détail ` +
    `par jour), du ${p.start} au ${p.end} en tout${NBSP}: chacune est répartie également sur ses jours`,
  'undated-rows': (p) =>
    `les lignes ne portent pas de date${NBSP}: chacune est un total sur la période indiquée au-dessus de l’en-tête, ` +
    `du ${p.start} au ${p.end}, réparti également sur ses jours`,
  'period-start-rows': (p) =>
    `les lignes sont des totaux ${p.source} sur la période du rapport, datés de son premier jour${NBSP}: répartis ` +
    `du ${p.start} au ${p.end} (la période indiquée au-dessus de l’en-tête), pas comptés sur le seul ${p.start}`,
  'segment-rows': (p) =>
    `les lignes sont des totaux par ${p.segment === 'week' ? 'semaine' : 'mois'} (${p.column})${NBSP}: chacune est ` +
    `répartie sur les jours de ` +
    `${p.segment === 'week' ? 'sa semaine' : 'son mois'}${p.clipped === 'yes' ? ` compris dans la période indiquée au-dessus de l’en-tête, du ${p.start} au ${p.end}` : ''}`,
  'conversion-action-rows': (p) =>
    `les lignes sont détaillées par ${p.column} (${p.actions} action(s)), chacune répétant ${p.repeated} de sa ` +
    `campagne${NBSP}: ces valeurs sont comptées une fois par campagne et par jour, tandis que les conversions et ` +
    `leur valeur sont additionnées sur les actions`,
  'result-type-rows': (p) =>
    `${p.column} lus comme conversions sur ${p.counted} ligne(s), où ${p.typeColumn} désigne une conversion ` +
    `(${p.countedTypes || 'aucun'})${NBSP}; laissés de côté sur ${p.left} ligne(s), où ce n’est pas le cas ` +
    `(${p.leftTypes || 'aucun'})${p.purchases ? `${NBSP}; les achats sont comptés une fois, d’après ${p.purchases}` : ''}`,
  'duplicate-headers': (p) =>
    `les colonnes ${p.columns} portent le même nom ${quoted(p.name)}${NBSP}: aucune n’est lue, le doublon ne change donc rien`,
} satisfies Record<ProblemCode, Template>;
