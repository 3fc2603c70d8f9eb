import type { ErrorCode, Problem } from './problem.js';

/**
 * The one error type thrown on the fatal path (unreadable input, unknown format, invalid profile).
 * It reaches cli/run.ts, which prints its problem as one line and exits 2; the readers catch it
 * only to go on under --lenient, to hand it back from a worker thread, or (inspect) to suggest a
 * mapping for a file of no known kind. Any other error is a bug.
 */
export class SocialRoiError extends Error {
  readonly problem: Problem<ErrorCode>;

  constructor(problem: Problem<ErrorCode>) {
    super(problem.code);
    this.name = 'SocialRoiError';
    this.problem = problem;
  }
}

export function isSocialRoiError(error: unknown): error is SocialRoiError {
  return error instanceof SocialRoiError;
}
