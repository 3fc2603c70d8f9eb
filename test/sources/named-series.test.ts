import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AliasTable, bindColumns } from '../../src/sources/bind-columns.js';
import type { ExportRole } from '../../src/sources/export-spec.js';
import { normalizeHeader } from '../../src/sources/header-names.js';
import { nameSeries } from '../../src/sources/named-series.js';

const ALIASES: Partial<AliasTable<ExportRole>> = { date: { en: ['date'] }, series: { en: ['primary'] } };
const METRICS = { 'facebook follows': 'follows', views: 'impressions' } as const;
const bind = (preamble: readonly string[]) =>
  nameSeries(bindColumns(['Date', 'Primary'], ALIASES as AliasTable<ExportRole>), METRICS, preamble);

describe('nameSeries', () => {
  it('reads the series column as the metric named on the last line above the header', () => {
    expect(bind(['sep=,', '"Facebook follows"'])?.binding.index).toEqual({ date: 0, follows: 1 });
    // header folding: case and spaces do not matter; an unquoted name is taken as it is
    expect(bind(['sep=,', 'VIEWS ', ''])?.binding.index).toEqual({ date: 0, impressions: 1 });
  });

  it('leaves a name that stands for no metric unread, and says which and where', () => {
    expect(bind(['sep=,', '"Facebook visits"'])).toEqual({
      binding: expect.objectContaining({ index: { date: 0 } }),
      unread: { name: 'Facebook visits', line: 2 },
    });
  });

  it('without a name above the header (nothing, or only the sep= line), the header is not this kind', () => {
    expect(bind([])).toBeUndefined();
    expect(bind(['sep=,'])).toBeUndefined();
    expect(bind(['', '  '])).toBeUndefined();
  });

  it('any name, quoted as a CSV cell, reads back as written', () => {
    const unmapped = fc
      .string({ minLength: 1, unit: 'grapheme' })
      .filter((s) => s.trim() === s && !/[\r\n]/.test(s) && !/^sep=/i.test(s) && !(normalizeHeader(s) in METRICS));
    fc.assert(
      fc.property(unmapped, (written) => {
        expect(bind(['sep=,', `"${written.replace(/"/g, '""')}"`])?.unread).toEqual({ name: written, line: 2 });
      }),
    );
  });
});
