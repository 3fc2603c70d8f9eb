import { monthKey } from '../model/calendar.js';
import { hasMetric, type MetricKey } from '../model/metrics.js';
import { type Problem, warning } from '../model/problem.js';
import type { Observation } from '../model/records.js';

const RESULTS: readonly MetricKey[] = ['leads', 'conversions', 'revenue'];

/**
 * An outcomes file adds to what the exports report; when both give the same result for the same
 * channel and month, the CRM may be counting the platform's own leads again (METRICS.md *Outcomes*).
 */
export function doubleCountWarnings(observations: readonly Observation[]): Problem[] {
  const seen = { outcomes: new Map<string, number>(), exports: new Map<string, number>() };
  const files = new Map<string, string>();
  for (const o of observations) {
    const side = o.source === 'outcomes' ? seen.outcomes : seen.exports;
    const key = `${o.channel}\u001f${monthKey(o.start)}`;
    const results = RESULTS.filter((m) => hasMetric(o.presence, m));
    if (results.length === 0) continue;
    side.set(key, (side.get(key) ?? 0) | results.reduce((bits, m) => bits | (1 << RESULTS.indexOf(m)), 0));
    if (o.source === 'outcomes' && !files.has(key)) files.set(key, o.file);
  }
  const warnings: Problem[] = [];
  for (const [key, bits] of [...seen.outcomes].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const both = bits & (seen.exports.get(key) ?? 0);
    if (both === 0) continue;
    const [channel, month] = key.split('\u001f') as [string, string];
    const metrics = RESULTS.filter((_, i) => (both & (1 << i)) !== 0).join(', ');
    warnings.push(warning('possible-double-count', { channel, month, metrics }, { file: files.get(key)! }));
  }
  return warnings;
}
