import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/cli/progress.js';

describe('the progress line', () => {
  it('stays silent for the first second, then rewrites one line, and wipes it at the end', () => {
    const written: string[] = [];
    let clock = 0;
    const line = progressLine(
      (text) => written.push(text),
      () => clock,
    );
    line.update({ filesDone: 0, files: 2, current: { file: 'a.csv', rows: 100_000 } });
    expect(written).toEqual([]);
    clock = 1500;
    line.update({ filesDone: 0, files: 2, current: { file: 'a.csv', rows: 200_000 } });
    line.update({ filesDone: 1, files: 2 });
    line.done();
    expect(written).toEqual(['\r\u001b[Kreading files: 0/2 done — a.csv: 200,000 rows', '\r\u001b[Kreading files: 1/2 done', '\r\u001b[K']);
  });

  it('leaves nothing behind on a short run', () => {
    const written: string[] = [];
    const line = progressLine(
      (text) => written.push(text),
      () => 0,
    );
    line.update({ filesDone: 1, files: 1 });
    line.done();
    expect(written).toEqual([]);
  });
});
