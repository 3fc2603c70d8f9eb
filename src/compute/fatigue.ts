import { UNITS_PER_ONE } from '../model/exact.js';
import { hasMetric, METRIC_INDEX, type MetricKey } from '../model/metrics.js';
import { type Problem, warning } from '../model/problem.js';
import type { Profile } from '../model/profile.js';
import type { PeriodSums } from './series.js';
import { ENGAGEMENTS } from './soft-roi.js';

const SCALE = BigInt(UNITS_PER_ONE);

/**
 * The vicious circle (METRICS.md *Time*): over a channel's last `periods` periods, the volume sent
 * rises by at least `volumeRise` from the first period to the last, engagements per item fall by
 * at least `engagementDrop`, and unfollows rise when they are known. The periods are the channel's
 * last ones with something published or engaged with: a month of costs alone is not a month of
 * posting. Fewer periods than asked: no verdict.
 */
export function fatigueWarnings(byChannel: ReadonlyMap<string, readonly PeriodSums[]>, rule: Profile['fatigue']): Problem[] {
  const warnings: Problem[] = [];
  for (const [channel, series] of [...byChannel].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const active = series.filter((p) => count(p, 'posts') > 0n || engagements(p) > 0n);
    if (channel === 'all' || active.length < rule.periods) continue;
    const window = active.slice(-rule.periods);
    const first = window[0]!;
    const last = window[window.length - 1]!;
    const presence = window.reduce((bits, p) => bits | p.presence, 0);
    if (!hasMetric(presence, 'posts') || !ENGAGEMENTS.some((m) => hasMetric(presence, m))) continue;
    const postsFirst = count(first, 'posts');
    const postsLast = count(last, 'posts');
    if (postsFirst <= 0n || postsLast <= 0n) continue;
    const engagedFirst = engagements(first);
    const engagedLast = engagements(last);
    if (engagedFirst <= 0n) continue;
    // Exact comparisons: 10 posts rising to 13 is a rise of 0.3, not of 0.29999999999999993.
    const rise = toUnits(rule.volumeRise);
    const volumeRose = (postsLast - postsFirst) * SCALE >= rise * postsFirst;
    const keep = SCALE - toUnits(rule.engagementDrop);
    const perItemFell = engagedLast * postsFirst * SCALE <= keep * engagedFirst * postsLast;
    const unfollowsKnown = hasMetric(presence, 'unfollows');
    const unfollowsRose = !unfollowsKnown || count(last, 'unfollows') > count(first, 'unfollows');
    if (!(volumeRose && perItemFell && unfollowsRose)) continue;
    warnings.push(
      warning('fatigue', {
        channel,
        periods: rule.periods,
        from: first.period,
        to: last.period,
        postsFrom: toNumber(postsFirst),
        postsTo: toNumber(postsLast),
        engagementPerPostFrom: round2(Number(engagedFirst) / Number(postsFirst)),
        engagementPerPostTo: round2(Number(engagedLast) / Number(postsLast)),
        ...(unfollowsKnown ? { unfollowsFrom: toNumber(count(first, 'unfollows')), unfollowsTo: toNumber(count(last, 'unfollows')) } : {}),
      }),
    );
  }
  return warnings;
}

function count(period: PeriodSums, key: MetricKey): bigint {
  return BigInt(period.sums[METRIC_INDEX[key]]!);
}

function engagements(period: PeriodSums): bigint {
  return ENGAGEMENTS.reduce((sum, key) => sum + count(period, key), 0n);
}

function toUnits(fraction: number): bigint {
  return BigInt(Math.round(fraction * UNITS_PER_ONE));
}

function toNumber(units: bigint): number {
  return Number(units) / UNITS_PER_ONE;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
