import { parentPort } from 'node:worker_threads';
import { isSocialRoiError } from '../model/errors.js';
import { SOURCES } from '../sources/index.js';
import { mappedSources } from '../sources/mapped-source.js';
import type { InputRef } from './list-inputs.js';
import { readInputFile } from './read-file.js';
import type { ReadSettings } from './read-types.js';

/** A file read on another core; the answer travels back as data (a problem, never an exception). */
export interface WorkerTask {
  input: InputRef;
  settings: ReadSettings;
}

parentPort?.on('message', async (task: WorkerTask) => {
  try {
    const result = await readInputFile(task.input, { ...task.settings, sources: SOURCES, mapped: mappedSources(task.settings.mappings) });
    parentPort!.postMessage({ ok: result });
  } catch (error) {
    if (isSocialRoiError(error)) parentPort!.postMessage({ problem: error.problem });
    else parentPort!.postMessage({ bug: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
