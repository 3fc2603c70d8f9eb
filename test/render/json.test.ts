import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/render/json.js';
import { cli } from '../helpers/cli.js';
import { byCampaignMonth, byChannel, noRatios } from './report-fixtures.js';

const FIXTURES = { 'by-channel': byChannel, 'by-channel-campaign-month': byCampaignMonth, 'no-ratios': noRatios };

describe('the JSON renderer', () => {
  it.each(Object.entries(FIXTURES))('%s, as the golden file', async (name, report) => {
    await expect(renderJson(report, { language: 'en' })).toMatchFileSnapshot(`../golden/render/${name}.json`);
  });

  // Keys never change with the language: the French document is the English one but for the
  // warnings' messages, which are checked apart (one golden holds them all).
  it.each(Object.entries(FIXTURES))('%s in French changes only the warnings’ messages', async (_name, report) => {
    const en = JSON.parse(renderJson(report, { language: 'en' }));
    const fr = JSON.parse(renderJson(report, { language: 'fr' }));
    const withoutMessages = (doc: { warnings: { message: string }[] }) => ({
      ...doc,
      warnings: doc.warnings.map((w) => ({ ...w, message: '' })),
    });
    expect(withoutMessages(fr)).toEqual(withoutMessages(en));
    fr.warnings.forEach((warning: { message: string }, i: number) => {
      expect(warning.message).not.toBe(en.warnings[i].message);
    });
  });

  it('writes the French warnings’ messages as their golden file', async () => {
    const messages = Object.entries(FIXTURES).flatMap(([name, report]) =>
      JSON.parse(renderJson(report, { language: 'fr' })).warnings.map(
        (w: { code: string; message: string }) => `${name} ${w.code}: ${w.message}`,
      ),
    );
    await expect(`${messages.join('\n')}\n`).toMatchFileSnapshot('../golden/render/json-warnings.fr.txt');
  });
});

describe('the CSV output', () => {
  it('is the same whatever the language: data for spreadsheets and scripts, with stable columns', async () => {
    const args = ['report', 'examples/september-2026/', '--format', 'csv', '--by', 'channel,month'];
    const [en, fr] = await Promise.all([cli([...args, '--lang', 'en']), cli([...args, '--lang', 'fr'])]);
    expect(fr.stdout).toBe(en.stdout);
    expect(en.stdout.split('\r\n')[0]).toMatch(/^channel,month,impressions,/);
  });
});
