import type { Encoding } from '../ingest/decode.js';
import { isSocialRoiError } from '../model/errors.js';
import type { ErrorCode, Problem } from '../model/problem.js';
import { readHeadText } from './head-text.js';
import type { InputRef } from './list-inputs.js';
import { type MappingSuggestion, suggestMapping } from './suggest-mapping.js';

/** What `inspect` says about a file of no known kind: why none fits, and a mapping to start from. */
export interface Unrecognised {
  file: string;
  /** The INPUT_UNKNOWN_FORMAT error a report would stop on. */
  problem: Problem<ErrorCode>;
  encoding: Encoding | null;
  /** Undefined when its first lines hold no table to guess from. */
  suggestion: MappingSuggestion | undefined;
}

async function inspectUnknown(input: InputRef, problem: Problem<ErrorCode>): Promise<Unrecognised> {
  const head = await readHeadText(input);
  return {
    file: input.name,
    problem,
    encoding: head?.encoding ?? null,
    suggestion: head && suggestMapping(head.text, head.complete, input.name),
  };
}

/** A file of no known kind as an inspection of its own; any other failure stays one. */
export async function unlessUnknown(input: InputRef, error: unknown): Promise<Unrecognised> {
  if (isSocialRoiError(error) && error.problem.code === 'INPUT_UNKNOWN_FORMAT') return inspectUnknown(input, error.problem);
  throw error;
}

/** The kind the file comes closest to, with the share of its columns the header has. */
export function closestOf(problem: Problem<ErrorCode>): { label: string; confidence: number } | null {
  const { closest, confidence } = problem.params;
  return closest === undefined ? null : { label: String(closest), confidence: Number(confidence) / 100 };
}
