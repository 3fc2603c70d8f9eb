import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { cli } from '../helpers/cli.js';

/*
 * The HTML report in a real browser: Debian's Chromium, driven by playwright-core (which never
 * downloads a browser of its own). Under CI (CI=true, set by .ci/run, which installs Chromium) a
 * missing browser fails the run, so a green CI always means the page was really drawn; on a machine
 * with only Node the test is skipped, with one line saying how to run it.
 */

const CHROMIUM = process.env.SOCIAL_ROI_CHROMIUM ?? '/usr/bin/chromium';
const HOW_TO_RUN = `install it with "apt-get install -y --no-install-recommends chromium" (.ci/run does), or name another with SOCIAL_ROI_CHROMIUM`;
const required = process.env.CI === 'true';
const present = existsSync(CHROMIUM);
if (!present && !required) console.warn(`HTML browser test skipped: ${CHROMIUM} not found; ${HOW_TO_RUN}`);
// No sandbox as root; the rest keeps Chromium from calling home, which a closed network refuses loudly.
// playwright-core gives every launch a fresh, empty profile directory of its own.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const COMMAND = ['report', 'examples/september-2026/', '--by', 'channel,week'];
const CHARTS = ['cumulative', 'roi', 'soft'] as const;

interface Mark {
  key: string;
  value: number;
  tag: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the page must draw, worked out from the JSON report of the same command. */
function expectedMarks(report: Report): Record<string, number> {
  const expected: Record<string, number> = {};
  const periods = [...new Set(report.groups.map((group) => group.key.week!))].sort();
  let cost = 0;
  let value = 0;
  for (const period of periods) {
    for (const group of report.groups.filter((g) => g.key.week === period)) {
      cost += Math.round(group.hard.cost * 100);
      value += Math.round(group.hard.value * 100);
    }
    expected[`cost:${period}`] = cost / 100;
    expected[`value:${period}`] = value / 100;
  }
  const rows = [
    ...report.groups.map((group) => ({ key: `${group.key.channel}/${group.key.week}`, figures: group })),
    { key: 'total', figures: report.total },
  ];
  for (const { key, figures } of rows) {
    if (figures.hard.roi !== null) expected[`roi:${key}`] = figures.hard.roi;
    for (const [name, score] of Object.entries(figures.soft.scores)) if (score !== null) expected[`${name}:${key}`] = score.score;
  }
  return expected;
}

async function drawnMarks(page: Page): Promise<Mark[]> {
  return page.$$eval('[data-key]', (elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      const value = Number(element.getAttribute('data-value'));
      return {
        key: element.getAttribute('data-key') ?? '',
        value,
        tag: element.tagName,
        x: box.x,
        y: box.y,
        width: box.width,
        height: box.height,
      };
    }),
  );
}

/** Bars drawn to one scale: each is as long as its figure on the scale of the longest, to half a pixel. */
function expectProportional(bars: readonly Mark[]): void {
  expect(bars.length).toBeGreaterThan(1);
  const longest = bars.reduce((a, b) => (Math.abs(b.value) > Math.abs(a.value) ? b : a));
  const scale = longest.width / Math.abs(longest.value);
  for (const bar of bars) expect(bar.width, bar.key).toBeCloseTo(Math.abs(bar.value) * scale, 0);
}

/** Points on one linear money axis: their centres lie on the line through the lowest and highest. */
function expectOnOneAxis(points: readonly Mark[]): void {
  const centre = (point: Mark): number => point.y + point.height / 2;
  const sorted = [...points].sort((a, b) => a.value - b.value);
  const low = sorted[0]!;
  const high = sorted[sorted.length - 1]!;
  const perUnit = (centre(high) - centre(low)) / (high.value - low.value);
  expect(perUnit).toBeLessThan(0);
  for (const point of points) expect(centre(point), point.key).toBeCloseTo(centre(low) + (point.value - low.value) * perUnit, 0);
}

describe.skipIf(!present && !required)('the HTML report in headless Chromium', () => {
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!present) throw new Error(`${CHROMIUM} not found, and CI=true requires the browser test: ${HOW_TO_RUN}`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['en', 'report'],
    ['fr', 'report.fr'],
  ])(
    'loads offline with no error, draws the report’s figures, prints (--lang %s)',
    async (lang, name) => {
      const html = await cli([...COMMAND, '--format', 'html', '--lang', lang, '--quiet']);
      const json = await cli([...COMMAND, '--format', 'json', '--quiet']);
      expect([html.code, html.stderr, json.code]).toEqual([0, '', 0]);
      const file = `${ARTIFACTS}${name}.html`;
      writeFileSync(file, html.stdout);

      const context = await browser!.newContext({ viewport: { width: 1100, height: 900 } });
      const page = await context.newPage();
      const errors: string[] = [];
      const outside: string[] = [];
      const failed: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('requestfailed', (request) => failed.push(request.url()));
      // Every request passes through here: the page's own file goes on, anything else is recorded and refused.
      await context.route('**/*', async (route) => {
        const url = route.request().url();
        if (url.startsWith('file:')) return route.continue();
        outside.push(url);
        return route.abort();
      });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });

      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
      expect(failed).toEqual([]);
      for (const chart of CHARTS) {
        const svg = page.locator(`svg[data-chart="${chart}"]`);
        expect(await svg.isVisible(), chart).toBe(true);
        const box = await svg.boundingBox();
        expect(box!.width, chart).toBeGreaterThan(100);
        expect(box!.height, chart).toBeGreaterThan(100);
      }

      const marks = await drawnMarks(page);
      expect(Object.fromEntries(marks.map((mark) => [mark.key, mark.value]))).toEqual(expectedMarks(JSON.parse(json.stdout) as Report));
      for (const mark of marks.filter((m) => m.value !== 0)) expect(mark.width * mark.height, mark.key).toBeGreaterThan(0);
      expectOnOneAxis(marks.filter((mark) => mark.tag === 'circle'));
      expectProportional(marks.filter((mark) => mark.key.startsWith('roi:')));
      expectProportional(marks.filter((mark) => mark.tag === 'rect' && !mark.key.startsWith('roi:')));

      await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });
      await page.pdf({ path: `${ARTIFACTS}${name}.pdf`, format: 'A4', printBackground: true });
      expect(statSync(`${ARTIFACTS}${name}.png`).size).toBeGreaterThan(10_000);
      expect(statSync(`${ARTIFACTS}${name}.pdf`).size).toBeGreaterThan(10_000);
      await context.close();
    },
    30_000,
  );
});
