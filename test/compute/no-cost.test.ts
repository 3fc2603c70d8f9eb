import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/compute/build-report.js';
import { cost, observation, TEST_PROFILE } from '../helpers/records.js';

describe('no-cost', () => {
  it('names each channel with activity and no cost at all, and no other', () => {
    const report = buildReport(
      {
        observations: [
          observation('x', '2026-09-01', '2026-09-01', { impressions: 5000, reactions: 40 }),
          observation('linkedin', '2026-09-01', '2026-09-01', { impressions: 5000, reactions: 40 }),
          observation('meta', '2026-09-01', '2026-09-01', { impressions: 5000, spend: 120 }),
        ],
        // LinkedIn's only cost is a ledger line: that is a cost, so no warning.
        spendEntries: [cost('linkedin', 'staff', '2026-09-01', '2026-09-01', 300)],
        files: [],
        warnings: [],
      },
      { profile: TEST_PROFILE, groupBy: ['channel'] },
    );
    expect(report.warnings.filter((w) => w.code === 'no-cost')).toEqual([
      { code: 'no-cost', severity: 'warning', params: { channel: 'x' } },
    ]);
  });
});
