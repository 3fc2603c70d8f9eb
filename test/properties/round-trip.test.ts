import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { reportOn } from '../helpers/report.js';
import { type ExportRecord, type Style, writeExport } from '../helpers/write-export.js';
import { runs } from './runs.js';

const dir = mkdtempSync(join(tmpdir(), 'social-roi-roundtrip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileNumber = 0;

function write(content: Buffer): string {
  const path = join(dir, `export-${fileNumber++}.csv`);
  writeFileSync(path, content);
  return path;
}

const record: fc.Arbitrary<ExportRecord> = fc.record({
  day: fc.integer({ min: 0, max: 364 }),
  campaign: fc
    .tuple(fc.constantFrom('Brand', 'Leads; Q3', 'Rentrée "2026"', 'Line\nbreak', 'Promo, EU'), fc.nat(9))
    .map(([name, n]) => `${name} ${n}`),
  spendCents: fc.integer({ min: 0, max: 250_000_000 }),
  revenueCents: fc.integer({ min: 0, max: 250_000_000 }),
  impressions: fc.integer({ min: 0, max: 5_000_000 }),
  clicks: fc.integer({ min: 0, max: 100_000 }),
  leads: fc.integer({ min: 0, max: 500 }),
});

const style: fc.Arbitrary<Style> = fc.record({
  kind: fc.constantFrom('linkedin', 'meta', 'google', 'ledger'),
  language: fc.constantFrom('en', 'fr'),
  encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le'),
  delimiter: fc.constantFrom(',', ';', '\t'),
  frenchGroup: fc.constantFrom(' ', '\u00a0', '\u202f'),
});

const sum = (records: readonly ExportRecord[], pick: (r: ExportRecord) => number) => records.reduce((s, r) => s + pick(r), 0);

describe('round trip: records written as an export read back to the same sums, to the cent', () => {
  it('in every kind, language, encoding and delimiter', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 40 }), style, async (records, s) => {
        const report = await reportOn([write(writeExport(records, s))]);
        const cost = sum(records, (r) => r.spendCents);
        if (s.kind === 'ledger') {
          expect(Math.round(report.total.hard.otherCosts * 100)).toBe(cost);
          return;
        }
        const m = report.total.metrics;
        expect(Math.round(m.spend * 100)).toBe(cost);
        expect(m.impressions).toBe(sum(records, (r) => r.impressions));
        expect(m.clicks).toBe(sum(records, (r) => r.clicks));
        if (s.kind !== 'google') expect(m.leads).toBe(sum(records, (r) => r.leads));
        if (s.kind !== 'linkedin') expect(Math.round(m.revenue * 100)).toBe(sum(records, (r) => r.revenueCents));
      }),
      { numRuns: runs(60) },
    );
  });
});

describe('invariance: the report does not depend on how the rows are arranged', () => {
  it('shuffled rows, a file split in two, and the same totals by channel and by month', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: 2, maxLength: 30 }), style, fc.nat(), async (records, s, seed) => {
        const whole = await reportOn([write(writeExport(records, s))], ['channel', 'month']);
        const shuffled = [...records].sort((a, b) => ((a.day * 7919 + seed) % 101) - ((b.day * 7919 + seed) % 101));
        const cut = 1 + (seed % (records.length - 1));
        const again = await reportOn([write(writeExport(shuffled, s))], ['channel', 'month']);
        const [head, tail] = [writeExport(records.slice(0, cut), s), writeExport(records.slice(cut), s)];
        // Two byte-identical halves are the same export given twice, which is read once on purpose.
        fc.pre(!head.equals(tail));
        const split = await reportOn([write(head), write(tail)], ['channel', 'month']);
        expect(again.groups).toEqual(whole.groups);
        expect(split.groups).toEqual(whole.groups);
        expect(split.total).toEqual(whole.total);
      }),
      { numRuns: runs(30) },
    );
  });
});
