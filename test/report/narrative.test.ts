import { describe, expect, it } from 'vitest';
import { formatAmount, formatCount, formatDate, formatDecimal, formatRatio, formatScore } from '../../src/format/format-value.js';
import type { Language } from '../../src/model/language.js';
import type { Problem } from '../../src/model/problem.js';
import type { Report } from '../../src/model/report.js';
import { narrative } from '../../src/report/narrative.js';
import { byCampaignMonth, byChannel, noRatios } from '../render/report-fixtures.js';

const FIXTURES = { byChannel, byCampaignMonth, noRatios };
const LANGUAGES: Language[] = ['en', 'fr'];

/**
 * Every figure the narrative may print, formatted as it would print it, computed here from the
 * report rather than from the narrative's own facts.
 */
function figuresOf(report: Report, language: Language): string[] {
  const money = (value: number) => formatAmount(value, report.currency, language);
  const { hard, soft } = report.total;
  const priced = report.valueDrivers.filter((driver) => driver.driver !== 'revenue');
  const scores = Object.values(soft.scores).flatMap((score) => (score ? [formatScore(score.score, language)] : []));
  return [
    ...[hard.cost, hard.mediaSpend, hard.otherCosts, hard.value].map(money),
    ...report.valueDrivers.map((driver) => money(driver.value)),
    money(priced.reduce((sum, driver) => sum + driver.value, 0)),
    ...priced.flatMap((driver) => [formatCount(driver.count, language), money(driver.unitValue!)]),
    formatRatio(hard.roi, language),
    ...report.groups.map((group) => formatRatio(group.hard.roi, language)),
    formatScore(soft.index, language),
    ...scores,
    formatCount(report.files.length, language),
    formatCount(
      report.files.reduce((sum, file) => sum + file.rows, 0),
      language,
    ),
    formatCount(report.warnings.length, language),
    ...[report.period.from, report.period.to].flatMap((date) => (date ? [formatDate(date, language)] : [])),
    report.profile,
    '50',
    '100',
    ...timeFigures(report, language),
  ];
}

/** Break-even, carryover and adoption, as the narrative would print them. */
function timeFigures(report: Report, language: Language): string[] {
  const money = (value: number | null) => (value === null ? [] : [formatAmount(value, report.currency, language)]);
  const { payback, carryover, adoption } = report;
  return [
    ...(payback ? [payback.reached, payback.projected].flatMap((period) => (period ? [period] : [])) : []),
    ...(payback ? [...money(payback.gap), ...money(payback.netPerPeriod), ...money(payback.trendPerPeriod)] : []),
    ...(carryover
      ? [
          formatDecimal(carryover.decay, language),
          formatRatio(carryover.total.roi, language),
          formatRatio(carryover.total.longTermRoi, language),
        ]
      : []),
    ...(adoption ? [formatScore(adoption.score, language), formatCount(adoption.respondents, language)] : []),
  ];
}

/** The text with every figure of the report taken out: what is left must hold no digit. */
function withoutFigures(text: string, figures: readonly string[]): string {
  const longestFirst = [...new Set(figures)].sort((a, b) => b.length - a.length);
  return longestFirst.reduce((rest, figure) => rest.replaceAll(figure, '·'), text);
}

/** Warnings that compute/ does not emit yet: the narrative knows them by their code alone. */
function futureWarning(code: string, channel: string): Problem {
  return { code, severity: 'warning', params: { channel } } as unknown as Problem;
}

