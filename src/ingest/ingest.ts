import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IngestedData } from '../compute/build-report.js';
import { SocialRoiError, isSocialRoiError } from '../errors.js';
import { warning, type ErrorCode, type Problem } from '../model/problem.js';
import { SOURCES } from '../sources/index.js';
import { listInputs, type InputRef } from './list-inputs.js';
import { readInputFile, type FileResult, type ReadOptions, type ReadSettings } from './read-file.js';
import type { WorkerTask } from './read-worker.js';

export interface IngestOptions extends ReadSettings {
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

/** Every file named (folders expanded), read and folded: the records the report is computed from. */
export async function ingest(paths: readonly string[], options: IngestOptions): Promise<IngestedData> {
  const inputs = await listInputs(paths);
  const jobs = await chooseJobs(inputs, options.jobs);
  const answers = jobs > 1 ? await readConcurrently(inputs, options, jobs) : await readInOrder(inputs, options);
  const results: FileResult[] = [];
  const skipped: Problem[] = [];
  const seen = new Map<string, string>();
  for (const answer of answers) {
    if ('summary' in answer) {
      // The same export named twice (a file and its folder, or a copy) would count every figure twice.
      const first = seen.get(answer.fingerprint);
      if (first !== undefined) skipped.push(warning('duplicate-file', { first }, { file: answer.summary.file }));
      else results.push(answer);
      seen.set(answer.fingerprint, first ?? answer.summary.file);
    }
    else if (options.lenient && NOT_AN_EXPORT.has(answer.code)) skipped.push(warning('file-skipped', { reason: answer.code }, answer.location));
    else throw new SocialRoiError(answer);
  }
  return {
    observations: results.flatMap((r) => r.output.observations),
    spendEntries: results.flatMap((r) => r.output.spendEntries),
    files: results.map((r) => r.summary),
    warnings: [...skipped, ...results.flatMap((r) => r.output.warnings)],
  };
}

/** Files that are no export at all: --lenient leaves them out of a folder's report, and says so. */
const NOT_AN_EXPORT: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['INPUT_UNKNOWN_FORMAT', 'INPUT_EMPTY', 'INPUT_BINARY', 'INPUT_WORKBOOK']);

/** A file's result, or the problem that stopped its reading (the caller decides whether it is fatal). */
type Answer = FileResult | Problem<ErrorCode>;

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

function settingsOf(options: IngestOptions): ReadSettings {
  return { keepCampaign: options.keepCampaign, lenient: options.lenient, maxRecordChars: options.maxRecordChars };
}

async function readInOrder(inputs: readonly InputRef[], options: IngestOptions): Promise<Answer[]> {
  const results: Answer[] = [];
  const report = options.onProgress;
  for (const input of inputs) {
    const onProgress = report && ((file: string, rows: number) => report({ filesDone: results.length, files: inputs.length, current: { file, rows } }));
    results.push(await readOne(input, { ...settingsOf(options), sources: SOURCES, ...(onProgress ? { onProgress } : {}) }));
    report?.({ filesDone: results.length, files: inputs.length });
  }
  return results;
}

type WorkerAnswer = { ok: FileResult } | { problem: Problem<ErrorCode> } | { bug: string };

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
          const task: WorkerTask = { input: inputs[index]!, settings: settingsOf(options) };
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
