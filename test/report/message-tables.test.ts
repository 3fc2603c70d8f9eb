import { describe, expect, it } from 'vitest';
import { ERROR_CODES, NOTE_CODES, WARNING_CODES } from '../../src/model/problem.js';
import { LABELS_EN } from '../../src/report/labels.en.js';
import { LABELS_FR } from '../../src/report/labels.fr.js';
import { PROBLEM_MESSAGES_EN } from '../../src/report/messages.en.js';
import { PROBLEM_MESSAGES_FR } from '../../src/report/messages.fr.js';
import { NARRATIVE_EN } from '../../src/report/narrative.en.js';
import { NARRATIVE_FR } from '../../src/report/narrative.fr.js';

/*
 * `satisfies` already makes a missing key a type error; this test also catches what types cannot:
 * an empty text, a template that drops a figure in one language, a key left in English.
 */

/** Every parameter reads back as a marker, so that a template's output shows which ones it used. */
const MARKED = new Proxy({}, { get: (_, key) => (typeof key === 'string' ? `⟨${key}⟩` : undefined) });

function texts(table: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof table === 'string') found.set(path, table);
  else if (typeof table === 'function') found.set(path, String((table as (p: unknown) => unknown)(MARKED)));
  else if (table !== null && typeof table === 'object') {
    for (const [key, value] of Object.entries(table))
      for (const [p, text] of texts(value, path ? `${path}.${key}` : key)) found.set(p, text);
  }
  return found;
}

const markers = (text: string) => [...text.matchAll(/⟨\w+⟩/g)].map((m) => m[0]).sort();

const TABLES = [
  ['problem messages', PROBLEM_MESSAGES_EN, PROBLEM_MESSAGES_FR],
  ['renderer labels', LABELS_EN, LABELS_FR],
  ['narrative', NARRATIVE_EN, NARRATIVE_FR],
] as const;

describe.each(TABLES)('%s', (_, en, fr) => {
  const english = texts(en);
  const french = texts(fr);

  it('has the same keys in English and French', () => {
    expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('has no empty text and no undefined part', () => {
    for (const [key, text] of [...english, ...french]) {
      expect(text.trim(), key).not.toBe('');
      expect(text, key).not.toMatch(/undefined|null|NaN|\[object/);
    }
  });

  it('uses the same parameters in both languages', () => {
    for (const [key, text] of english) expect(markers(french.get(key) ?? ''), key).toEqual(markers(text));
  });
});

describe('the message tables', () => {
  it('cover every problem code', () => {
    const codes = [...ERROR_CODES, ...WARNING_CODES, ...NOTE_CODES].sort();
    expect(Object.keys(PROBLEM_MESSAGES_FR).sort()).toEqual(codes);
    expect(Object.keys(PROBLEM_MESSAGES_EN).sort()).toEqual(codes);
  });

  it('put French punctuation after a no-break space, never a breakable one', () => {
    for (const [key, text] of [...texts(PROBLEM_MESSAGES_FR), ...texts(LABELS_FR), ...texts(NARRATIVE_FR)]) {
      expect(text, key).not.toMatch(/ [:;?!»]|« /);
    }
  });

  it('translate what is not a brand, a code or a formula', () => {
    const french = texts(LABELS_FR);
    const same = [...texts(LABELS_EN)].filter(([key, text]) => french.get(key) === text).map(([key]) => key);
    // Acronyms, the pass-through of counts, and words that French shares with English.
    expect(same.sort()).toEqual([
      'adoption.score',
      'driverPriced',
      'fileLine',
      'hard.cpa',
      'hard.cpc',
      'hard.cpl',
      'hard.cpm',
      'hard.roas',
      'hard.roi',
      'maturity.audience',
      'maturity.unmet.audience',
      'maturity.verdict',
      'nouns.conversion.one',
      'nouns.conversion.other',
      'nouns.message.one',
      'nouns.message.other',
      'subScores.adoption',
      'subScores.amplification',
      'subScores.conversation',
      'subScores.engagement',
      'subScores.sentiment',
      'total',
      'trends.roi',
    ]);
  });
});
