import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../../src/read/suggest-mapping.js';

const suggest = (text: string, file = 'export.csv') => suggestMapping(text, true, file);
const guesses = (text: string, file?: string) => Object.fromEntries(suggest(text, file)!.columns.map((c) => [c.header, [c.role, c.basis]]));

describe('a suggested mapping for a file of no known kind', () => {
  it('guesses English column names, and leaves rates and unknown columns unread', () => {
    const text = readFileSync('test/fixtures/ingest/generic-network-daily-en.csv', 'utf8');
    expect(guesses(text)).toEqual({
      Day: ['date', 'name'],
      Network: ['channel', 'name'],
      Campaign: ['campaign', 'name'],
      'Spend (EUR)': ['spend', 'name'],
      Views: ['impressions', 'name'],
      'Link clicks': ['clicks', 'name'],
      Likes: ['reactions', 'name'],
      Loves: [null, 'unknown'],
      Comments: ['comments', 'name'],
      Shares: ['shares', 'name'],
      'Cost per click': [null, 'rate'],
    });
    // The channel is a column, so the mapping names none; the currency is in the spend column's name.
    const { mapping, questions } = suggest(text)!;
    expect(mapping).not.toHaveProperty('channel');
    expect(mapping).toMatchObject({ decimal: '.', currency: 'EUR' });
    expect(mapping).not.toHaveProperty('dateFormat');
    expect(questions).toEqual([]);
  });

  it('guesses French column names, numbers with decimal commas, and day-first dates it flags when no day is above 12', () => {
    const text = readFileSync('test/fixtures/ingest/generic-fr-semicolon-day-first-nbsp.csv', 'utf8');
    const suggestion = suggest(text)!;
    expect(suggestion.delimiter).toBe(';');
    expect(suggestion.mapping).toEqual({
      channel: '?',
      columns: {
        Jour: 'date',
        Campagne: 'campaign',
        'Dépenses (€)': 'spend',
        Impressions: 'impressions',
        Clics: 'clicks',
        Réactions: 'reactions',
      },
      dateFormat: 'DD/MM/YYYY',
      decimal: ',',
      currency: 'EUR',
    });
    expect(suggestion.questions).toEqual([
      { key: 'channel', reason: 'no-channel' },
      { key: 'dateFormat', reason: 'dates-unsettled' },
    ]);
  });

  it('states a date order that a day above 12 settles, written as the values are', () => {
    const text = 'Date,Impressions\n9.13.26,10\n9.14.26,20\n';
    const { mapping, questions } = suggest(text, 'tiktok-organic.csv')!;
    expect(mapping).toMatchObject({ channel: 'tiktok', dateFormat: 'MM.DD.YY' });
    expect(questions).toEqual([]);
  });

  it('finds the header under title lines, and a date or channel column by its values when its name says nothing', () => {
    const text = [
      'Weekly report',
      'Generated 2026-09-30',
      'When;Where;Impr.;Coût par clic',
      '2026-09-01;Facebook;1 000;0,12',
      '2026-09-02;LinkedIn;2 000;0,10',
      '',
    ].join('\n');
    const suggestion = suggest(text)!;
    expect(suggestion.headerLine).toBe(3);
    expect(guesses(text)).toEqual({
      When: ['date', 'values'],
      Where: ['channel', 'values'],
      'Impr.': [null, 'unknown'],
      'Coût par clic': [null, 'rate'],
    });
    expect(suggestion.questions).toEqual([{ key: 'columns', reason: 'no-metric' }]);
  });

  it('reads a name whose values do not fit it as nothing, and gives each role to its first column only', () => {
    const text = 'Day,Start date,Cost,Views,Impressions,Views\n2026-09-01,2026-09-01,see notes,1,2,3\n';
    expect(suggest(text)!.columns.map((c) => [c.header, c.role, c.basis])).toEqual([
      ['Day', 'date', 'name'],
      ['Start date', null, 'taken'],
      ['Cost', null, 'values-disagree'],
      ['Views', 'impressions', 'name'],
      ['Impressions', null, 'taken'],
      ['Views', null, 'taken'],
    ]);
  });

  it('prefers the longest phrase: video views are not impressions, a start date is not the date', () => {
    expect(guesses('Reporting starts\tReporting ends\tVideo views\tMontant dépensé (EUR)\n2026-09-01\t2026-09-07\t10\t1,5\n')).toEqual({
      'Reporting starts': ['start', 'name'],
      'Reporting ends': ['end', 'name'],
      'Video views': ['videoViews', 'name'],
      'Montant dépensé (EUR)': ['spend', 'name'],
    });
  });

  it('has nothing to suggest for a file whose first lines are no table', () => {
    expect(suggest('just one line of text\nand another\n')).toBeUndefined();
  });

  it('keeps a header named like an object key as a plain key of the mapping', () => {
    const { mapping } = suggest('Day,__proto__,Clicks\n2026-09-01,n/a,1\n')!;
    expect(Object.keys(mapping.columns)).toEqual(['Day', '__proto__', 'Clicks']);
    expect(Object.getOwnPropertyDescriptor(JSON.parse(JSON.stringify(mapping)).columns, '__proto__')?.value).toBeNull();
  });
});
