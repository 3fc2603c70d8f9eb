import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourcesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourcesUnder(join(folder, entry.name)) : entry.name.endsWith('.ts') ? [join(folder, entry.name)] : [],
  );
}

/**
 * The layers of src/, top to bottom (README, *Architecture*). A folder imports only from its own
 * folder and from the layers below its own; folders that share a layer do not import each other.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['cli'],
  ['render'],
  ['report'],
  ['format'],
  ['read'],
  ['compute', 'config'],
  ['sources', 'profiles'],
  ['ingest', 'json'],
  ['model'],
];

const layerOf = new Map(LAYERS.flatMap((folders, depth) => folders.map((folder) => [folder, depth] as const)));

/** Every relative import of a file (types too: a type import ties two files as surely as a value one). */
function importsOf(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const specifiers = [...code.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((match) => match[1]!);
  return specifiers.map((specifier) => normalize(join(dirname(file), specifier)).replace(/\.js$/, '.ts'));
}

const folderOf = (file: string): string => relative('src', file).split('/')[0]!;

const FILES = sourcesUnder('src');

/** The pure core: records and a profile in, a Report out; renderers turn a Report into a string. */
const PURE = ['src/compute', 'src/model', 'src/render', 'src/report', 'src/format'];
const EDGE_ONLY = /from '(node:fs|node:fs\/promises|fs|commander|chalk)'|\bprocess\./;

describe('architecture', () => {
  it('every folder of src/ has its layer', () => {
    const folders = new Set(FILES.map(folderOf));
    expect([...folders].filter((folder) => !layerOf.has(folder))).toEqual([]);
  });

  it('each folder imports only from the layers below it', () => {
    const upward: string[] = [];
    for (const file of FILES) {
      const from = folderOf(file);
      for (const target of importsOf(file)) {
        const to = folderOf(target);
        if (to !== from && !(layerOf.get(to)! > layerOf.get(from)!)) upward.push(`${file} -> ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('no file imports itself back through others', () => {
    const graph = new Map(FILES.map((file) => [file, importsOf(file).filter((target) => FILES.includes(target))]));
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const visit = (file: string): void => {
      state.set(file, 'open');
      path.push(file);
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open') circles.push([...path.slice(path.indexOf(next)), next].join(' -> '));
        else if (!state.has(next)) visit(next);
      }
      path.pop();
      state.set(file, 'done');
    };
    for (const file of FILES) if (!state.has(file)) visit(file);
    expect(circles).toEqual([]);
  });

  it.each(PURE)('%s does no I/O and reads no process state', (folder) => {
    for (const file of sourcesUnder(folder)) {
      const code = readFileSync(file, 'utf8').replace(/import type [^;]+;/g, '');
      expect(code, file).not.toMatch(EDGE_ONLY);
    }
  });

  it('only cli/ sets the exit code or reads argv, the working directory or standard input', () => {
    for (const file of FILES.filter((f) => !f.startsWith('src/cli'))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/process\.(exitCode|exit\(|argv|cwd\(|stdin)/);
    }
  });
});
