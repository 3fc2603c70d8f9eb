import type { MappingRole } from './mapped-source.js';

/**
 * Words that name a column in the exports people bring, in English and French, folded as
 * `headerWords` folds a header (lower case, no accents, no punctuation). A header is guessed as the
 * role whose longest phrase it contains, so `video views` wins over `views` and `date de debut` over
 * `date`. Guesses only: `inspect` shows each one for the user to confirm.
 */
export const ROLE_PHRASES: Readonly<Record<MappingRole, readonly string[]>> = {
  date: ['date', 'day', 'jour', 'reporting date', 'date du rapport'],
  start: ['start', 'start date', 'starts', 'reporting starts', 'debut', 'date de debut'],
  end: ['end', 'end date', 'ends', 'reporting ends', 'fin', 'date de fin'],
  campaign: ['campaign', 'campaign name', 'campagne', 'nom de la campagne'],
  currency: ['currency', 'devise', 'monnaie'],
  channel: ['channel', 'network', 'platform', 'social network', 'canal', 'reseau', 'reseau social', 'plateforme'],
  spend: [
    'spend',
    'spent',
    'amount spent',
    'cost',
    'costs',
    'amount',
    'depense',
    'depenses',
    'montant',
    'montant depense',
    'cout',
    'couts',
  ],
  impressions: ['impressions', 'impression', 'views', 'vues', 'affichages'],
  reach: ['reach', 'portee', 'couverture'],
  clicks: ['clicks', 'link clicks', 'clics', 'clics sur un lien', 'clics sur le lien'],
  reactions: ['likes', 'reactions', 'favorites', 'j aime', 'mentions j aime', 'reactions j aime'],
  comments: ['comments', 'replies', 'commentaires', 'reponses'],
  shares: ['shares', 'reposts', 'retweets', 'partages', 'repartages'],
  saves: ['saves', 'saved', 'enregistrements', 'sauvegardes'],
  // Not `followers` alone: most exports mean the audience's size by it, which does not add up over days.
  follows: ['follows', 'new followers', 'followers gained', 'nouveaux abonnes'],
  videoViews: ['video views', 'video plays', 'vues de la video', 'vues video', 'lectures video'],
  leads: ['leads', 'lead', 'prospects'],
  conversions: ['conversions', 'conversion'],
  revenue: [
    'revenue',
    'revenues',
    'sales',
    'conversion value',
    'purchase value',
    'chiffre d affaires',
    'revenus',
    'ventes',
    'valeur de conversion',
  ],
  messages: ['messages', 'messages received', 'messages recus'],
  unfollows: ['unfollows', 'followers lost', 'desabonnements'],
  posts: ['posts', 'publications'],
  employeeShares: ['employee shares', 'partages des collaborateurs', 'partages collaborateurs'],
  applications: ['applications', 'job applications', 'candidatures'],
  hires: ['hires', 'recrutements', 'embauches'],
  mentions: ['mentions'],
};

/**
 * Words that make a column a rate, an average or a share: never read, since the report recomputes
 * them from the sums (`Cost per click`, `Coût par clic`, `CTR`, `Taux d'engagement`).
 */
export const RATE_WORDS: ReadonlySet<string> = new Set([
  'per',
  'par',
  'rate',
  'taux',
  'ratio',
  'average',
  'avg',
  'moyen',
  'moyenne',
  'frequency',
  'frequence',
  'ctr',
  'cpc',
  'cpm',
  'cpa',
  'cpl',
  'cpv',
  'roas',
  'roi',
  'percent',
  'pourcentage',
  '%',
]);

/** A header as words: lower case, accents and parenthesised units (`(EUR)`, `(€)`) removed, punctuation as spaces. */
export function headerWords(header: string): string[] {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .split(/[^a-z0-9%]+/)
    .filter((word) => word !== '');
}
