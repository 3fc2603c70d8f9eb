/**
 * Writes records as each supported export kind, in a UI language, an encoding and a delimiter, the
 * way the platforms do: the oracle side of the round-trip properties.
 */
export interface ExportRecord {
  day: number;
  campaign: string;
  /** Money in cents, counts whole. */
  spendCents: number;
  revenueCents: number;
  impressions: number;
  clicks: number;
  leads: number;
}

type Kind = 'linkedin' | 'meta' | 'google' | 'ledger';
type Language = 'en' | 'fr';
type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le';
type Delimiter = ',' | ';' | '\t';

export interface Style {
  kind: Kind;
  language: Language;
  encoding: Encoding;
  delimiter: Delimiter;
  /** Thousands separator for French numbers: space, no-break space or narrow no-break space. */
  frenchGroup: ' ' | '\u00a0' | '\u202f';
}

const HEADERS: Record<Kind, Record<Language, string[]>> = {
  linkedin: {
    en: ['Start Date (in UTC)', 'Campaign Name', 'Currency', 'Total Spent', 'Impressions', 'Clicks', 'Leads'],
    fr: ['Date de début (en UTC)', 'Nom de la campagne', 'Devise', 'Montant total dépensé', 'Impressions', 'Clics', 'Prospects'],
  },
  meta: {
    en: [
      'Campaign name',
      'Day',
      'Reporting starts',
      'Reporting ends',
      'Amount spent (EUR)',
      'Impressions',
      'Link clicks',
      'Leads',
      'Purchases conversion value',
    ],
    fr: [
      'Nom de la campagne',
      'Jour',
      'Début des rapports',
      'Fin des rapports',
      'Montant dépensé (EUR)',
      'Impressions',
      'Clics sur un lien',
      'Prospects',
      'Valeur de conversion des achats',
    ],
  },
  google: {
    en: ['Campaign status', 'Campaign', 'Day', 'Currency code', 'Clicks', 'Impr.', 'Cost', 'Conv. value'],
    fr: ['État de la campagne', 'Campagne', 'Jour', 'Code de la devise', 'Clics', 'Impr.', 'Coût', 'Valeur de conv.'],
  },
  ledger: {
    en: ['date', 'channel', 'campaign', 'category', 'amount', 'currency'],
    fr: ['date', 'canal', 'campagne', 'catégorie', 'montant', 'devise'],
  },
};

function money(cents: number, style: Style): string {
  const sign = cents < 0 ? '-' : '';
  const whole = Math.floor(Math.abs(cents) / 100);
  const fraction = String(Math.abs(cents) % 100).padStart(2, '0');
  const grouped = whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, style.language === 'fr' ? style.frenchGroup : ',');
  return `${sign}${grouped}${style.language === 'fr' ? ',' : '.'}${fraction}`;
}

function count(n: number, style: Style): string {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, style.language === 'fr' ? style.frenchGroup : ',');
}

function date(day: number, numeric: 'mdy' | 'dmy' | 'iso'): string {
  const d = new Date(Date.UTC(2026, 0, 1 + day));
  const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  if (numeric === 'iso') return `${y}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
  return numeric === 'mdy' ? `${m}/${dd}/${y}` : `${String(dd).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
}

function cells(record: ExportRecord, style: Style): string[] {
  const order = style.language === 'fr' ? 'dmy' : 'mdy';
  switch (style.kind) {
    case 'linkedin':
      return [
        date(record.day, order),
        record.campaign,
        'EUR',
        money(record.spendCents, style),
        count(record.impressions, style),
        count(record.clicks, style),
        count(record.leads, style),
      ];
    case 'meta': {
      const day = date(record.day, 'iso');
      return [
        record.campaign,
        day,
        day,
        day,
        money(record.spendCents, style),
        count(record.impressions, style),
        count(record.clicks, style),
        count(record.leads, style),
        money(record.revenueCents, style),
      ];
    }
    case 'google':
      return [
        'Enabled',
        record.campaign,
        date(record.day, 'iso'),
        'EUR',
        count(record.clicks, style),
        count(record.impressions, style),
        money(record.spendCents, style),
        money(record.revenueCents, style),
      ];
    case 'ledger':
      return [date(record.day, order), 'LinkedIn', record.campaign, 'tools', money(record.spendCents, style), 'EUR'];
  }
}

function quote(cell: string, delimiter: Delimiter): string {
  return /[",;\t\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function writeExport(records: readonly ExportRecord[], style: Style): Buffer {
  const lines = [HEADERS[style.kind][style.language], ...records.map((r) => cells(r, style))].map((row) =>
    row.map((cell) => quote(cell, style.delimiter)).join(style.delimiter),
  );
  const preamble = style.kind === 'google' ? ['Campaign report', 'January 1, 2026 - December 31, 2026'] : [];
  const text = `${[...preamble, ...lines].join('\r\n')}\r\n`;
  if (style.encoding === 'utf-16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  return Buffer.concat([Buffer.from(style.encoding === 'utf-8-bom' ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, 'utf8')]);
}
