import { dayNumber } from '../model/calendar.js';
import type { Channel } from '../model/metrics.js';
import type { AudienceReading } from '../model/records.js';

export interface AudienceChange {
  from: number;
  to: number;
  days: number;
}

/**
 * Followers are a level, read on dates: these answer "how large was the audience then" without
 * ever adding two readings up.
 */
export class AudienceBook {
  private readonly byChannel = new Map<Channel, AudienceReading[]>();

  constructor(readings: readonly AudienceReading[]) {
    for (const reading of readings) {
      const list = this.byChannel.get(reading.channel) ?? [];
      list.push(reading);
      this.byChannel.set(reading.channel, list);
    }
    // The later of two readings on one date (later in its file, or in a file named later) is the
    // correction of the earlier: a stable sort by date keeps the order they were read in.
    for (const list of this.byChannel.values()) list.sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? -1 : 1));
  }

  /**
   * The audience a span started with: the last reading before it, or else the first one known in or
   * after it (a team often notes its followers only at the end of a month).
   */
  atStart(channel: Channel, start: string): number | null {
    const list = this.byChannel.get(channel);
    if (!list) return null;
    let before: AudienceReading | undefined;
    for (const reading of list) {
      if (reading.date >= start) return (before ?? reading).followers;
      before = reading;
    }
    return before?.followers ?? null;
  }

  /**
   * Growth read from the levels themselves: from the last reading before the span (or, when there is
   * none, the first one in it) to the last one in it, and the days between the two. Null unless two
   * readings exist, since a single one shows no change.
   */
  change(channel: Channel, start: string, end: string): AudienceChange | null {
    const list = this.byChannel.get(channel) ?? [];
    let from: AudienceReading | undefined;
    let to: AudienceReading | undefined;
    for (const reading of list) {
      if (reading.date < start) from = reading;
      else if (reading.date <= end) {
        from ??= reading;
        to = reading;
      }
    }
    if (!from || !to || from === to || from.date === to.date) return null;
    return { from: from.followers, to: to.followers, days: dayNumber(to.date) - dayNumber(from.date) };
  }

  /** The last audience known up to a date (inclusive): METRICS.md *Time*. */
  latest(channel: Channel, upTo: string | null): number | null {
    const list = this.byChannel.get(channel) ?? [];
    let last: number | null = null;
    for (const reading of list) if (upTo === null || reading.date <= upTo) last = reading.followers;
    return last;
  }
}
