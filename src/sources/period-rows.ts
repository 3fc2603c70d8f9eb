import type { DateRange } from '../ingest/dates.js';
import { dayNumber, daysInMonth, formatIso, isoFromDayNumber } from '../model/calendar.js';
import { type NoteCode, note, type Problem, type ProblemParams } from '../model/problem.js';
import type { SourceOutput } from './source.js';
import { withNote } from './wrap-source.js';

/**
 * Rows that stand for more than one day. The report spreads any observation evenly over the days
 * from its start to its end (METRICS.md *Time*), so what matters is that each one ends where the
 * platform's figure really ends: a week row on its Sunday, a period aggregate on the period's last
 * day. Otherwise a week or a month of spend would be credited to its first day.
 */

/** First to last day the ranges cover; null when there are none. */
export function spanOf(ranges: readonly DateRange[]): DateRange | null {
  if (ranges.length === 0) return null;
  let { start, end } = ranges[0]!;
  for (const range of ranges) {
    if (range.start < start) start = range.start;
    if (range.end > end) end = range.end;
  }
  return { start, end };
}

/**
 * Rows that already state their range (Meta's `Reporting starts`/`Reporting ends` without a Day
 * breakdown; Google Ads rows whose only date is the range above the header) need nothing more than
 * a note saying that they are spread.
 */
export function rangeRowsNote(
  code: Extract<NoteCode, 'range-rows' | 'undated-rows'>,
  output: SourceOutput,
  file: string,
  params: ProblemParams = {},
): Problem<NoteCode> | undefined {
  if (!output.observations.some((observation) => observation.start < observation.end)) return undefined;
  return note(code, { ...params, ...spanOf(output.observations)! }, { file });
}

/**
 * LinkedIn Campaign Manager without a day breakdown writes one row per ad, each dated at the first
 * day of the report's range and holding the whole range's figures. Every row on that one date, in a
 * report of several days, is that shape: the rows are moved to the whole range.
 */
export function spreadPeriodStartRows(output: SourceOutput, range: DateRange | null, source: string, file: string): SourceOutput {
  const { observations } = output;
  if (range === null || range.end <= range.start || observations.length === 0) return output;
  if (!observations.every((observation) => observation.start === range.start && observation.end === range.start)) return output;
  const spread = observations.map((observation) => ({ ...observation, end: range.end }));
  return withNote({ ...output, observations: spread }, note('period-start-rows', { source, start: range.start, end: range.end }, { file }));
}

/** A Google Ads time segment other than the day: its rows are dated at the segment's first day. */
export type TimeSegment = 'week' | 'month';

/**
 * Week and month rows moved to the days they stand for: a week is its first day and the six after
 * it, a month its calendar month; both are cut to the report's range when the header states it (a
 * report from the 1st of September holds only September's days of the week starting 31 August).
 */
export function spreadSegmentRows(
  output: SourceOutput,
  segment: TimeSegment,
  column: string,
  within: DateRange | null,
  file: string,
): SourceOutput {
  if (output.observations.length === 0) return output;
  const observations = output.observations.map((observation) => ({ ...observation, ...segmentSpan(segment, observation.start, within) }));
  const shown = within ?? spanOf(observations)!;
  const params = { segment, column, clipped: within ? 'yes' : 'no', start: shown.start, end: shown.end };
  return withNote({ ...output, observations }, note('segment-rows', params, { file }));
}

function segmentSpan(segment: TimeSegment, first: string, within: DateRange | null): DateRange {
  const span = segment === 'week' ? { start: first, end: isoFromDayNumber(dayNumber(first) + 6) } : monthOf(first);
  if (within === null) return span;
  const start = span.start > within.start ? span.start : within.start;
  const end = span.end < within.end ? span.end : within.end;
  return start <= end ? { start, end } : span;
}

function monthOf(iso: string): DateRange {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return { start: formatIso(year, month, 1), end: formatIso(year, month, daysInMonth(year, month)) };
}
