import { describe, expect, it } from 'vitest';
import { findHeader } from '../../src/read/find-header.js';
import { SOURCES } from '../../src/sources/index.js';
import type { Source } from '../../src/sources/source.js';

/** Recognises a header holding `wanted`, with the confidence given: enough to see which split won. */
function stub(id: string, wanted: string, confidence: number): Source {
  return {
    id,
    label: id,
    match: (headers) => (headers.includes(wanted) ? { confidence, language: 'en', numericColumns: [], roles: {} } : undefined),
    open: () => {
      throw new Error('not opened in these tests');
    },
  };
}

describe('findHeader', () => {
  // Split on ",", `a,b;c` gives `a` (a full match); split on ";", only `c` (a weaker one).
  const sources = [stub('by-comma', 'a', 1), stub('by-semicolon', 'c', 0.5)];

  it('without a sep= line, tries every delimiter and keeps the best match', () => {
    expect(findHeader('a,b;c\n1,2;3\n', sources, true)).toMatchObject({ delimiter: ',', lineIndex: 0 });
  });

  it('honours the delimiter a first line such as sep=; states, over a better guess', () => {
    const found = findHeader('sep=;\na,b;c\n1,2;3\n', sources, true);
    expect(found).toMatchObject({ delimiter: ';', lineIndex: 1, offset: 6, preamble: ['sep=;'] });
    expect(found?.source.id).toBe('by-semicolon');
  });

  it('a tab can be stated too; a delimiter it does not read is not trusted', () => {
    expect(findHeader('sep=\t\na,b\tc\n', sources, true)).toMatchObject({ delimiter: '\t' });
    expect(findHeader('sep=|\na,b;c\n', sources, true)).toMatchObject({ delimiter: ',' });
  });

  it('shows sources the lines above the header: a Meta page series is known by the name on line 2', () => {
    const found = findHeader('sep=,\n"Facebook follows"\n"Date","Primary"\n"2026-09-01T00:00:00","20"\n', SOURCES, true);
    expect(found).toMatchObject({ delimiter: ',', lineIndex: 2, preamble: ['sep=,', '"Facebook follows"'] });
    expect(found?.source.id).toBe('meta-page-daily');
    expect(found?.match.roles).toEqual({ 0: 'date', 1: 'follows' });
    // The same header with no name above it says too little: no kind claims it
    expect(findHeader('"Date","Primary"\n"2026-09-01T00:00:00","20"\n', SOURCES, true)).toBeUndefined();
  });
});
