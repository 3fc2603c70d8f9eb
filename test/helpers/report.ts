import { buildReport } from '../../src/compute/build-report.js';
import type { Dimension, Group, Report } from '../../src/model/report.js';
import { loadProfile } from '../../src/profiles/load-profile.js';
import { ingest } from '../../src/read/ingest.js';
import { listInputs } from '../../src/read/list-inputs.js';
import { DEFAULT_MAX_RECORD_CHARS } from '../../src/read/read-file.js';

/** The report command's pipeline in-process: files in, Report out. */
export async function reportOn(
  paths: readonly string[],
  groupBy: Dimension[] = ['channel'],
  profileRef = 'b2b-saas',
  lenient = false,
): Promise<Report> {
  const { profile } = await loadProfile(profileRef, { cwd: process.cwd() });
  const data = await ingest(await listInputs(paths, process.cwd()), {
    campaignNames: groupBy.includes('campaign'),
    lenient,
    maxRecordChars: DEFAULT_MAX_RECORD_CHARS,
  });
  return buildReport(data, { profile, groupBy });
}

export function groupOf(report: Report, channel: string): Group {
  const group = report.groups.find((g) => g.key.channel === channel);
  if (!group) throw new Error(`no group for ${channel}`);
  return group;
}

export const SAMPLES = new URL('../fixtures/samples/', import.meta.url).pathname;
export const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

/** Warnings that judge the data (too-early, fatigue, low-sample, no-cost): compute's, not the readers'. */
const JUDGEMENTS: ReadonlySet<string> = new Set(['too-early', 'fatigue', 'low-sample', 'no-cost']);

/** What reading the files said, without the judgements a one-month sample always draws (`too-early`). */
export function readingWarnings(report: Report): Report['warnings'] {
  return report.warnings.filter((w) => !JUDGEMENTS.has(w.code));
}
