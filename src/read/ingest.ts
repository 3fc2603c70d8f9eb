import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { isSocialRoiError, SocialRoiError } from '../model/errors.js';
import type { IngestedData } from '../model/ingested.js';
import { type ErrorCode, type Problem, warning } from '../model/problem.js';
import type { Observation } from '../model/records.js';
import { SOURCES } from '../sources/index.js';
import { mappedSources } from '../sources/mapped-source.js';
import type { InputList, InputRef } from './list-inputs.js';
import { dropOverlaps } from './overlapping-files.js';
import { readInputFile } from './read-file.js';
import type { FileResult, InputPart, ReadOptions, ReadSettings } from './read-types.js';
import type { WorkerTask } from './read-worker.js';

export interface IngestOptions extends ReadSettings {
  /** What the path `-` reads. */
  stdin?: Readable;
  /** Files read at once; undefined: one per core when the files are large enough to pay for it. */
  jobs?: number;
  /** Called now and then on long runs: files finished, rows read in the file being read. */
  onProgress?: (progress: Progress) => void;
}

export interface Progress {
  filesDone: number;
  files: number;
  /** The file being read and its rows so far (main thread only: workers report whole files). */
  current?: { file: string; rows: number };
}

/** Below this, starting a worker costs more than it saves: small files are read on the main thread. */
const PARALLEL_MIN_BYTES = 8 * 1024 * 1024;

/** Every input (see listInputs) read and folded: the records the report is computed from. */
export async function ingest({ inputs, skipped: unlisted }: InputList, options: IngestOptions): Promise<IngestedData> {
  const jobs = await chooseJobs(inputs, options.jobs);
  const answers = jobs > 1 ? await readConcurrently(inputs, options, jobs) : await readInOrder(inputs, options);
  const results: FileResult[] = [];
  const skipped: Problem[] = [...unlisted];
  const seen = new Map<string, string>();
  for (const answer of answers) {
    if (Array.isArray(answer)) {
      // A workbook's sheets that no source reads are left out quietly (inspect lists them).
      for (const table of answer.filter(isTable)) {
        // The same export named twice (a file and its folder, or a copy) would count every figure twice.
        const first = seen.get(table.fingerprint);
        if (first !== undefined) skipped.push(warning('duplicate-file', { first }, { file: table.summary.file }));
        else results.push(table);
        seen.set(table.fingerprint, first ?? table.summary.file);
      }
    } else if (answer.code === 'INPUT_OWN_REPORT') skipped.push(warning('own-report-skipped', {}, answer.location));
    else if (options.lenient && NOT_AN_EXPORT.has(answer.code))
      skipped.push(warning('file-skipped', { reason: answer.code }, answer.location));
    else throw new SocialRoiError(answer);
  }
  const { observations, warnings: overlaps } = countedOnce(results);
  return {
    observations,
    spendEntries: results.flatMap((r) => r.output.spendEntries),
    audience: results.flatMap((r) => r.output.audience ?? []),
    sentiment: results.flatMap((r) => r.output.sentiment ?? []),
    survey: results.flatMap((r) => r.output.survey ?? []),
    files: results.map((r) => r.summary),
    warnings: [...skipped, ...overlaps, ...results.flatMap((r) => r.output.warnings)],
  };
}

/** The project's own files list entries to add up (two ledgers, a CRM and an ATS file): never repeats of each other. */
const OWN_FILES: ReadonlySet<string> = new Set(['spend-ledger', 'outcomes', 'team-survey']);

/** The observations with the days that a later download of the same export holds again counted once. */
function countedOnce(results: readonly FileResult[]): { observations: Observation[]; warnings: Problem[] } {
  const exported = (r: FileResult) => !OWN_FILES.has(r.summary.kind);
  const overlaps = dropOverlaps(
    results.map((r) => ({
      file: r.summary.file,
      kind: r.summary.kind,
      label: r.summary.label,
      observations: exported(r) ? r.output.observations : [],
    })),
  );
  return {
    observations: results.flatMap((r, i) => (exported(r) ? overlaps.observations[i]! : r.output.observations)),
    warnings: overlaps.warnings,
  };
}

