import { processIo } from './io.js';
import { EXIT, run } from './run.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // `social-roi … | head` closes the pipe early: that is success, not an error.
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), processIo);
