// Synthetic exports in the platforms' real shapes, with the totals they must read back to.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

const CAMPAIGNS = Array.from({ length: 40 }, (_, i) => `Campaign ${i + 1}${i % 7 === 0 ? ' "Q3", EU' : ''}`);

/** A small fast deterministic generator, so every run writes the same bytes. */
function random(seed) {
  let state = seed >>> 0;
  return (max) => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state % max;
  };
}

function quote(cell) {
  return /[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function grouped(n) {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function money(cents) {
  return `${grouped(Math.floor(cents / 100))}.${String(cents % 100).padStart(2, '0')}`;
}

function day(i) {
  const d = new Date(Date.UTC(2025, 0, 1 + (i % 365)));
  return { iso: d.toISOString().slice(0, 10), mdy: `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}` };
}

const KINDS = {
  meta: {
    bom: true,
    preamble: [],
    header:
      'Campaign name,Ad set name,Ad name,Day,Reporting starts,Reporting ends,Amount spent ' +
      '(EUR),Impressions,Reach,Link clicks,CTR (link click-through rate),Post reactions,Post comments,Post ' +
      'shares,Leads,Purchases,Purchases conversion value,Delivery status',
    row: (i, r, { spend, impressions }) => {
      const d = day(i).iso;
      return [
        quote(CAMPAIGNS[i % CAMPAIGNS.length]),
        `Ad set ${i % 9}`,
        `Ad ${i % 13}`,
        d,
        d,
        d,
        money(spend),
        impressions,
        r(30000),
        r(400),
        '0.91',
        r(90),
        r(20),
        r(10),
        r(5),
        r(3),
        money(r(20000)),
        'active',
      ].join(',');
    },
  },
  linkedin: {
    bom: false,
    preamble: [
      'Campaign Performance Report (in UTC)',
      'Report Start: January 1, 2025, 12:00 AM',
      'Report End: December 31, 2025, 11:59 PM',
      'Date Generated: January 2, 2026, 9:14 AM',
      '',
    ],
    header:
      'Start Date (in UTC),Account Name,Currency,Campaign Name,Campaign Status,Total Spent,Impressions,Clicks,Click ' +
      'Through Rate,Average CPM,Average CPC,Reactions,Comments,Shares,Follows,Total Engagements,Leads,Conversions',
    row: (i, r, { spend, impressions }) => {
      return [
        day(i).mdy,
        'Acme SAS',
        'EUR',
        quote(CAMPAIGNS[i % CAMPAIGNS.length]),
        'ACTIVE',
        money(spend),
        `"${grouped(impressions)}"`,
        r(300),
        '0.5%',
        '12.00',
        '3.10',
        r(60),
        r(12),
        r(8),
        r(3),
        r(400),
        r(6),
        r(4),
      ].join(',');
    },
  },
  'google-ads': {
    bom: false,
    preamble: ['Campaign report', 'January 1, 2025 - December 31, 2025'],
    header: 'Campaign status,Campaign,Day,Currency code,Clicks,Impr.,CTR,Avg. CPC,Cost,Conversions,Cost / conv.,Conv. value',
    row: (i, r, { spend, impressions }) => {
      return [
        'Enabled',
        quote(CAMPAIGNS[i % CAMPAIGNS.length]),
        day(i).iso,
        'EUR',
        r(900),
        `"${grouped(impressions)}"`,
        '3.10%',
        '0.55',
        `"${money(spend)}"`,
        `${r(10)}.${r(4) * 25}`,
        '--',
        `"${money(r(30000))}"`,
      ].join(',');
    },
  },
};

/** Writes `rows` rows of `kind` to `path`; resolves to the spend (in cents) and impressions written. */
export async function generate(kind, rows, path, seed = 1) {
  const spec = KINDS[kind];
  const out = createWriteStream(path);
  const r = random(seed);
  const totals = { spend: 0, impressions: 0 };
  let chunk = `${(spec.bom ? '\ufeff' : '') + [...spec.preamble, spec.header].join('\r\n')}\r\n`;
  for (let i = 0; i < rows; i++) {
    // Spend (in cents) and impressions are drawn here, once for every kind, and added to the totals.
    const figures = { spend: r(50000), impressions: r(40000) };
    totals.spend += figures.spend;
    totals.impressions += figures.impressions;
    chunk += `${spec.row(i, r, figures)}\r\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  if (kind === 'google-ads') chunk += `Total: Account,--,--,EUR,0,"0",--,--,"0.00",0,--,"0.00"\r\n`;
  out.end(chunk);
  await once(out, 'finish');
  return totals;
}

export const GENERATED_KINDS = Object.keys(KINDS);
