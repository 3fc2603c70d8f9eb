import type { Report } from '../model/report.js';

/** Thresholds a scheduled job can set: the run "fails" (exit 1) when the total falls below one. */
export interface Thresholds {
  /** ROI as a ratio: 0 means "at least break even". */
  roi?: number;
  /** The soft index, 0–100. */
  soft?: number;
}

export interface ThresholdMiss {
  name: keyof Thresholds;
  threshold: number;
  /** null when the figure does not exist (no cost, no soft data): that misses too, it cannot pass. */
  actual: number | null;
}

export function missedThresholds(report: Report, thresholds: Thresholds): ThresholdMiss[] {
  const actual: Record<keyof Thresholds, number | null> = { roi: report.total.hard.roi, soft: report.total.soft.index };
  return (Object.keys(thresholds) as (keyof Thresholds)[]).flatMap((name) => {
    const threshold = thresholds[name]!;
    const value = actual[name];
    return value === null || value < threshold ? [{ name, threshold, actual: value }] : [];
  });
}

/** 0 when every threshold is met, 1 when one is not (usage and input errors are 2, decided elsewhere). */
export function exitCodeFor(misses: readonly ThresholdMiss[]): 0 | 1 {
  return misses.length === 0 ? 0 : 1;
}
