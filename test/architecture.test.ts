import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourcesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourcesUnder(join(folder, entry.name)) : entry.name.endsWith('.ts') ? [join(folder, entry.name)] : [],
  );
}

/** The pure core: records and a profile in, a Report out; renderers turn a Report into a string. */
const PURE = ['src/compute', 'src/model', 'src/render', 'src/report'];
const EDGE_ONLY = /from '(node:fs|node:fs\/promises|fs|commander|chalk)'|\bprocess\./;

describe('architecture', () => {
  it.each(PURE)('%s does no I/O and reads no process state', (folder) => {
    for (const file of sourcesUnder(folder)) {
      const code = readFileSync(file, 'utf8').replace(/import type [^;]+;/g, '');
      expect(code, file).not.toMatch(EDGE_ONLY);
    }
  });

  it('only cli/ sets the exit code or reads argv', () => {
    for (const file of sourcesUnder('src').filter((f) => !f.startsWith('src/cli'))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/process\.(exitCode|exit\(|argv)/);
    }
  });
});
