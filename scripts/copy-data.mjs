// Built-in profiles are data files: tsc does not copy them, so the build does.
import { cpSync } from 'node:fs';
cpSync('src/profiles/builtin', 'dist/profiles/builtin', { recursive: true });
