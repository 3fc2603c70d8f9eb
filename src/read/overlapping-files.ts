import type { DateRange } from '../ingest/dates.js';
import { dayNumber, isoFromDayNumber } from '../model/calendar.js';
import { splitByWeights } from '../model/exact.js';
import type { MetricSums } from '../model/metrics.js';
import { type Problem, warning } from '../model/problem.js';
import type { Observation } from '../model/records.js';
import { spanOf } from '../sources/period-rows.js';

/** One file's records, in the order the files were named. */
export interface FileRecords {
  file: string;
  /** The export's kind (`meta-ads`): only files of the same kind can repeat each other. */
  kind: string;
  label: string;
  observations: readonly Observation[];
}

export interface Overlaps {
  /** Each file's observations with the days another file holds again left out, in the same order. */
  observations: Observation[][];
  warnings: Problem[];
}

/**
 * The same export downloaded twice over overlapping dates (September, then mid-September to
 * mid-October) holds the shared days twice, in files that are not byte-identical. Two files of the
 * same kind are taken for such repeats when a row of one is in the other exactly: the same campaign
 * (channel, name and currency), the same dates and the same non-zero figures. One export cut in two,
 * or ads of the same campaign spread over two files, never repeat a row, so they are added up as
 * they should be. For repeats, on the days both files cover and for the campaigns the later file
 * holds, the file named later is kept (a later download also has the conversions attributed since)
 * and the earlier file's share of those days is left out, with one warning. Campaigns that only the
 * earlier file holds are kept whole; rows without a campaign cannot be told from another account's,
 * so they never count as repeats.
 */
export function dropOverlaps(files: readonly FileRecords[]): Overlaps {
  const kept = files.map((file) => [...file.observations]);
  const spans = files.map((file) => spanOf(file.observations));
  const warnings: Problem[] = [];
  files.forEach((later, j) => {
    const campaigns = new Set(later.observations.map(campaignKey).filter((key) => key !== null));
    const rows = new Map(later.observations.filter(counts).map((o) => [rowKey(o), o.sums]));
    for (let i = 0; i < j; i++) {
      const earlier = files[i]!;
      const shared = earlier.kind === later.kind ? intersect(spans[i]!, spans[j]!) : null;
      if (shared === null || !earlier.observations.some((o) => counts(o) && sameSums(rows.get(rowKey(o)), o.sums))) continue;
      const { observations, dropped } = leaveOut(kept[i]!, shared, campaigns);
      if (dropped === 0) continue;
      kept[i] = observations;
      const params = { later: later.file, source: later.label, campaigns: dropped, start: shared.start, end: shared.end };
      warnings.push(warning('overlapping-files', params, { file: earlier.file }));
    }
  });
  return { observations: kept, warnings };
}

/** A row that can show a repeat: one with a campaign and some figure (an all-zero row proves nothing). */
function counts(observation: Observation): boolean {
  return observation.campaign !== null && observation.sums.some((value) => value !== 0);
}

function rowKey(observation: Observation): string {
  return `${campaignKey(observation)}\u001f${observation.start}\u001f${observation.end}`;
}

function sameSums(a: MetricSums | undefined, b: MetricSums): boolean {
  return a !== undefined && a.length === b.length && a.every((value, i) => value === b[i]);
}

function campaignKey(observation: Observation): string | null {
  return observation.campaign === null ? null : `${observation.channel}\u001f${observation.currency ?? ''}\u001f${observation.campaign}`;
}

function intersect(a: DateRange | null, b: DateRange | null): DateRange | null {
  if (a === null || b === null) return null;
  const start = a.start > b.start ? a.start : b.start;
  const end = a.end < b.end ? a.end : b.end;
  return start <= end ? { start, end } : null;
}

/** The observations without their share of `days` for the given campaigns, and how many campaigns lost some. */
function leaveOut(
  observations: readonly Observation[],
  days: DateRange,
  campaigns: ReadonlySet<string>,
): { observations: Observation[]; dropped: number } {
  const touched = new Set<string>();
  const result: Observation[] = [];
  for (const observation of observations) {
    const key = campaignKey(observation);
    if (key === null || !campaigns.has(key) || intersect(observation, days) === null) {
      result.push(observation);
      continue;
    }
    touched.add(key);
    result.push(...outside(observation, days));
  }
  return { observations: result, dropped: touched.size };
}

/**
 * The parts of an observation before and after `days`. A range is spread evenly over its days, so
 * each part keeps the share of the figures its days hold (exactly: the shares add up to the whole).
 */
function outside(observation: Observation, days: DateRange): Observation[] {
  const first = dayNumber(observation.start);
  const last = dayNumber(observation.end);
  const before = Math.max(0, dayNumber(days.start) - first);
  const after = Math.max(0, last - dayNumber(days.end));
  if (before + after === 0) return [];
  const weights = [before, last - first + 1 - before - after, after];
  const shares = Array.from(observation.sums, (value) => (value === 0 ? [0, 0, 0] : splitByWeights(value, weights)));
  const part = (index: number, start: number, end: number): Observation => ({
    ...observation,
    start: isoFromDayNumber(start),
    end: isoFromDayNumber(end),
    sums: Float64Array.from(shares, (share) => share[index]!),
  });
  const parts: Observation[] = [];
  if (before > 0) parts.push(part(0, first, first + before - 1));
  if (after > 0) parts.push(part(2, last - after + 1, last));
  return parts;
}
