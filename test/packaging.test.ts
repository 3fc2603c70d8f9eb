import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';

/*
 * What a user installs: the CLI ships as one bundle (npm test builds it first), so the package needs
 * no runtime dependency and carries only what runs or documents it.
 */

const BUILTINS = new Set(builtinModules);

function specifiers(code: string): string[] {
  // `from "x"` and `import("x")` of a module, `require("x")`: not `Buffer.from(",")` and the like.
  const found = [
    ...code.matchAll(/\bfrom\s*["']([^"'./\s\\][^"'\s\\]*)["']|\b(?:import|require)\(\s*["']([^"'./\s\\][^"'\s\\]*)["']\s*\)/g),
  ];
  return found.map((match) => match[1] ?? match[2]!);
}

describe('the package', () => {
  it('runs on Node alone: the bundle imports only Node’s own modules', () => {
    const imported = readdirSync('dist')
      .filter((file) => file.endsWith('.js'))
      .flatMap((file) => specifiers(readFileSync(`dist/${file}`, 'utf8')));
    expect(imported.length).toBeGreaterThan(0);
    expect([...new Set(imported.filter((name) => !BUILTINS.has(name.replace(/^node:/, ''))))]).toEqual([]);
    expect(JSON.parse(readFileSync('package.json', 'utf8')).dependencies).toBeUndefined();
  });

  it('holds the launcher, the bundle, the JSON schema and the documents, nothing else', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' })) as {
      files: { path: string }[];
    }[];
    const tops = new Set(pack!.files.map((file) => file.path.split('/')[0]));
    expect([...tops].sort()).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'bin', 'dist', 'package.json', 'schema']);
    expect(pack!.files.map((file) => file.path)).toContain('dist/builtin/b2b-saas.json');
  });
});
