import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';

const README = readFileSync('README.md', 'utf8');

/** Every `$ npx social-roi …` block in the README shows exactly what the command prints. */
const SHOWN = [...README.matchAll(/```\n\$ npx social-roi ([^\n]+)\n([\s\S]*?)```/g)].map((m) => ({
  args: m[1]!.split(' '),
  output: m[2]!,
}));

/** Every command line the README tells a user to type. */
const COMMANDS = [...README.matchAll(/^npx social-roi (.+?)(?: >.*)?$/gm)].map((m) => m[1]!.split(' '));

/** A line holding only `…` in a shown output stands for lines left out: the parts around it appear in order. */
const ELISION = '…\n';

function expectShown(actual: string, shown: string, command: string): void {
  if (!shown.includes(ELISION)) {
    expect(actual, command).toBe(shown);
    return;
  }
  let from = 0;
  for (const part of shown.split(ELISION)) {
    const at = actual.indexOf(part, from);
    expect(at, `${command}: ${JSON.stringify(part.slice(0, 80))}`).toBeGreaterThanOrEqual(from);
    from = at + part.length;
  }
}

describe('the README', () => {
  it('shows outputs that the commands really print', async () => {
    expect(SHOWN.length).toBeGreaterThan(0);
    for (const { args, output } of SHOWN) expectShown((await cli(args)).stdout, output, args.join(' '));
  });

  it('gives commands that all succeed', async () => {
    expect(COMMANDS.length).toBeGreaterThan(1);
    // A file the README writes goes to a scratch folder, not into the repository.
    const scratch = mkdtempSync(join(tmpdir(), 'social-roi-readme-'));
    for (const args of COMMANDS) {
      const safe = args.map((arg, i) => (args[i - 1] === '--out' ? join(scratch, arg) : arg));
      expect((await cli(safe)).code, args.join(' ')).toBe(0);
    }
  });

  it('has the quick start the project promises: install and run, then test', () => {
    const quickStart = /## Quick start\n\n```sh\n(.*)\n(.*)\n```/.exec(README);
    expect(quickStart?.slice(1)).toEqual(['npm install && npx social-roi report examples/september-2026/', 'npm test']);
    // CI installs from the lock file, then runs exactly the README's test command (CI=true: the browser test is required).
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/^npm ci\n(?:#.*\n|export CI=true\n|npm run lint\n)*npm test$/m);
  });
});
