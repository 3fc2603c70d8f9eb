import type { IngestedData } from '../model/ingested.js';
import type { Channel } from '../model/metrics.js';
import { type Problem, warning } from '../model/problem.js';
import type { Profile } from '../model/profile.js';
import type { Maturity } from '../model/report.js';
import type { AudienceBook } from './audience.js';
import { periodDays } from './spread.js';

/**
 * "Too early to judge" (METRICS.md *Time*): a channel whose audience is below `minAudience` or
 * whose history is shorter than `minMonths` calendar months with data (rows of an export or an
 * outcomes file, audience readings, or costs booked); an unknown audience tests months only.
 * Its ROI is still shown, flagged, because a community not yet built has not had the chance to pay.
 */
export function maturityOf(
  reported: IngestedData,
  history: IngestedData,
  audience: AudienceBook,
  thresholds: Profile['maturity'],
  upTo: string | null,
): Maturity[] {
  // Only the channels the report shows are judged; their age counts every month up to its end.
  const shown = new Set<string>([...reported.observations, ...reported.spendEntries].map((r) => r.channel));
  const months = new Map<Channel, Set<string>>();
  const note = (channel: Channel | 'all', start: string, end: string) => {
    if (channel === 'all') return;
    const seen = months.get(channel) ?? new Set<string>();
    for (const part of periodDays(start, end, 'month')) seen.add(part.period);
    months.set(channel, seen);
  };
  for (const o of history.observations) note(o.channel, o.start, o.end);
  for (const r of history.audience ?? []) if (upTo === null || r.date <= upTo) note(r.channel, r.date, r.date);
  // A cost is dated when it is booked: a year's licence paid in September is not a year of history.
  for (const e of history.spendEntries) note(e.channel, e.start, e.start);
  return [...months]
    .filter(([channel]) => shown.has(channel))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([channel, seen]) => {
      const followers = audience.latest(channel, upTo);
      const unmet: Maturity['unmet'] = [];
      if (followers !== null && followers < thresholds.minAudience) unmet.push('audience');
      if (seen.size < thresholds.minMonths) unmet.push('history');
      return { channel, audience: followers, months: seen.size, tooEarly: unmet.length > 0, unmet };
    });
}

export function tooEarlyWarnings(maturity: readonly Maturity[], thresholds: Profile['maturity']): Problem[] {
  return maturity
    .filter((m) => m.tooEarly)
    .map((m) =>
      warning('too-early', {
        channel: m.channel,
        unmet: m.unmet.join('+'),
        months: m.months,
        minMonths: thresholds.minMonths,
        ...(m.audience === null ? {} : { audience: m.audience }),
        minAudience: thresholds.minAudience,
      }),
    );
}
