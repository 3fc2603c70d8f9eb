import type { ChalkInstance } from 'chalk';

export interface TerminalFacts {
  /** Whether standard output is a terminal. */
  isTTY: boolean;
  /** Whether standard error is (progress is shown only there). */
  stderrIsTTY: boolean;
  columns: number | undefined;
  env: NodeJS.ProcessEnv;
}

/** Piped output is read by programs or pasted into mail: a fixed width keeps it stable. */
const PIPED_WIDTH = 100;

/** Colour only on a terminal, never when NO_COLOR is set or --no-color is given; FORCE_COLOR forces it. */
function wantsColor(facts: TerminalFacts, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (facts.env.NO_COLOR !== undefined && facts.env.NO_COLOR !== '') return false;
  const forced = facts.env.FORCE_COLOR !== undefined && facts.env.FORCE_COLOR !== '0';
  return facts.isTTY || forced || flag === true;
}

/** chalk is loaded only when colour is wanted: piped runs never pay for it. */
export async function chooseColor(facts: TerminalFacts, flag: boolean | undefined): Promise<ChalkInstance | null> {
  if (!wantsColor(facts, flag)) return null;
  const { Chalk } = await import('chalk');
  return new Chalk({ level: 1 });
}

export function chooseWidth(facts: TerminalFacts): number {
  return facts.isTTY && facts.columns && facts.columns > 0 ? facts.columns : PIPED_WIDTH;
}
