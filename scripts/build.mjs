// The CLI ships as one bundle (plus a chunk per lazily loaded module): loading some sixty modules one
// by one cost more than the work itself on a typical month of exports. Type checking is tsc's job
// (npm run typecheck); this only compiles and bundles.
import { cpSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: ['src/cli/main.ts', 'src/read/read-worker.ts'],
  outdir: 'dist',
  entryNames: '[name]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'bundle',
  // commander and cli-table3 are CommonJS and call require(); an ES module has none of its own.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
// Built-in profiles are data files found next to the code that reads them.
cpSync('src/profiles/builtin', 'dist/builtin', { recursive: true });
