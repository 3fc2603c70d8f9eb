import { describe, expect, it } from 'vitest';
import { loadMappings } from '../../src/config/load-mappings.js';
import { isSocialRoiError } from '../../src/model/errors.js';
import { problemLine } from '../../src/report/messages.js';

const DIR = 'test/fixtures/mappings';

/** The one line a run prints for a mapping that cannot be used. */
async function failure(files: string[], config?: Parameters<typeof loadMappings>[1]): Promise<string> {
  try {
    await loadMappings(files, config);
  } catch (error) {
    if (isSocialRoiError(error)) return problemLine(error.problem);
    throw error;
  }
  throw new Error('the mappings were accepted');
}

describe('mapping files', () => {
  it('are read into what the reader needs: fields, metrics in order, and what the file states', async () => {
    const [mapping] = await loadMappings([`${DIR}/fr-day-first.json`]);
    expect(mapping).toEqual({
      name: 'fr-day-first.json',
      headers: [],
      channel: 'linkedin',
      columns: [
        ['Jour', 'date'],
        ['Campagne', 'campaign'],
        ['Dépenses (€)', 'spend'],
        ['Impressions', 'impressions'],
        ['Clics', 'clicks'],
        ['Réactions', 'reactions'],
      ],
      dateOrder: 'dmy',
      decimal: ',',
      currency: 'EUR',
    });
  });

  it('leave out the columns marked null, keep two columns on one metric, and read the channel per row', async () => {
    const [mapping] = await loadMappings([`${DIR}/network-daily.json`]);
    expect(mapping).toMatchObject({ name: 'agency daily export', filePattern: 'generic-network-*.csv', channel: 'per-row' });
    expect(mapping!.columns.map(([header]) => header)).not.toContain('Cost per click');
    expect(mapping!.columns.filter(([, role]) => role === 'reactions')).toEqual([
      ['Likes', 'reactions'],
      ['Loves', 'reactions'],
    ]);
  });

  it('may hold several mappings: a fault is named by its place in the list', async () => {
    const file = `${DIR}/list-misspelt-second.json`;
    expect(await failure([file])).toBe(`${file}: mappings.1.chanel: unknown key (did you mean "channel"?) (MAPPING_INVALID)`);
  });

  it.each([
    ['misspelt-metric', 'columns.Views: expected a canonical name (did you mean "impressions"?), got "impresions"'],
    ['misspelt-key', 'colums: unknown key (did you mean "columns"?) (and 1 more)'],
    ['no-date-column', 'columns: no column is read as "date" (or "start", with "end" for rows that cover a range)'],
    ['channel-twice', 'channel: give a "channel" or a column read as "channel" (here "Network"), not both'],
    ['bad-date-format', 'dateFormat: expected a date format such as DD/MM/YYYY, MM/DD/YYYY or YYYY-MM-DD, got "DD/MM"'],
  ])('%s: one line naming the file and the key, exit 2', async (name, message) => {
    expect(await failure([`${DIR}/${name}.json`])).toBe(`${DIR}/${name}.json: ${message} (MAPPING_INVALID)`);
  });

  it('name a missing file, and a file that is not JSON', async () => {
    expect(await failure([`${DIR}/no-such.json`])).toBe(`${DIR}/no-such.json: no such file (MAPPING_INVALID)`);
    expect(await failure(['test/fixtures/ingest/generic-network-daily-en.csv'])).toBe(
      "test/fixtures/ingest/generic-network-daily-en.csv: not valid JSON: Unexpected token 'D' (MAPPING_INVALID)",
    );
  });
});

describe('the rules a mapping keeps as a whole', () => {
  const inline = (mapping: object) => failure([], { file: 'social-roi.config.json', entries: [`${DIR}/fr-day-first.json`, mapping] });

  it.each([
    [
      { channel: 'meta', columns: { Day: 'date', Start: 'start', Views: 'impressions' } },
      'mappings.1.columns.Start: a row has one "date", or a "start" and an "end", not both (column "Day" is "date")',
    ],
    [
      { channel: 'meta', columns: { Day: 'date', Until: 'end', Views: 'impressions' } },
      'mappings.1.columns.Until: a row has one "date", or a "start" and an "end", not both (column "Day" is "date")',
    ],
    [
      { channel: 'meta', columns: { From: 'start', Until: 'end', Until2: 'end', Views: 'impressions' } },
      'mappings.1.columns.Until2: "end" is already column "Until": a field is read from one column',
    ],
    [
      { channel: 'meta', columns: { Until: 'end', Views: 'impressions' } },
      'mappings.1.columns.Until: "end" goes with a column read as "start"',
    ],
    [
      { channel: 'meta', columns: { Day: 'date', Campaign: 'campaign' } },
      'mappings.1.columns: no column is read as a metric (impressions, clicks, spend…)',
    ],
    [
      { columns: { Day: 'date', Views: 'impressions' } },
      'mappings.1.channel: no channel: give "channel" (linkedin, meta, google-ads, x or tiktok), or read a column as "channel"',
    ],
    [
      { channel: 'meta', currency: 'EUR', columns: { Day: 'date', Cur: 'currency', Views: 'impressions' } },
      'mappings.1.currency: give a "currency" or a column read as "currency" (here "Cur"), not both',
    ],
    [
      { channel: 'meta', columns: { Day: 'date', Views: 'impressions', 'views ': 'clicks' } },
      'mappings.1.columns."views ": the same column as "Views" (names are compared without regard to case and spaces)',
    ],
    [
      JSON.parse('{ "channel": "meta", "columns": { "Day": "date", "__proto__": "impressions" } }') as object,
      'mappings.1.columns.__proto__: this name cannot be read as a column name',
    ],
  ])('a mapping written in the configuration is named by its key path there: %#', async (mapping, message) => {
    expect(await inline(mapping)).toBe(`social-roi.config.json: ${message} (CONFIG_INVALID)`);
  });

  it('a misspelt key of a mapping in the configuration still gets its did-you-mean', async () => {
    expect(await inline({ channel: 'LinkedIn', columns: { Day: 'date', Views: 'impressions' } })).toBe(
      'social-roi.config.json: mappings.1.channel: expected a channel (did you mean "linkedin"?), got "LinkedIn" (CONFIG_INVALID)',
    );
    expect(await inline({ channel: 'meta', columns: { Day: 'date' }, dateformat: 'DD/MM/YYYY' })).toBe(
      'social-roi.config.json: mappings.1.dateformat: unknown key (did you mean "dateFormat"?) (CONFIG_INVALID)',
    );
  });
});
