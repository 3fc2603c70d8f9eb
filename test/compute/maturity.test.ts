import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/compute/build-report.js';
import type { IngestedData } from '../../src/model/ingested.js';
import type { AudienceReading } from '../../src/model/records.js';
import { cost, observation, TEST_PROFILE } from '../helpers/records.js';

const followers = (channel: AudienceReading['channel'], date: string, count: number): AudienceReading => ({
  file: 'outcomes.csv',
  line: 2,
  channel,
  date,
  followers: count,
});

function report(data: Partial<IngestedData>, window = { from: null as string | null, to: null as string | null }) {
  return buildReport(
    { observations: [], spendEntries: [], files: [], warnings: [], ...data },
    { profile: TEST_PROFILE, groupBy: ['channel'], window },
  );
}

/** The test profile asks for 1,000 followers and 6 months. */
describe('maturity', () => {
  // linkedin: data in 7 months (a range over April–May counts both) and 1,500 followers: mature.
  // meta: 2 months and 400 followers at the last reading: both thresholds unmet.
  // x: a tool paid each month from April to September (6 months) and no audience known: months only.
  // A year's licence booked in September would be one month: a cost is dated when it is booked.
  const data: Partial<IngestedData> = {
    observations: [
      observation('linkedin', '2026-03-10', '2026-03-10', { impressions: 10 }),
      observation('linkedin', '2026-04-20', '2026-05-10', { impressions: 10 }),
      ...['2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01'].map((d) => observation('linkedin', d, d, { impressions: 10 })),
      observation('meta', '2026-08-31', '2026-09-01', { impressions: 10 }),
    ],
    spendEntries: ['04', '05', '06', '07', '08', '09'].map((month) => cost('x', 'tools', `2026-${month}-01`, `2026-${month}-01`, 100)),
    audience: [followers('linkedin', '2026-09-30', 1500), followers('meta', '2026-08-31', 900), followers('meta', '2026-09-30', 400)],
  };

  it('judges each channel on its audience and its months of history', () => {
    expect(report(data).maturity).toEqual([
      { channel: 'linkedin', audience: 1500, months: 7, tooEarly: false, unmet: [] },
      { channel: 'meta', audience: 400, months: 2, tooEarly: true, unmet: ['audience', 'history'] },
      { channel: 'x', audience: null, months: 6, tooEarly: false, unmet: [] },
    ]);
  });

  it('warns too-early per channel with the figures that triggered it, and flags its figures', () => {
    const r = report(data);
    expect(r.warnings.filter((w) => w.code === 'too-early')).toEqual([
      {
        code: 'too-early',
        severity: 'warning',
        params: { channel: 'meta', unmet: 'audience+history', months: 2, minMonths: 6, audience: 400, minAudience: 1000 },
      },
    ]);
    expect(r.groups.map((g) => [g.key.channel, g.flags])).toEqual([
      ['linkedin', []],
      ['meta', ['too-early']],
      ['x', []],
    ]);
    expect(r.total.flags).toEqual(['too-early']);
  });

  it('counts the history before the report window, and the audience known by its end', () => {
    // From September only, meta's August still counts (2 months) and its audience is the 900 read
    // on 31 August when the window ends on 15 September.
    const r = report(data, { from: '2026-09-01', to: '2026-09-15' });
    expect(r.maturity.find((m) => m.channel === 'meta')).toEqual({
      channel: 'meta',
      audience: 900,
      months: 2,
      tooEarly: true,
      unmet: ['audience', 'history'],
    });
  });

  it('counts a cost in the month it is booked, and an audience reading as a month with data', () => {
    const r = report({
      observations: [observation('meta', '2026-09-10', '2026-09-10', { impressions: 10 })],
      spendEntries: [cost('meta', 'tools', '2026-09-01', '2027-08-31', 1200)],
      audience: [followers('meta', '2026-08-31', 1200)],
    });
    // September (the export and the licence booked then) and August (the reading): 2 months.
    expect(r.maturity).toEqual([{ channel: 'meta', audience: 1200, months: 2, tooEarly: true, unmet: ['history'] }]);
  });

  it('judges no channel that the window leaves empty', () => {
    expect(report(data, { from: '2026-10-01', to: null }).maturity).toEqual([]);
  });
});
