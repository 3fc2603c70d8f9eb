import type { IngestedData } from '../compute/build-report.js';
import type { Observation, SpendEntry } from '../model/records.js';
import type { Problem } from '../model/problem.js';
import type { FileRead } from '../model/report.js';
import { SOURCES } from '../sources/index.js';
import { listInputs } from './list-inputs.js';
import { readInputFile } from './read-file.js';

export interface IngestOptions {
  keepCampaign: boolean;
}

/** Every file named (folders expanded), read and folded: the records the report is computed from. */
export async function ingest(paths: readonly string[], options: IngestOptions): Promise<IngestedData> {
  const observations: Observation[] = [];
  const spendEntries: SpendEntry[] = [];
  const files: FileRead[] = [];
  const warnings: Problem[] = [];
  for (const input of await listInputs(paths)) {
    const { summary, output } = await readInputFile(input, { sources: SOURCES, keepCampaign: options.keepCampaign });
    observations.push(...output.observations);
    spendEntries.push(...output.spendEntries);
    warnings.push(...output.warnings);
    files.push(summary);
  }
  return { observations, spendEntries, files, warnings };
}
