import type { Channel } from '../model/metrics.js';

/**
 * How people write channels in their own files (METRICS.md *Channels*): case-insensitive, networks
 * folded onto the channel that carries them (Instagram and Facebook are `meta`, Twitter is `x`).
 */
const CHANNEL_NAMES: Readonly<Record<string, Channel | 'all'>> = {
  linkedin: 'linkedin',
  meta: 'meta',
  facebook: 'meta',
  instagram: 'meta',
  'google-ads': 'google-ads',
  'google ads': 'google-ads',
  googleads: 'google-ads',
  google: 'google-ads',
  x: 'x',
  twitter: 'x',
  tiktok: 'tiktok',
  all: 'all',
  tous: 'all',
  toutes: 'all',
};

export function parseChannelName(raw: string): Channel | 'all' | undefined {
  const name = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  return Object.hasOwn(CHANNEL_NAMES, name) ? CHANNEL_NAMES[name] : undefined;
}
