import { rmSync } from 'node:fs';
import { processIo } from './io.js';
import { pendingTemporaries } from './output-file.js';
import { EXIT, run } from './run.js';

for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    // `social-roi … | head` closes the pipe early: that is success, not an error.
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
    // A full disk behind `> report.txt`: one line where it can still be read, and exit 2, never 1 ("threshold missed").
    if (stream === process.stdout)
      process.stderr.write(`<stdout>: cannot write the report (${error.code ?? error.message}) (OUTPUT_UNWRITABLE)\n`);
    process.exit(EXIT.input);
  });
}

// Stopped by Ctrl-C or a scheduler: the previous report stays as it was, and no temporary file is left.
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.on(signal, () => {
    for (const file of pendingTemporaries()) rmSync(file, { force: true });
    process.exit(code);
  });
}

process.exitCode = await run(process.argv.slice(2), processIo);
