import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/render/json.js';
import { cli } from '../helpers/cli.js';
import { byCampaignMonth, byChannel, noRatios } from './report-fixtures.js';

const SCHEMA = JSON.parse(readFileSync('schema/report.schema.json', 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(SCHEMA);

function expectValid(document: unknown, what: string): void {
  const valid = validate(document);
  expect(valid ? [] : validate.errors, what).toEqual([]);
}

describe('schema/report.schema.json', () => {
  it.each([
    ['byChannel', byChannel],
    ['byCampaignMonth', byCampaignMonth],
    ['noRatios', noRatios],
  ] as const)('accepts the JSON of the %s fixture, in both languages', (name, report) => {
    for (const language of ['en', 'fr'] as const) expectValid(JSON.parse(renderJson(report, { language })), `${name} ${language}`);
  });

  it.each(['channel', 'campaign', 'month', 'week', 'quarter', 'channel,month', 'channel,campaign,week', 'quarter,campaign'])(
    'accepts `report examples/september-2026/ --format json --by %s`',
    async (by) => {
      const { code, stdout } = await cli(['report', 'examples/september-2026/', '--format', 'json', '--by', by]);
      expect(code).toBe(0);
      expectValid(JSON.parse(stdout), by);
    },
  );

  it('rejects what the output must never hold: a missing key, an unknown key, a score out of range', () => {
    const document = JSON.parse(renderJson(byChannel, { language: 'en' }));
    const { total, ...withoutTotal } = document;
    expect(validate(withoutTotal)).toBe(false);
    expect(validate({ ...document, extra: 1 })).toBe(false);
    const scores = { ...total.soft.scores, growth: { score: 101, rate: 1, benchmark: 1 } };
    expect(validate({ ...document, total: { ...total, soft: { ...total.soft, scores } } })).toBe(false);
    expect(validate({ ...document, groups: [{ ...document.groups[0], key: { channel: 'meta', month: 'September' } }] })).toBe(false);
  });
});
