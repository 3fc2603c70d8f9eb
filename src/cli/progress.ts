import type { Progress } from '../read/ingest.js';

/** Long runs only: below this, a progress line would flicker and vanish. */
const QUIET_MS = 1000;

/**
 * A progress line on stderr, rewritten in place, for runs that last more than a second on a
 * terminal; `done()` wipes it so that the report's own output starts on a clean line.
 */
export function progressLine(write: (text: string) => void, now: () => number): { update(progress: Progress): void; done(): void } {
  const started = now();
  let shown = false;
  return {
    update(progress) {
      if (now() - started < QUIET_MS) return;
      shown = true;
      const current = progress.current ? ` — ${progress.current.file}: ${progress.current.rows.toLocaleString('en-US')} rows` : '';
      write(`\r\u001b[Kreading files: ${progress.filesDone}/${progress.files} done${current}`);
    },
    done() {
      if (shown) write('\r\u001b[K');
    },
  };
}
