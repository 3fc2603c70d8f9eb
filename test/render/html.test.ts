import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/model/language.js';
import type { Report } from '../../src/model/report.js';
import { renderHtml } from '../../src/render/html.js';
import { HTML_STYLE } from '../../src/render/html-style.js';
import { byCampaignMonth, byChannel, noRatios } from './report-fixtures.js';

const GOLDEN = [
  ['by-channel', byChannel],
  ['by-channel-campaign-month', byCampaignMonth],
  ['no-ratios', noRatios],
] as const;

const CASES = GOLDEN.flatMap(([name, report]) =>
  (['en', 'fr'] as const).map((language) => [`${name}${language === 'fr' ? '.fr' : ''}`, language, report] as const),
);

/** Every drawn mark, data-key → data-value, as a test or a script reads them back. */
function marks(html: string): Record<string, number> {
  return Object.fromEntries([...html.matchAll(/data-key="([^"]*)" data-value="([^"]*)"/g)].map((m) => [m[1]!, Number(m[2])]));
}

const SCRIPT_NAME = '<script>alert(1)</script>';
const FILE_NAME = '"><img src=x onerror=alert(1)>';

/** byCampaignMonth with a campaign and a file named as an attacker would name them. */
const hostile: Report = {
  ...byCampaignMonth,
  groups: byCampaignMonth.groups.map((group, i) => (i === 1 ? { ...group, key: { ...group.key, campaign: SCRIPT_NAME } } : group)),
  files: [{ ...byCampaignMonth.files[0]!, file: FILE_NAME }, ...byCampaignMonth.files.slice(1)],
  warnings: [{ code: 'negative-amount', severity: 'warning', params: { count: 1 }, location: { file: FILE_NAME, line: 3 } }],
};

/** The page's style is the same in every report: it is checked once, so that each golden shows what differs. */
const STYLE_BLOCK = `<style>${HTML_STYLE}</style>`;

describe('renderHtml golden files', () => {
  it.each(CASES)('%s', async (file, language: Language, report: Report) => {
    const page = renderHtml(report, { language });
    expect(page.split(STYLE_BLOCK)).toHaveLength(2);
    await expect(page.replace(STYLE_BLOCK, '<style>/* html-style.css */</style>')).toMatchFileSnapshot(`../golden/render/${file}.html`);
  });

  it('carries the one style sheet, as its golden file', async () => {
    await expect(`${HTML_STYLE}\n`).toMatchFileSnapshot('../golden/render/html-style.css');
  });
});

