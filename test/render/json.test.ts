import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/render/json.js';
import { cli } from '../helpers/cli.js';
import { byCampaignMonth, byChannel, noRatios } from './report-fixtures.js';

const FIXTURES = { 'by-channel': byChannel, 'by-channel-campaign-month': byCampaignMonth, 'no-ratios': noRatios };

describe('the JSON renderer', () => {
  it.each(Object.entries(FIXTURES))('%s, in English and French, as the golden files', async (name, report) => {
    await expect(renderJson(report, { language: 'en' })).toMatchFileSnapshot(`../golden/render/${name}.json`);
    await expect(renderJson(report, { language: 'fr' })).toMatchFileSnapshot(`../golden/render/${name}.fr.json`);
  });

  it('changes only the warnings’ messages with the language: codes, params and figures stay', () => {
    const en = JSON.parse(renderJson(byChannel, { language: 'en' }));
    const fr = JSON.parse(renderJson(byChannel, { language: 'fr' }));
    const withoutMessages = (doc: { warnings: { message: string }[] }) => ({ ...doc, warnings: doc.warnings.map((w) => ({ ...w, message: '' })) });
    expect(withoutMessages(fr)).toEqual(withoutMessages(en));
    expect(fr.warnings[0].message).not.toBe(en.warnings[0].message);
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
