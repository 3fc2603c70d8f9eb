import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Group, Report } from '../../src/model/report.js';
import { renderCsv } from '../../src/render/csv.js';
import { RENDERERS, type Renderer } from '../../src/render/index.js';
import { byCampaignMonth, byChannel, noRatios } from './report-fixtures.js';

const FORMULA_TRIGGER = /^[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/u;

function withCampaigns(names: readonly string[]): Report {
  const template = byCampaignMonth.groups[1]!;
  const groups: Group[] = names.map((campaign) => ({ ...template, key: { ...template.key, campaign } }));
  return { ...byCampaignMonth, groups };
}

function rowsOf(csv: string): string[][] {
  return parse(csv, { record_delimiter: '\r\n' });
}

describe('renderCsv golden files', () => {
  it.each([
    ['by-channel', byChannel],
    ['by-channel-campaign-month', byCampaignMonth],
    ['no-ratios', noRatios],
  ] as const)('%s', async (name, report) => {
    await expect(renderCsv(report)).toMatchFileSnapshot(`../golden/render/${name}.csv`);
  });
});

describe('renderCsv', () => {
  it('has the key dimensions, every metric, every hard figure, the index and each sub-score, in a fixed order', () => {
    const [header] = rowsOf(renderCsv(byCampaignMonth));
    expect(header).toEqual([
      'channel',
      'campaign',
      'month',
      'impressions',
      'reach',
      'clicks',
      'reactions',
      'comments',
      'shares',
      'saves',
      'follows',
      'videoViews',
      'leads',
      'conversions',
      'revenue',
      'spend',
      'messages',
      'unfollows',
      'posts',
      'employeeShares',
      'applications',
      'hires',
      'mentions',
      'cost',
      'mediaSpend',
      'otherCosts',
      'value',
      'roi',
      'roas',
      'cpc',
      'cpm',
      'cpl',
      'cpa',
      'costPerHire',
      'softIndex',
      'conversationScore',
      'amplificationScore',
      'engagementScore',
      'growthScore',
      'advocacyScore',
      'adoptionScore',
      'sentimentScore',
      'cumulativeCost',
      'cumulativeValue',
      'cumulativeRoi',
      'tooEarly',
      'revenueRoi',
      'breakEvenResult',
      'breakEvenUnitValue',
      'cplAllSpend',
      'cpaAllSpend',
      'costPerHireAllSpend',
    ]);
  });

  it('ends with a total row, uses CRLF line ends, and leaves null figures empty', () => {
    const csv = renderCsv(byChannel);
    expect(csv.split('\r\n')).toHaveLength(byChannel.groups.length + 3);
    expect(csv).not.toMatch(/[^\r]\n/);
    const rows = rowsOf(csv);
    const header = rows[0]!;
    const total = rows.at(-1)!;
    expect(total[0]).toBe('total');
    expect(total[header.indexOf('roi')]).toBe('2.663433');
    expect(rows[1]![header.indexOf('cpl')]).toBe('');
    expect(rows[1]![header.indexOf('softIndex')]).toBe('');
  });

  it('writes numbers as JSON does, whatever the language, and never guards a negative one', async () => {
    const render: Renderer = await RENDERERS.csv();
    const english = render(byChannel, { language: 'en', color: null, width: 100, sparklines: false });
    expect(render(byChannel, { language: 'fr', color: null, width: 100, sparklines: false })).toBe(english);
    expect(english).toContain(',-0.266981,');
    expect(english).toContain(',33053.22,');
    expect(english).not.toContain("'-0.266981");
  });

  it('makes a formula campaign name inert: a quote prefix, quotes doubled, the cell quoted', () => {
    const csv = renderCsv(withCampaigns(['=HYPERLINK("http://x","y")']));
    expect(csv).toContain(`,"'=HYPERLINK(""http://x"",""y"")",`);
    expect(rowsOf(csv)[1]![1]).toBe(`'=HYPERLINK("http://x","y")`);
  });

  it.each(['=1+1', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx', '\nx', '＝1', '＋1', '－1', '＠x', '-5'])(
    'guards a text cell starting %j',
    (name) => {
      const [, row] = rowsOf(renderCsv(withCampaigns([name])));
      expect(row![1]).toBe(`'${name}`);
    },
  );

  it('leaves other names as they are', () => {
    const names = ['Rentrée 2026', 'a=b', ' =1', '(shared)', '"quoted"', 'a,b', 'x\ny'];
    const rows = rowsOf(renderCsv(withCampaigns(names)));
    expect(rows.slice(1, -1).map((row) => row[1])).toEqual(names);
  });

  it('never starts a text cell with a formula trigger, and parses back to its rows and columns', () => {
    const name = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.string({
        unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', ';', "'", 'a', '1', ' ', '＝', '＋', '－', '＠'),
        maxLength: 8,
      }),
    );
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 6 }), (names) => {
        const report = withCampaigns(names);
        const rows = rowsOf(renderCsv(report));
        expect(rows).toHaveLength(names.length + 2);
        for (const row of rows) expect(row).toHaveLength(rows[0]!.length);
        const keyCells = rows.slice(1).flatMap((row) => row.slice(0, report.groupBy.length));
        for (const cell of keyCells) expect(cell).not.toMatch(FORMULA_TRIGGER);
        rows.slice(1, -1).forEach((row, i) => {
          expect(row[1]).toBe(FORMULA_TRIGGER.test(names[i]!) ? `'${names[i]}` : names[i]);
        });
      }),
    );
  });

  it('refuses a figure that is not finite rather than writing it', () => {
    const broken = { ...byChannel, total: { ...byChannel.total, hard: { ...byChannel.total.hard, roi: Number.NaN } } };
    expect(() => renderCsv(broken)).toThrow(/non-finite/);
  });
});