describe('renderHtml', () => {
  it('writes one document in the report language, titled with the period', () => {
    const english = renderHtml(byChannel, { language: 'en' });
    expect(english).toMatch(/^<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n/);
    expect(english).toContain('<title>Social-media ROI — 2026-09-01 to 2026-09-30</title>');
    expect(english.match(/<html/g)).toHaveLength(1);
    expect(english.trimEnd().endsWith('</html>')).toBe(true);
    const french = renderHtml(byChannel, { language: 'fr' });
    expect(french).toContain('<html lang="fr">');
    expect(french).toContain('<title>ROI des réseaux sociaux — du 01/09/2026 au 30/09/2026</title>');
  });

  it('has every section, the three charts, and the labels of the other renderers', () => {
    const output = renderHtml(byChannel, { language: 'en' });
    expect([...output.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1])).toEqual([
      'Key figures',
      'Interpretation',
      'Charts',
      'Hard ROI (EUR)',
      'Soft ROI (0–100; 50 = the profile&#39;s benchmark)',
      'Rates per 1,000 impressions, growth in % a month (benchmark)',
      'Carryover (0.30 of a week&#39;s effect carries into the next)',
      'Maturity (too early to judge?)',
      'Team adoption (survey, 1–5)',
      'Warnings',
      'Method',
      'Files read',
    ]);
    expect([...output.matchAll(/data-chart="(\w+)"/g)].map((m) => m[1])).toEqual(['cumulative', 'roi', 'soft']);
    expect(output).toContain('<th scope="col">Media spend</th>');
    expect(renderHtml(byChannel, { language: 'fr' })).toContain('<th scope="col">Dépenses média</th>');
  });

  it('formats the figures as the language does', () => {
    expect(renderHtml(byChannel, { language: 'en' })).toContain('<dt>Cost</dt><dd>€87,374.08</dd>');
    expect(renderHtml(byChannel, { language: 'fr' })).toContain('<dt>Coût</dt><dd>87\u202f374,08\u00a0€</dd>');
  });

  it('is self-contained: no script, no external address, nothing to fetch', () => {
    for (const [, language, report] of CASES) {
      const output = renderHtml(report, { language });
      expect(output).not.toMatch(/https?:\/\//);
      expect(output).not.toMatch(/<script|<link rel="stylesheet"|<img|@import|url\(/);
      expect(output).not.toMatch(/\b(?:src|href)="(?!data:)/);
    }
  });

  it('keeps a campaign named <script> and a file named "><img…> as text', () => {
    for (const language of ['en', 'fr'] as const) {
      const output = renderHtml(hostile, { language });
      expect(output).not.toMatch(/<script|<img/i);
      expect(output).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(output).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
      expect(output).toContain('data-key="roi:linkedin/&lt;script&gt;alert(1)&lt;/script&gt;/2026-08"');
    }
  });

  it('escapes & < > " and \' and drops control characters from input names', () => {
    const report: Report = {
      ...byChannel,
      groups: byChannel.groups.map((group, i) => (i === 0 ? { ...group, key: { channel: `Tom & Jerry's "best"\u001b[31m <b>` } } : group)),
    };
    const output = renderHtml(report, { language: 'en' });
    expect(output).toContain('<td class="key">Tom &amp; Jerry&#39;s &quot;best&quot;[31m &lt;b&gt;</td>');
    expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it("draws each group's ROI and sub-scores with their exact figures, n/a without a bar", () => {
    expect(marks(renderHtml(byChannel, { language: 'en' }))).toEqual({
      'cost:total': 87374.08,
      'value:total': 320089.1,
      'roi:google-ads': -0.266981,
      'roi:linkedin': 4.975635,
      'roi:meta': 4.339255,
      'roi:total': 2.663433,
      'conversation:linkedin': 51.2606,
      'amplification:linkedin': 58.8426,
      'engagement:linkedin': 68.2442,
      'growth:linkedin': 45,
      'conversation:meta': 53.8804,
      'amplification:meta': 55.7293,
      'engagement:meta': 40.273,
      'conversation:total': 53.4032,
      'amplification:total': 56.2964,
      'engagement:total': 45.3684,
      'growth:total': 45,
    });
    const empty = renderHtml(noRatios, { language: 'en' });
    expect(marks(empty)).toEqual({ 'cost:2026-10': 0, 'value:2026-10': 0 });
    expect(empty).toContain('>n/a</text>');
    expect(empty).toContain('<p class="chart-empty">No sub-score has data in this report.</p>');
  });

  it('accumulates cost and value period by period across groups', () => {
    const drawn = marks(renderHtml(byCampaignMonth, { language: 'en' }));
    // August: the shared 450.00 and the LinkedIn campaign; September adds the other three groups.
    expect(drawn).toMatchObject({ 'cost:2026-08': 6570.4, 'value:2026-08': 39850, 'cost:2026-09': 48803.24, 'value:2026-09': 294638.06 });
    expect(drawn['cost:2026-09']).toBe(byCampaignMonth.total.hard.cost);
  });

  it('says when there is no time dimension to draw over', () => {
    expect(renderHtml(byChannel, { language: 'en' })).toContain('The report is not grouped by month, week or quarter');
    expect(renderHtml(byChannel, { language: 'fr' })).toContain('Le rapport n’est groupé ni par mois');
    expect(renderHtml(byCampaignMonth, { language: 'en' })).not.toContain('not grouped by month');
  });

  it('draws losses left of the zero line and gains right of it', () => {
    const output = renderHtml(byChannel, { language: 'en' });
    const bar = (key: string): { x: number; width: number } => {
      const m = new RegExp(`<rect x="([\\d.]+)" y="[\\d.]+" width="([\\d.]+)"[^>]*data-key="${key}"`).exec(output)!;
      return { x: Number(m[1]), width: Number(m[2]) };
    };
    const loss = bar('roi:google-ads');
    const gain = bar('roi:linkedin');
    expect(loss.x + loss.width).toBeCloseTo(gain.x, 0);
    expect(gain.width / loss.width).toBeCloseTo(4.975635 / 0.266981, 1);
  });
});
