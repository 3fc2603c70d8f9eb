import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/model/language.js';
import type { Report } from '../../src/model/report.js';
import { figureSections } from '../../src/render/figure-sections.js';
import { renderHtml } from '../../src/render/html.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { reportSections } from '../../src/render/report-sections.js';
import { renderTable } from '../../src/render/table.js';
import { byCampaignMonth, byChannel, noRatios } from './report-fixtures.js';

/** The column titles of every table, in order, as the shared sections give them. */
function expectedTitles(report: Report, language: Language): string[][] {
  return [...figureSections(report, language), ...reportSections(report, language)].flatMap((section) =>
    section.grids.map((grid) => [...grid.keys, ...grid.values].map((column) => column.title)),
  );
}

const unescapeHtml = (text: string) =>
  text.replaceAll('&#39;', "'").replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"');

describe('every human format draws the same columns', () => {
  it.each([
    ['by channel', byChannel],
    ['by channel, campaign and month', byCampaignMonth],
    ['with no ratios', noRatios],
  ] as const)('%s, in both languages', (_name, report) => {
    for (const language of ['en', 'fr'] as const) {
      const expected = expectedTitles(report, language);
      const markdown = renderMarkdown(report, { language })
        .split('\n')
        .filter((line, i, lines) => line.startsWith('| ') && /^\| :?--/.test(lines[i + 1] ?? ''))
        .map((line) =>
          line
            .slice(2, -2)
            .split(' | ')
            .map((cell) => cell.replaceAll('\\', '')),
        );
      expect(markdown).toEqual(expected);
      const html = [...renderHtml(report, { language }).matchAll(/<thead>(.*?)<\/thead>/g)].map((m) =>
        [...m[1]!.matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((th) => unescapeHtml(th[1]!)),
      );
      expect(html).toEqual(expected);
      // The terminal may split a table to fit its width, but shows every title of it.
      const text = renderTable(report, { language, color: null, width: 200, sparklines: false });
      for (const title of expected.flat()) expect(text).toContain(title);
    }
  });

  it('shows cost per hire in every format where hires are in the files', () => {
    const hiring: Report = { ...byChannel, total: { ...byChannel.total, metrics: { ...byChannel.total.metrics, hires: 2 } } };
    const titles = expectedTitles(hiring, 'en').flat();
    expect(titles).toContain('Cost per hire');
    expect(renderMarkdown(hiring, { language: 'en' })).toContain('| Cost per hire |');
    expect(renderHtml(hiring, { language: 'en' })).toContain('<th scope="col">Cost per hire</th>');
  });
});