describe('narrative', () => {
  it.each(Object.entries(FIXTURES).flatMap(([name, report]) => LANGUAGES.map((language) => [name, language, report] as const)))(
    '%s (%s): every number printed is a figure of the report',
    (_, language, report) => {
      const text = narrative(report, language).join('\n');
      expect(withoutFigures(text, figuresOf(report, language))).not.toMatch(/\d/);
    },
  );

  it('prints the total ROI, cost and value as the report has them', () => {
    const [, hard] = narrative(byChannel, 'en');
    expect(hard).toContain(`an ROI of ${formatRatio(byChannel.total.hard.roi, 'en')}.`);
    expect(hard).toContain('a cost of €87,374.08');
    expect(hard).toContain('a value of €320,089.10');
    const [, dur] = narrative(byChannel, 'fr');
    expect(dur).toContain('soit un ROI de +266,3\u00a0%.');
    expect(dur).toContain('un coût de 87\u202f374,08\u00a0€');
  });

  it('names the channels that return most and least with the ROI of their row', () => {
    const [, hard] = narrative(byChannel, 'en');
    expect(hard).toContain('By channel, LinkedIn returns the most (ROI +497.6%) and Google Ads the least (-26.7%).');
  });

  it('compares no channels when a channel spans several rows of the table', () => {
    expect(narrative(byCampaignMonth, 'en').join(' ')).not.toContain('By channel');
  });

  it('splits the value into revenue and results priced by the profile', () => {
    const [, hard] = narrative(byChannel, 'en');
    expect(hard).toContain('€35,239.10 is revenue carried by the files and €284,850.00 comes from results priced');
    expect(hard).toContain('666 leads at €400.00 each and 123 conversions at €150.00 each');
  });

  it('names the strongest and weakest sub-scores and those without data', () => {
    const soft = narrative(byChannel, 'en').find((paragraph) => paragraph.startsWith('Soft result'));
    expect(soft).toBe(
      "Soft result: an index of 52 out of 100, above the profile's benchmarks (50). Strongest sub-score: amplification (56); weakest: growth (45). Not measured, for lack of data: advocacy, adoption, and sentiment; the index is taken over the others. Team adoption, from the survey: 63 out of 100, from 6 respondents.",
    );
  });

  it('says when cumulative value caught up with cost, and what the value still to come changes', () => {
    expect(narrative(byCampaignMonth, 'en')[2]).toBe('Over time: cumulative value caught up with cumulative cost in 2026-08.');
    // byChannel's carryover: 333,807.21 long-term value against 87,374.08 of cost is +282.0 %.
    expect(narrative(byChannel, 'en')[2]).toBe(
      "Counting the value still to come from the latest work (0.30 of a week's effect carrying into the next), the long-term ROI is +282.0%, against +266.3% counted now.",
    );
    const projected = {
      ...byCampaignMonth,
      payback: {
        reached: null,
        projected: '2026-12',
        method: 'recent-trend',
        periodsUsed: ['2026-08', '2026-09'],
        netPerPeriod: -200,
        trendPerPeriod: 1500,
        gap: 4200,
      },
    };
    expect(narrative(projected, 'fr')[2]).toBe(
      'Dans le temps\u00a0: la valeur cumulée n’a pas encore rejoint le coût cumulé (reste ' +
        '4\u202f200,00\u00a0€)\u00a0; si la tendance des dernières périodes se maintient (valeur nette en progrès de ' +
        '1\u202f500,00\u00a0€ par période), elle le ferait en 2026-12, une projection qui ne vaut que si cette tendance ' +
        'se maintient.',
    );
  });

  it('reads an index as printed: 49.6 is at the benchmarks, not below', () => {
    const report = { ...byChannel, total: { ...byChannel.total, soft: { ...byChannel.total.soft, index: 49.6 } } };
    expect(narrative(report, 'en')[3]).toContain("an index of 50 out of 100, at the profile's benchmarks");
  });

  it('says what it cannot say when there is no cost, no value and no soft data', () => {
    const text = narrative(noRatios, 'en');
    expect(text[0]).toMatch(/^No row of the files carries a date/);
    expect(text[1]).toBe(
      'Hard result: no cost was recorded, so there is no ROI. No value was found: no revenue, and no result that the ' +
        'profile puts a value on.',
    );
    expect(text[2]).toMatch(/^Soft result: none/);
  });

  it('always states the limits: no attribution beyond the files, benchmarks as assumptions', () => {
    for (const report of Object.values(FIXTURES)) {
      expect(narrative(report, 'en').at(-1)).toMatch(/^What these figures do not say: .*no attribution beyond them.*assumptions/);
      expect(narrative(report, 'fr').at(-1)).toMatch(/^Ce que ces chiffres ne disent pas.*sans attribution au-delà.*hypothèses/);
    }
  });

  it('mentions maturity and fatigue only when the report warns of them', () => {
    for (const report of Object.values(FIXTURES)) {
      expect(narrative(report, 'en').join(' ')).not.toMatch(/too early|fatigue/i);
      expect(narrative(report, 'fr').join(' ')).not.toMatch(/trop tôt|lassitude/i);
    }
  });

  it('summarises too-early and fatigue warnings by channel when they come', () => {
    const future = [
      futureWarning('too-early', 'tiktok'),
      futureWarning('too-early', 'x'),
      futureWarning('too-early', 'tiktok'),
      futureWarning('fatigue', 'meta'),
    ];
    const report = { ...byChannel, warnings: [...byChannel.warnings, ...future] };
    const en = narrative(report, 'en');
    expect(en).toContain(
      "Too early to judge: TikTok and X, whose audience or history is below the profile's maturity thresholds; their figures are not yet a verdict.",
    );
    expect(en).toContain('To watch: signs of fatigue on Meta, where more is published while engagement per post falls.');
    expect(en.at(-1)).toContain('The report carries 6 warnings');
    expect(narrative(report, 'fr')).toContain(
      'À surveiller\u00a0: des signes de lassitude sur Meta, où l’on publie davantage alors que l’engagement par publication baisse.',
    );
  });

  it('speaks of one channel in the singular', () => {
    const report = { ...byChannel, warnings: [futureWarning('too-early', 'meta')] };
    expect(narrative(report, 'fr')).toContain(
      'Trop tôt pour juger\u00a0: Meta, dont l’audience ou l’historique est sous les seuils de maturité du ' +
        'profil\u00a0; ses chiffres ne sont pas encore un verdict.',
    );
    expect(narrative(report, 'en').join(' ')).toContain('; its figures are not yet a verdict.');
  });

  it('keeps control characters of input names out', () => {
    const report = { ...byChannel, profile: 'evil\u001b[31m\nprofile' };
    expect(narrative(report, 'en').join('')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
});

describe('an empty --from/--to window', () => {
  it('says the window kept no row, and claims nothing about the files’ columns', async () => {
    const { cli } = await import('../helpers/cli.js');
    const { stdout } = await cli(['report', 'examples/september-2026/', '--from', '2026-10-01', '--quiet']);
    expect(stdout).toContain('No row of the files falls between the dates asked for (--from, --to)');
    expect(stdout).not.toContain('no file has the columns');
    expect(stdout).not.toContain('No row of the files carries a date');
  });
});
