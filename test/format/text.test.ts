import { describe, expect, it } from 'vitest';
import { displayWidth, sanitize, truncate, wrap } from '../../src/format/text.js';

describe('sanitize', () => {
  it('drops escape sequences, C1 controls and bidi overrides, and turns line breaks into spaces', () => {
    expect(sanitize('Evil \u001b[31mred\u009b2J\u0007')).toBe('Evil [31mred2J');
    expect(sanitize('Rentr\u202eée')).toBe('Rentrée');
    expect(sanitize('two\r\nlines\tand a tab')).toBe('two lines and a tab');
  });

  it('composes accents, so that a width counts what a terminal shows', () => {
    expect(sanitize('Rentre\u0301e')).toBe('Rentrée');
  });
});

describe('displayWidth and truncate', () => {
  it('counts East Asian wide characters and emoji as two columns, combining marks as none', () => {
    expect(displayWidth('Rentrée – 30d')).toBe(13);
    expect(displayWidth('日本語')).toBe(6);
    expect(displayWidth('Launch 🚀')).toBe(9);
    expect(displayWidth('e\u0301')).toBe(1);
  });

  it('cuts to the width with an ellipsis, never splitting a wide character', () => {
    expect(truncate('Retargeting – site visitors 30d', 12)).toBe('Retargeting…');
    expect(truncate('日本語のキャンペーン', 8)).toBe('日本語…');
    expect(truncate('short', 12)).toBe('short');
  });
});

describe('wrap', () => {
  it('breaks at spaces and indents continuation lines', () => {
    expect(wrap('  file.csv — LinkedIn Campaign Manager, 90 rows', 30, 2)).toEqual([
      '  file.csv — LinkedIn Campaign',
      '    Manager, 90 rows',
    ]);
  });

  it('cuts a word longer than a line', () => {
    expect(wrap('Files: a/very/long/path/without/any/space/at/all.csv', 20, 2)).toEqual([
      'Files:',
      '  a/very/long/path/w',
      '  ithout/any/space/a',
      '  t/all.csv',
    ]);
  });

  it('leaves a line that fits alone', () => {
    expect(wrap('Value: revenue 35,239.10.', 100)).toEqual(['Value: revenue 35,239.10.']);
  });
});
