import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/compute/build-report.js';
import { loadMappings } from '../../src/config/load-mappings.js';
import { loadProfile } from '../../src/profiles/load-profile.js';
import { ingest } from '../../src/read/ingest.js';
import { listInputs } from '../../src/read/list-inputs.js';
import { DEFAULT_MAX_RECORD_CHARS } from '../../src/read/read-file.js';
import { runs } from './runs.js';

const dir = mkdtempSync(join(tmpdir(), 'social-roi-mapped-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileNumber = 0;

interface Row {
  day: number;
  network: keyof typeof CHANNEL_OF;
  spendCents: number;
  views: number;
  likes: number;
  loves: number;
}

/** How people write networks in their own files, and the channel each is counted in. */
const CHANNEL_OF = {
  LinkedIn: 'linkedin',
  Facebook: 'meta',
  Instagram: 'meta',
  TikTok: 'tiktok',
  X: 'x',
  'Google Ads': 'google-ads',
} as const;

interface Style {
  decimal: '.' | ',';
  delimiter: ',' | ';' | '\t';
  dateFormat: 'YYYY-MM-DD' | 'DD/MM/YYYY' | 'MM/DD/YYYY';
  /** Thousands grouping of the amounts: none, or the one that goes with the decimal mark. */
  grouped: boolean;
}

const row: fc.Arbitrary<Row> = fc.record({
  day: fc.integer({ min: 0, max: 364 }),
  network: fc.constantFrom(...(Object.keys(CHANNEL_OF) as (keyof typeof CHANNEL_OF)[])),
  spendCents: fc.integer({ min: 0, max: 500_000_000 }),
  views: fc.integer({ min: 0, max: 10_000_000 }),
  likes: fc.integer({ min: 0, max: 50_000 }),
  loves: fc.integer({ min: 0, max: 50_000 }),
});

const style: fc.Arbitrary<Style> = fc
  .record({
    decimal: fc.constantFrom('.' as const, ',' as const),
    delimiter: fc.constantFrom(',' as const, ';' as const, '\t' as const),
    dateFormat: fc.constantFrom('YYYY-MM-DD' as const, 'DD/MM/YYYY' as const, 'MM/DD/YYYY' as const),
    grouped: fc.boolean(),
  })
  // A comma can only separate the fields of a file whose numbers have none.
  .filter((s) => !(s.delimiter === ',' && (s.decimal === ',' || s.grouped)));

function amount(cents: number, s: Style): string {
  const units = String(Math.floor(cents / 100));
  const group = s.decimal === '.' ? ',' : '\u00a0';
  const whole = s.grouped ? units.replace(/\B(?=(\d{3})+$)/g, group) : units;
  return `${whole}${s.decimal}${String(cents % 100).padStart(2, '0')}`;
}

function date(day: number, s: Style): string {
  const iso = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
  const [y, m, d] = iso.split('-');
  return s.dateFormat === 'YYYY-MM-DD' ? iso : s.dateFormat === 'DD/MM/YYYY' ? `${d}/${m}/${y}` : `${m}/${d}/${y}`;
}

function write(rows: readonly Row[], s: Style): { file: string; mapping: string } {
  const n = fileNumber++;
  const lines = [
    ['Day', 'Network', 'Amount spent', 'Views', 'Likes', 'Loves'],
    ...rows.map((r) => [date(r.day, s), r.network, amount(r.spendCents, s), String(r.views), String(r.likes), String(r.loves)]),
  ];
  const file = join(dir, `export-${n}.csv`);
  writeFileSync(file, `${lines.map((cells) => cells.join(s.delimiter)).join('\r\n')}\r\n`);
  const mapping = join(dir, `mapping-${n}.json`);
  const columns = {
    Day: 'date',
    Network: 'channel',
    'Amount spent': 'spend',
    Views: 'impressions',
    Likes: 'reactions',
    Loves: 'reactions',
  };
  writeFileSync(mapping, JSON.stringify({ columns, dateFormat: s.dateFormat, decimal: s.decimal, currency: 'EUR' }));
  return { file, mapping };
}

const sum = (rows: readonly Row[], pick: (r: Row) => number) => rows.reduce((total, r) => total + pick(r), 0);

describe('round trip: rows written in any style a mapping can describe read back to their hand sums', () => {
  it('per channel and in total, to the cent', async () => {
    const { profile } = await loadProfile('b2b-saas', { cwd: process.cwd() });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 40 }), style, async (rows, s) => {
        const { file, mapping } = write(rows, s);
        const mappings = await loadMappings([mapping]);
        const data = await ingest(await listInputs([file], process.cwd()), {
          campaignNames: false,
          lenient: false,
          maxRecordChars: DEFAULT_MAX_RECORD_CHARS,
          mappings,
        });
        const report = buildReport(data, { profile, groupBy: ['channel'] });
        for (const channel of new Set(rows.map((r) => CHANNEL_OF[r.network]))) {
          const mine = rows.filter((r) => CHANNEL_OF[r.network] === channel);
          const metrics = report.groups.find((g) => g.key.channel === channel)!.metrics;
          expect(Math.round(metrics.spend * 100)).toBe(sum(mine, (r) => r.spendCents));
          expect(metrics.impressions).toBe(sum(mine, (r) => r.views));
          expect(metrics.reactions).toBe(sum(mine, (r) => r.likes + r.loves));
        }
        expect(Math.round(report.total.metrics.spend * 100)).toBe(sum(rows, (r) => r.spendCents));
        expect(data.warnings).toEqual([]);
      }),
      { numRuns: runs(40) },
    );
  });
});
