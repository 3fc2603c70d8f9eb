import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, cli } from '../helpers/cli.js';

const NETWORK = 'test/fixtures/ingest/generic-network-daily-en.csv';
const FRENCH = 'test/fixtures/ingest/generic-fr-semicolon-day-first-nbsp.csv';
const TAB = 'test/fixtures/ingest/generic-tab-decimal-comma-unsniffable.csv';
const MAPPINGS = 'test/fixtures/mappings';

interface Json {
  total: { metrics: Record<string, number>; hard: { cost: number } };
  groups: { key: { channel: string }; metrics: Record<string, number> }[];
  files: { file: string; kind: string; label: string; decimalMark: string; dateFormat: string }[];
  warnings: { code: string; params: Record<string, unknown>; file?: string }[];
}

async function report(args: string[], cwd?: string): Promise<Json> {
  const { code, stdout, stderr } = await cli(['report', ...args, '--format', 'json', '--quiet'], {}, cwd);
  expect([code, stderr]).toEqual([0, '']);
  return JSON.parse(stdout) as Json;
}

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'social-roi-mapping-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** What reading the files said: the report's own remarks (a channel too young to judge) are not about mappings. */
const readingWarnings = (json: Json) => json.warnings.filter((w) => w.file !== undefined);
const metricsOf = (json: Json, channel: string) => json.groups.find((g) => g.key.channel === channel)!.metrics;
const pick = (metrics: Record<string, number>, keys: string[]) => Object.fromEntries(keys.map((key) => [key, metrics[key]]));
const SOCIAL = ['spend', 'impressions', 'clicks', 'reactions', 'comments', 'shares'];

