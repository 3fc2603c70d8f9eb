import { type Channel, COUNT_KEYS, hasMetric, type MetricPresence } from '../model/metrics.js';
import { type Problem, warning } from '../model/problem.js';
import type { Observation } from '../model/records.js';

/** The files of one kind of total seen for a channel, in the order they came. */
interface Side {
  files: Set<string>;
  presence: MetricPresence;
}

interface ChannelSides {
  lifetime: Side;
  period: Side;
}

/**
 * One `lifetime-mixed` warning per channel whose figures add post lifetime totals (a post's whole
 * life up to the export, dated at its publication) to period totals (what happened on given days)
 * in the same metrics: the sums are then of two different measures. Channels whose two kinds share
 * no metric (posts' reach beside a CRM's leads) are not mixed, so they get no warning.
 */
export function lifetimeMixedWarnings(observations: readonly Observation[]): Problem[] {
  const byChannel = new Map<Channel, ChannelSides>();
  for (const observation of observations) {
    let sides = byChannel.get(observation.channel);
    if (sides === undefined) {
      sides = { lifetime: { files: new Set(), presence: 0 }, period: { files: new Set(), presence: 0 } };
      byChannel.set(observation.channel, sides);
    }
    const side = observation.lifetime ? sides.lifetime : sides.period;
    side.files.add(observation.file);
    side.presence |= observation.presence;
  }
  const warnings: Problem[] = [];
  for (const channel of [...byChannel.keys()].sort()) {
    const { lifetime, period } = byChannel.get(channel)!;
    const shared = lifetime.presence & period.presence;
    if (lifetime.files.size === 0 || period.files.size === 0 || shared === 0) continue;
    warnings.push(
      warning('lifetime-mixed', {
        channel,
        lifetimeFiles: lifetime.files.size,
        lifetimeFile: first(lifetime.files),
        periodFiles: period.files.size,
        periodFile: first(period.files),
        metrics: COUNT_KEYS.filter((key) => hasMetric(shared, key)).join(', '),
      }),
    );
  }
  return warnings;
}

function first(files: Set<string>): string {
  return files.values().next().value!;
}
