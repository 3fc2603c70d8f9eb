import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/format/text.js';
import type { Report } from '../../src/model/report.js';
import { renderTable, type TableContext } from '../../src/render/table.js';
import { byCampaignMonth, byChannel, noRatios } from './report-fixtures.js';

const french = (width: number): TableContext => ({ color: null, width, language: 'fr', sparklines: false });
const FIXTURES = { byChannel, byCampaignMonth, noRatios };

describe('renderTable in French', () => {
  it.each([
    ['by-channel', byChannel],
    ['by-channel-campaign-month', byCampaignMonth],
    ['no-ratios', noRatios],
  ] as const)('%s at width 100', async (name, report) => {
    await expect(renderTable(report, french(100))).toMatchFileSnapshot(`../golden/render/${name}.fr.txt`);
  });

  it('writes French titles, headers, numbers and dates', () => {
    const output = renderTable(byChannel, french(100));
    expect(output).toMatch(/^ROI financier \(EUR\)\nCanal {7}Dépenses média/);
    expect(output).toContain('33\u202f053,22');
    expect(output).toContain('-26,7\u00a0%');
    expect(output).toContain('Profil b2b-saas, EUR\u00a0; période du 01/09/2026 au 30/09/2026.');
    expect(output).toContain('Interprétation\nCe rapport couvre la période du 01/09/2026 au 30/09/2026');
    expect(output).not.toMatch(/\b(Hard|Soft|Channel|Value|Files|Warnings|rows)\b/);
  });

  it('keeps every line within any width from 40 columns up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 40, max: 200 }), fc.constantFrom('byChannel', 'byCampaignMonth', 'noRatios'), (width, name) => {
        const lines = renderTable(FIXTURES[name], french(width)).split('\n');
        expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(width);
      }),
      { numRuns: 50 },
    );
  });

  it('prints no control character that came from an input', () => {
    const report: Report = {
      ...byChannel,
      profile: 'p\u001b[2J\u0007',
      groups: byChannel.groups.map((g, i) => (i === 0 ? { ...g, key: { channel: 'a\u009bb' } } : g)),
    };
    expect(renderTable(report, french(100))).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });
});