describe('report --map: an export no built-in kind knows, read through a mapping file', () => {
  it('sums each row into its own network’s channel, two columns into one metric, and leaves rates unread', async () => {
    const json = await report([NETWORK, '--map', `${MAPPINGS}/network-daily.json`]);
    // LinkedIn rows (lines 2, 4, 6): spend 120.50 + 99.99 + 0.01; views 10,000 + 9,000 + 100; clicks 80 + 70 + 1;
    // reactions = Likes + Loves = (150 + 10) + (120 + 8) + (0 + 0); comments 12 + 10 + 0; shares 5 + 3 + 0.
    expect(pick(metricsOf(json, 'linkedin'), SOCIAL)).toEqual({
      spend: 220.5,
      impressions: 19100,
      clicks: 151,
      reactions: 288,
      comments: 22,
      shares: 8,
    });
    // Instagram and Facebook rows are Meta's (lines 3, 5, 7): spend 60.25 + 40.00 + 10.00; views 8,000 + 5,000 + 1,000;
    // clicks 40 + 20 + 5; reactions (300 + 25) + (80 + 5) + (20 + 1); comments 9 + 4 + 1; shares 4 + 2 + 1.
    expect(pick(metricsOf(json, 'meta'), SOCIAL)).toEqual({
      spend: 110.25,
      impressions: 14000,
      clicks: 65,
      reactions: 431,
      comments: 14,
      shares: 7,
    });
    // 220.50 + 110.25; the `Cost per click` column would have added 8.46 had it been read.
    expect(json.total.hard.cost).toBe(330.75);
    expect(json.files).toEqual([
      expect.objectContaining({ file: NETWORK, kind: 'mapped', label: 'mapping agency daily export', dateFormat: 'YYYY-MM-DD' }),
    ]);
    expect(readingWarnings(json)).toEqual([]);
  });

  it('reads French numbers and day-first dates as the mapping states them, from the configuration, with no warning', async () => {
    const dir = folderWith({
      'maps/fr.json': readFileSync(`${MAPPINGS}/fr-day-first.json`, 'utf8'),
      // A path in the configuration is relative to the configuration file.
      'social-roi.config.json': JSON.stringify({ mappings: ['maps/fr.json'], by: ['channel', 'campaign'] }),
    });
    const json = await report([resolve(FRENCH)], dir);
    // 1 234,56 + 65,44 + 0,50 (grouped with no-break spaces); 12 000 + 3 000 + 500; 150 + 50 + 5; 40 + 10 + 1.
    expect(pick(json.total.metrics, ['spend', 'impressions', 'clicks', 'reactions'])).toEqual({
      spend: 1300.5,
      impressions: 15500,
      clicks: 205,
      reactions: 51,
    });
    expect(json.groups.map((g) => g.key)).toEqual([{ channel: 'linkedin', campaign: 'Rentrée' }]);
    expect(json.files[0]).toMatchObject({ kind: 'mapped', label: 'mapping fr.json', decimalMark: ',', dateFormat: 'D/M/YYYY' });
    // No day is above 12, so without the stated format the same order is only assumed, and said.
    expect(readingWarnings(json)).toEqual([]);
    const unstated = folderWith({
      'social-roi.config.json': JSON.stringify({
        mappings: [{ channel: 'linkedin', columns: { Jour: 'date', 'Dépenses (€)': 'spend' } }],
      }),
    });
    const assumed = await report([resolve(FRENCH)], unstated);
    expect(assumed.total.metrics.spend).toBe(1300.5);
    expect(readingWarnings(assumed)).toEqual([
      expect.objectContaining({ code: 'ambiguous-dates', params: expect.objectContaining({ basis: 'numbers', format: 'D/M/YYYY' }) }),
    ]);
  });

  it('takes the decimal mark the mapping states where the values cannot tell it', async () => {
    const mapping = (decimal?: string) => ({
      channel: 'meta',
      columns: { Date: 'date', Spend: 'spend', Impressions: 'impressions' },
      ...(decimal ? { decimal } : {}),
    });
    const sniffed = await report([resolve(TAB)], folderWith({ 'social-roi.config.json': JSON.stringify({ mappings: [mapping()] }) }));
    const stated = await report([resolve(TAB)], folderWith({ 'social-roi.config.json': JSON.stringify({ mappings: [mapping(',')] }) }));
    // `1,500` and `2,250` read either way; a tab-separated English file is taken as `1,500` = 1,500.
    expect(sniffed.total.metrics.spend).toBe(3750);
    // Stated as decimal commas: 1,5 + 2,25.
    expect(stated.total.metrics.spend).toBe(3.75);
    expect(stated.total.metrics.impressions).toBe(4000);
  });

  it('serves a folder with one file of several mappings, each tried on the files its pattern and headers name', async () => {
    const dir = folderWith({ 'generic-network-daily.csv': readFileSync(NETWORK, 'utf8'), 'rentree.csv': readFileSync(FRENCH, 'utf8') });
    const json = await report([dir, '--map', `${MAPPINGS}/agency-folder.json`]);
    expect(json.files.map((f) => f.label)).toEqual(['mapping agency-folder.json#1', 'mapping agency-folder.json#2']);
    // 220.50 + 110.25 from the network file, 1 300,50 from the French one.
    expect(json.total.metrics.spend).toBe(1631.25);
    // Read on two worker threads, which get the mappings as data: the same report.
    const threaded = await bin([
      'report',
      dir,
      '--map',
      resolve(`${MAPPINGS}/agency-folder.json`),
      '--jobs',
      '2',
      '--format',
      'json',
      '--quiet',
    ]);
    expect(threaded.code).toBe(0);
    expect(JSON.parse(threaded.stdout)).toEqual(json);
  });

  it('spreads a row that covers a range, read from a start and an end column, over its days', async () => {
    const dir = folderWith({
      'weekly.csv': 'From,To,Cost,Impressions\n2026-09-01,2026-09-07,70.00,700\n',
      'weekly.json': JSON.stringify({ channel: 'x', columns: { From: 'start', To: 'end', Cost: 'spend', Impressions: 'impressions' } }),
    });
    const json = await report([join(dir, 'weekly.csv'), '--map', join(dir, 'weekly.json'), '--from', '2026-09-01', '--to', '2026-09-03']);
    // 3 of the row's 7 days: 70.00 × 3 / 7 and 700 × 3 / 7.
    expect(pick(json.total.metrics, ['spend', 'impressions'])).toEqual({ spend: 30, impressions: 300 });
  });

  it('never takes a file that a built-in kind recognises', async () => {
    const dir = folderWith({ 'greedy.json': JSON.stringify({ channel: 'meta', columns: { 'By Day': 'date', Cost: 'spend' } }) });
    const json = await report(['test/fixtures/ingest/tiktok-ads-en-masked-totals-fullwidth.csv', '--map', join(dir, 'greedy.json')]);
    expect(json.files[0]!.kind).toBe('tiktok-ads');
  });

  it('stops on a date the stated format cannot read, rather than taking it as the other order', async () => {
    const dir = folderWith({
      'us.csv': 'Day,Views\n09/12/2026,10\n09/13/2026,20\n',
      'day-first.json': JSON.stringify({ channel: 'x', columns: { Day: 'date', Views: 'impressions' }, dateFormat: 'DD/MM/YYYY' }),
    });
    const { code, stderr } = await cli(['report', join(dir, 'us.csv'), '--map', join(dir, 'day-first.json')]);
    expect(code).toBe(2);
    expect(stderr).toBe(`${join(dir, 'us.csv')}:3:1: "09/13/2026" in Day is not a valid date (read as D/M/YYYY) (INPUT_BAD_DATE)\n`);
  });

  it('stops on a mapping file that cannot be used, naming it and the key: exit 2, one line', async () => {
    const { code, stdout, stderr } = await cli(['report', NETWORK, '--map', `${MAPPINGS}/misspelt-metric.json`]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe(
      `${MAPPINGS}/misspelt-metric.json: columns.Views: expected a canonical name (did you mean "impressions"?), got ` +
        `"impresions" (MAPPING_INVALID)\n`,
    );
  });
});

describe('a file of no known kind', () => {
  it('stops the report with exit 2 and one line: the kinds tried, and the way out', async () => {
    const { code, stdout, stderr } = await cli(['report', 'test/fixtures/bad/unknown-headers.csv']);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(
      /^test\/fixtures\/bad\/unknown-headers\.csv: unknown kind of file \(first line: "Foo,Bar,Baz"\): its header matches none of LinkedIn Campaign Manager, .*spend ledger.*; describe its columns in a mapping file and pass --map \(see social-roi inspect FILE\) \(INPUT_UNKNOWN_FORMAT\)\n$/,
    );
  });

  it('says it in French with --lang fr', async () => {
    const { code, stderr } = await cli(['report', 'test/fixtures/bad/unknown-headers.csv', '--lang', 'fr']);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^test\/fixtures\/bad\/unknown-headers\.csv: type de fichier inconnu \(première ligne\u00a0: «\u00a0Foo,Bar,Baz\u00a0»\)\u00a0: son en-tête ne correspond à aucun de LinkedIn Campaign Manager, .*\u00a0; décrivez ses colonnes dans un fichier de correspondance et passez-le avec --map \(voir social-roi inspect FICHIER\) \(INPUT_UNKNOWN_FORMAT\)\n$/,
    );
  });

  it('names the closest kind tried, a mapping among them, with the share of its columns found', async () => {
    // The export without its `Loves` column: 9 of the mapping's 10 columns.
    const lines = readFileSync(NETWORK, 'utf8')
      .split('\n')
      .map((line) =>
        line
          .split(',')
          .filter((_, i) => i !== 7)
          .join(','),
      );
    const dir = folderWith({ 'generic-network-daily.csv': lines.join('\n') });
    const { code, stderr } = await cli(['report', join(dir, 'generic-network-daily.csv'), '--map', `${MAPPINGS}/network-daily.json`]);
    expect(code).toBe(2);
    expect(stderr).toContain(', spend ledger, ');
    expect(stderr).toContain(
      ', mapping agency daily export (the closest: mapping agency daily export, confidence 90%); describe its columns',
    );
  });
});

