import type { Report } from '../model/report.js';

/** A threshold a scheduled job can set: the run "fails" (exit 1) when the total falls below it. */
export interface Threshold {
  /** `roi` as a ratio (0 means "at least break even"); `soft`, the soft index 0–100. */
  name: 'roi' | 'soft';
  threshold: number;
}

export interface ThresholdMiss extends Threshold {
  /** null when the figure does not exist (no cost, no soft data): that misses too, it cannot pass. */
  actual: number | null;
}

/** Every threshold is checked, a name given twice too: `--fail-under roi=0 --fail-under soft=50` keeps both. */
export function missedThresholds(report: Report, thresholds: readonly Threshold[]): ThresholdMiss[] {
  const actual: Record<Threshold['name'], number | null> = { roi: report.total.hard.roi, soft: report.total.soft.index };
  return thresholds.flatMap(({ name, threshold }) => {
    const value = actual[name];
    return value === null || value < threshold ? [{ name, threshold, actual: value }] : [];
  });
}

/** 0 when every threshold is met, 1 when one is not (usage and input errors are 2, decided elsewhere). */
export function exitCodeFor(misses: readonly ThresholdMiss[]): 0 | 1 {
  return misses.length === 0 ? 0 : 1;
}