/** Files that are no export at all: --lenient leaves them out of a folder's report, and says so. */
const NOT_AN_EXPORT: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['INPUT_UNKNOWN_FORMAT', 'INPUT_EMPTY', 'INPUT_BINARY', 'INPUT_WORKBOOK']);

/** What a file holds, or the problem that stopped its reading (the caller decides whether it is fatal). */
type Answer = InputPart[] | Problem<ErrorCode>;

function isTable(part: InputPart): part is FileResult {
  return 'summary' in part;
}

async function readOne(input: InputRef, options: ReadOptions): Promise<Answer> {
  try {
    return await readInputFile(input, options);
  } catch (error) {
    if (isSocialRoiError(error)) return error.problem;
    throw error;
  }
}

async function chooseJobs(inputs: readonly InputRef[], asked: number | undefined): Promise<number> {
  // Standard input can only be read by the main thread.
  if (inputs.length < 2 || inputs.some((input) => input.path === null)) return 1;
  if (asked !== undefined) return Math.min(asked, inputs.length);
  const sizes = await Promise.all(inputs.map((input) => stat(input.path!).then((s) => s.size)));
  const total = sizes.reduce((a, b) => a + b, 0);
  return total < PARALLEL_MIN_BYTES ? 1 : Math.min(inputs.length, availableParallelism());
}

/**
 * Campaign names are read whatever the grouping as soon as there are files to compare: they tell
 * overlapping downloads of the same campaigns from two accounts'. A single file is compared with
 * nothing, and folding its rows by campaign would only cost time.
 */
function settingsOf(options: IngestOptions, files: number): ReadSettings {
  const campaignNames = options.campaignNames || files > 1;
  return {
    campaignNames,
    lenient: options.lenient,
    maxRecordChars: options.maxRecordChars,
    ...(options.mappings ? { mappings: options.mappings } : {}),
  };
}

async function readInOrder(inputs: readonly InputRef[], options: IngestOptions): Promise<Answer[]> {
  const results: Answer[] = [];
  const report = options.onProgress;
  for (const input of inputs) {
    const onProgress =
      report && ((file: string, rows: number) => report({ filesDone: results.length, files: inputs.length, current: { file, rows } }));
    results.push(
      await readOne(input, {
        ...settingsOf(options, inputs.length),
        sources: SOURCES,
        mapped: mappedSources(options.mappings),
        ...(onProgress ? { onProgress } : {}),
        ...(options.stdin ? { stdin: options.stdin } : {}),
      }),
    );
    report?.({ filesDone: results.length, files: inputs.length });
  }
  return results;
}

type WorkerAnswer = { ok: InputPart[] } | { problem: Problem<ErrorCode> } | { bug: string };

/**
 * Reads files on several cores. Answers are put back in the order the files were named, and the
 * error reported is the first file's in that order, so the outcome is the same as reading in order.
 */
async function readConcurrently(inputs: readonly InputRef[], options: IngestOptions, jobs: number): Promise<Answer[]> {
  const answers: WorkerAnswer[] = new Array(inputs.length);
  let next = 0;
  const workers = Array.from({ length: jobs }, () => new Worker(new URL('./read-worker.js', import.meta.url)));
  try {
    await Promise.all(
      workers.map(async (worker) => {
        while (next < inputs.length) {
          const index = next++;
          const task: WorkerTask = { input: inputs[index]!, settings: settingsOf(options, inputs.length) };
          answers[index] = await ask(worker, task);
          options.onProgress?.({ filesDone: answers.filter(Boolean).length, files: inputs.length });
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return answers.map((answer) => {
    if ('ok' in answer) return answer.ok;
    if ('problem' in answer) return answer.problem;
    throw new Error(answer.bug);
  });
}

function ask(worker: Worker, task: WorkerTask): Promise<WorkerAnswer> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => {
      worker.off('message', onMessage);
      reject(error);
    };
    const onMessage = (answer: WorkerAnswer) => {
      worker.off('error', onError);
      resolve(answer);
    };
    worker.once('message', onMessage);
    worker.once('error', onError);
    worker.postMessage(task);
  });
}
