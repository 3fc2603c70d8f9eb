import type { ErrorCode, Problem } from './problem.js';

/**
 * The one error type thrown on the fatal path (unreadable input, unknown format, invalid profile).
 * It is caught only in cli/main.ts, which prints its problem as one line and exits 2; any other
 * error is a bug.
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
