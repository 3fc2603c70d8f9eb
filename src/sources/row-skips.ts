import { SocialRoiError } from '../model/errors.js';
import { type ErrorCode, type Problem, warning } from '../model/problem.js';

/** How many first line numbers of each reason a warning lists. */
const LINES_SHOWN = 5;

/**
 * Strict by default, every row problem stops the run; with --lenient the row is skipped, and the
 * skip is counted by reason with the first lines of each, so nothing is dropped without being said.
 */
export class RowPolicy {
  private readonly skips = new Map<ErrorCode, { rows: number; lines: number[] }>();

  constructor(readonly lenient: boolean) {}

  /** Throws the problem (strict), or counts `rows` rows as skipped for its reason (lenient). */
  reject(problem: Problem<ErrorCode>, rows = 1): void {
    if (!this.lenient) throw new SocialRoiError(problem);
    const { code } = problem;
    const skip = this.skips.get(code) ?? { rows: 0, lines: [] };
    skip.rows += rows;
    const line = problem.location?.line;
    if (line !== undefined && skip.lines.length < LINES_SHOWN && !skip.lines.includes(line)) skip.lines.push(line);
    this.skips.set(code, skip);
  }

  /** Rows skipped so far, all reasons together. */
  get skippedRows(): number {
    let total = 0;
    for (const skip of this.skips.values()) total += skip.rows;
    return total;
  }

  warnings(file: string): Problem[] {
    const byFirstLine = [...this.skips].sort(([, a], [, b]) => Math.min(...a.lines) - Math.min(...b.lines));
    return byFirstLine.map(([reason, skip]) =>
      warning('rows-skipped', { count: skip.rows, reason, lines: skip.lines.sort((a, b) => a - b).join(', ') }, { file }),
    );
  }
}
