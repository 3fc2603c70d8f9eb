import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/model/language.js';
import type { Report } from '../../src/model/report.js';
import { mdText, renderMarkdown } from '../../src/render/markdown.js';
import { byCampaignMonth, byChannel, noRatios } from './report-fixtures.js';

const GOLDEN = [
  ['by-channel', byChannel],
  ['by-channel-campaign-month', byCampaignMonth],
  ['no-ratios', noRatios],
] as const;

const CASES = GOLDEN.flatMap(([name, report]) =>
  (['en', 'fr'] as const).map((language) => [`${name}${language === 'fr' ? '.fr' : ''}`, language, report] as const),
);

/** Cells of a pipe-table row, split on the pipes that are not escaped. */
function cells(row: string): string[] {
  return row.slice(2, -2).split(/(?<!\\) \| /);
}

function tableRows(markdown: string): string[] {
  return markdown.split('\n').filter((line) => line.startsWith('| '));
}

describe('renderMarkdown golden files', () => {
  it.each(CASES)('%s', async (file, language: Language, report: Report) => {
    await expect(renderMarkdown(report, { language })).toMatchFileSnapshot(`../golden/render/${file}.md`);
  });
});

describe('renderMarkdown', () => {
  it('titles the document with the period, and has every section of a summary', () => {
    const output = renderMarkdown(byChannel, { language: 'en' });
    expect(output.split('\n')[0]).toBe('# Social-media ROI — 2026-09-01 to 2026-09-30');
    const headings = output.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual([
      '## Key figures',
      '## Hard ROI (EUR)',
      "## Soft ROI (0–100; 50 = the profile's benchmark)",
      '## Rates per 1,000 impressions, growth in % a month (benchmark)',
      "## Carryover (0.30 of a week's effect carries into the next)",
      '## Maturity (too early to judge?)',
      '## Team adoption (survey, 1–5)',
      '## Interpretation',
      '## Warnings',
      '## Method',
      '## Files read',
    ]);
    expect(renderMarkdown(byChannel, { language: 'fr' }).split('\n')[0]).toBe('# ROI des réseaux sociaux — du 01/09/2026 au 30/09/2026');
  });

  it('shows money with its currency in the key figures', () => {
    expect(renderMarkdown(byChannel, { language: 'en' })).toContain('- **Cost**: €87,374.08');
    expect(renderMarkdown(byChannel, { language: 'fr' })).toContain('- **Coût**\u00a0: 87\u202f374,08\u00a0€');
  });

  it('keeps every table row to its columns when names hold pipes, line breaks and markup', () => {
    const evil = 'A | B\nC\r\n<img src=x> *bold* [link](http://x) `code` ~~s~~ $x$ \\ &amp;';
    const report = {
      ...byCampaignMonth,
      groups: byCampaignMonth.groups.map((group, i) => (i === 1 ? { ...group, key: { ...group.key, campaign: evil } } : group)),
    };
    const rows = tableRows(renderMarkdown(report, { language: 'en' }));
    const width = cells(rows[0]!).length;
    for (const row of rows.slice(0, 8)) expect(cells(row)).toHaveLength(width);
    expect(rows.join('\n')).toContain(
      'A \\| B C \\<img src=x\\> \\*bold\\* \\[link\\](http://x) \\`code\\` \\~\\~s\\~\\~ \\$x\\$ \\\\ \\&amp;',
    );
  });

  it('prints no control character that came from an input', () => {
    const report: Report = {
      ...byChannel,
      groups: byChannel.groups.map((group, i) => (i === 0 ? { ...group, key: { channel: 'x\u001b[31m\u0007y' } } : group)),
      files: [{ ...byChannel.files[0]!, file: 'a\u001b]0;t\u0007.csv' }],
    };
    expect(renderMarkdown(report, { language: 'en' })).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it('escapes Markdown in plain text and leaves ordinary prose alone', () => {
    expect(mdText('Rentrée 2026 – Lead gen – DACH & France (Sponsored Content)')).toBe(
      'Rentrée 2026 – Lead gen – DACH & France (Sponsored Content)',
    );
    expect(mdText('a_b*c|d')).toBe('a\\_b\\*c\\|d');
    expect(mdText('line\nbreak')).toBe('line break');
  });
});
