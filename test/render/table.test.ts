import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/format/text.js';
import type { Report } from '../../src/model/report.js';
import { renderTable, type TableContext } from '../../src/render/table.js';
import { byCampaignMonth, byChannel, noRatios } from './report-fixtures.js';

const plain = (width: number): TableContext => ({ color: null, width, language: 'en', sparklines: false });
const ANSI = /\u001b\[[0-9;]*m/g;
const FIXTURES = { byChannel, byCampaignMonth, noRatios };

function widest(output: string): number {
  return Math.max(...output.split('\n').map(displayWidth));
}

describe('renderTable golden files', () => {
  it.each([
    ['by-channel', byChannel],
    ['by-channel-campaign-month', byCampaignMonth],
    ['no-ratios', noRatios],
  ] as const)('%s at width 100', async (name, report) => {
    const output = renderTable(report, plain(100));
    expect(widest(output)).toBeLessThanOrEqual(100);
    await expect(output).toMatchFileSnapshot(`../golden/render/${name}.txt`);
  });

  it('splits the value columns into tables that repeat the keys at width 60', async () => {
    const output = renderTable(byChannel, plain(60));
    for (const line of output.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
    expect(output.match(/^Channel /gm)?.length).toBeGreaterThan(2);
    await expect(output).toMatchFileSnapshot('../golden/render/by-channel-width-60.txt');
  });
});

describe('renderTable', () => {
  it('colours headers, gains, losses and n/a, and is the plain output once the colour is stripped', () => {
    const output = renderTable(byChannel, { color: new Chalk({ level: 1 }), width: 100, language: 'en', sparklines: false });
    expect(output).toMatch(ANSI);
    expect(output).toContain('\u001b[31m-26.7%');
    expect(output).toContain('\u001b[32m+497.6%');
    expect(output).toContain('\u001b[2mn/a');
    expect(output.replace(ANSI, '')).toBe(renderTable(byChannel, plain(100)));
  });

  it('has no escape sequence at all without colour', () => {
    for (const report of [byChannel, byCampaignMonth, noRatios]) expect(renderTable(report, plain(100))).not.toMatch(/[\u001b\u009b]/);
  });

  it('prints no control character that came from an input', () => {
    const report: Report = {
      ...byCampaignMonth,
      groups: byCampaignMonth.groups.map((group, i) =>
        i === 1 ? { ...group, key: { ...group.key, campaign: 'Evil \u001b[31mred\u009b2J\u0007' } } : group,
      ),
      files: [{ ...byCampaignMonth.files[0]!, file: 'ledger\u001b]0;pwned\u0007.csv' }],
    };
    const output = renderTable(report, plain(100));
    expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(output).toContain('Evil [31mred2J');
    expect(output).toContain('ledger]0;pwned.csv');
  });

  it('keeps a truncated campaign name recognisable and marks the cut', () => {
    const output = renderTable(byCampaignMonth, plain(60));
    expect(output).toMatch(/Rentrée 20[^\n]*…/);
    expect(output).not.toContain('Document Ads)');
  });

  it('keeps every line within any width from 40 columns up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 40, max: 200 }), fc.constantFrom('byChannel', 'byCampaignMonth', 'noRatios'), (width, name) => {
        expect(widest(renderTable(FIXTURES[name], plain(width)))).toBeLessThanOrEqual(width);
      }),
    );
  });

  it('leaves out sub-scores that no group has, and the rates table when nothing is benchmarked', () => {
    const output = renderTable(noRatios, plain(100));
    expect(output).not.toContain('Conversation');
    expect(output).not.toContain('Rates per 1,000');
    expect(renderTable(byChannel, plain(100))).not.toContain('Sentiment');
  });
});
