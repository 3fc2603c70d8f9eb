import { SocialRoiError } from '../errors.js';
import { inputError } from '../model/problem.js';
import type { Observation, SpendEntry } from '../model/records.js';

/**
 * Amounts in different currencies cannot be added: until exchange rates are given, every amount
 * must be in the report's currency (a file that states none is taken to be in it).
 */
export function assertOneCurrency(records: readonly (Observation | SpendEntry)[], reportCurrency: string, profileId: string): void {
  for (const record of records) {
    if (record.currency === null || record.currency === reportCurrency) continue;
    const other = records.find((r) => r.currency === reportCurrency && r.file !== record.file);
    throw new SocialRoiError(
      inputError(
        'INPUT_MIXED_CURRENCY',
        { currency: record.currency, expected: reportCurrency, profile: profileId, other: other?.file ?? '' },
        { file: record.file, line: record.line },
      ),
    );
  }
}
