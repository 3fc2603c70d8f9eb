import { MAX_UNITS, UNITS_PER_ONE } from '../model/exact.js';
import type { Channel } from '../model/metrics.js';
import type { ErrorCode, Problem } from '../model/problem.js';
import type { AudienceReading } from '../model/records.js';

interface Level {
  units: number;
  line: number;
}

/** One account's levels (a network, or a profile on it), by date as written. */
type Series = Map<string, Level>;

/**
 * Audience sizes an export gives on its rows' dates (Sprout's `Audience`): levels, never added
 * across dates. A channel gathers several accounts (a Facebook page and two Instagram profiles are
 * all `meta`), so its audience on a date is the sum of each account's last level known by then: an
 * account with no row that day still has its followers.
 */
export class AudienceLevels {
  private readonly byChannel = new Map<Channel, Map<string, Series>>();

  /** False, with nothing added, when the sum would no longer be exact. */
  add(channel: Channel, account: string, rawDate: string, units: number, line: number): boolean {
    let accounts = this.byChannel.get(channel);
    if (accounts === undefined) {
      accounts = new Map();
      this.byChannel.set(channel, accounts);
    }
    let series = accounts.get(account);
    if (series === undefined) {
      series = new Map();
      accounts.set(account, series);
    }
    const level = series.get(rawDate);
    if (level === undefined) {
      series.set(rawDate, { units, line });
      return true;
    }
    // The same account twice on one date: rows the export did not tell apart (two profiles).
    if (level.units + units > MAX_UNITS) return false;
    level.units += units;
    return true;
  }

  /** One reading per channel and date; a date the file could not read was already its rows' problem. */
  readings(file: string, iso: (raw: string) => string | Problem<ErrorCode>): AudienceReading[] {
    const readings: AudienceReading[] = [];
    for (const [channel, accounts] of this.byChannel) {
      const timelines = [...accounts.values()].map((series) => timeline(series, iso));
      const dates = [...new Set(timelines.flat().map((point) => point.date))].sort();
      const lastKnown = timelines.map(lastKnownOn);
      for (const date of dates) {
        let units = 0;
        // Some account has a row on every date listed: the first such row names the reading.
        let line = Number.MAX_SAFE_INTEGER;
        for (const known of lastKnown) {
          const point = known(date);
          if (point === undefined) continue;
          units += point.units;
          if (point.date === date) line = Math.min(line, point.line);
        }
        readings.push({ file, line, channel, date, followers: units / UNITS_PER_ONE });
      }
    }
    return readings;
  }
}

interface Point extends Level {
  date: string;
}

function timeline(series: Series, iso: (raw: string) => string | Problem<ErrorCode>): Point[] {
  const points: Point[] = [];
  for (const [rawDate, level] of series) {
    const date = iso(rawDate);
    if (typeof date === 'string') points.push({ ...level, date });
  }
  return points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The last point on or before a date, for dates asked in ascending order. */
function lastKnownOn(points: readonly Point[]): (date: string) => Point | undefined {
  let next = 0;
  let last: Point | undefined;
  return (date) => {
    while (next < points.length && points[next]!.date <= date) last = points[next++];
    return last;
  };
}
