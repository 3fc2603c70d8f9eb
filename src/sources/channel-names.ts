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

/**
 * The channel of a suite export's row (`Network`: `Facebook`, `Instagram`, `X`, `LinkedIn`…). One
 * row is one network, so `all` is not a network; a network with no channel here (Pinterest,
 * YouTube, Threads) is undefined for the caller to reject.
 */
export function parseNetworkName(raw: string): Channel | undefined {
  const channel = parseChannelName(raw);
  return channel === 'all' ? undefined : channel;
}