describe('inspect on a file of no known kind', () => {
  it('suggests a mapping to save, guessed from the column names and values, as the golden file', async () => {
    const { code, stdout, stderr } = await cli(['inspect', NETWORK]);
    expect([code, stderr]).toEqual([0, '']);
    await expect(stdout).toMatchFileSnapshot('../golden/cli/inspect-unknown-network.txt');
    // What it prints after the explanation is the mapping, ready to save and to read the file with.
    const saved = folderWith({ 'mapping.json': stdout.slice(stdout.indexOf('\n{') + 1) });
    const json = await report([NETWORK, '--map', join(saved, 'mapping.json')]);
    // The suggestion leaves `Loves` unread: reactions are the Likes alone, 150 + 300 + 120 + 80 + 0 + 20.
    expect(pick(json.total.metrics, ['spend', 'reactions'])).toEqual({ spend: 330.75, reactions: 670 });
  });

  it('gives the same as JSON, and marks what it could not guess', async () => {
    const { code, stdout } = await cli(['inspect', FRENCH, '--format', 'json']);
    expect(code).toBe(0);
    const [file] = JSON.parse(stdout).files;
    expect(file).toMatchObject({ kind: null, delimiter: ';', headerLine: 1 });
    expect(file.suggestedMapping).toMatchObject({ channel: '?', dateFormat: 'DD/MM/YYYY', decimal: ',', currency: 'EUR' });
    expect(file.questions).toEqual([
      { key: 'channel', reason: 'no-channel' },
      { key: 'dateFormat', reason: 'dates-unsettled' },
    ]);
    await expect(stdout).toMatchFileSnapshot('../golden/cli/inspect-unknown-fr.json');
  });

  it('with --map, shows how the mapping reads the file', async () => {
    const { code, stdout } = await cli(['inspect', FRENCH, '--map', `${MAPPINGS}/fr-day-first.json`]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ +kind +mapping fr-day-first\.json \(mapped\), confidence 100%$/m);
    expect(stdout).toMatch(/^ +dates +D\/M\/YYYY \(the order the mapping states\)$/m);
    expect(stdout).toMatch(/^ +3 +Dépenses \(€\) +spend$/m);
  });
});
