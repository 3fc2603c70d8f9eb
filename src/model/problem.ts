/**
 * Everything that can go wrong, or that a reader should know, is a Problem: a stable code, a
 * severity, parameters and a location. Text comes from the message tables (report/messages.*.ts),
 * so codes and params never change with the language.
 */
export const ERROR_CODES = [
  'USAGE',
  'INPUT_NOT_FOUND',
  'INPUT_UNREADABLE',
  'INPUT_EMPTY',
  'INPUT_NO_FILES',
  'INPUT_BINARY',
  'INPUT_WORKBOOK',
  'INPUT_UNKNOWN_FORMAT',
  'INPUT_INVALID_TEXT',
  'INPUT_MISSING_COLUMN',
  'INPUT_DUPLICATE_COLUMN',
  'CSV_QUOTE_NOT_CLOSED',
  'CSV_BAD_QUOTE',
  'CSV_RECORD_TOO_LARGE',
  'CSV_FIELD_COUNT',
  'CSV_SYNTAX',
  'INPUT_BAD_NUMBER',
  'INPUT_NEGATIVE_COUNT',
  'INPUT_NUMBER_TOO_LARGE',
  'INPUT_BAD_DATE',
  'INPUT_DATE_OUT_OF_RANGE',
  'INPUT_MIXED_DATE_FORMATS',
  'INPUT_RANGE_REVERSED',
  'INPUT_MISSING_VALUE',
  'INPUT_BAD_CHANNEL',
  'INPUT_UNKNOWN_NETWORK',
  'INPUT_BAD_CATEGORY',
  'INPUT_OUT_OF_RANGE',
  'INPUT_BAD_CURRENCY',
  'INPUT_NO_CURRENCY',
  'INPUT_MIXED_CURRENCY',
  'INPUT_PROFILE_CURRENCY',
  'OUTPUT_UNWRITABLE',
  'PROFILE_NOT_FOUND',
  'PROFILE_INVALID',
  'CONFIG_INVALID',
  'MAPPING_INVALID',
  'INPUT_REPEATED_VALUE_DIFFERS',
  'INPUT_OWN_REPORT',
  'OUTPUT_IS_INPUT',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const WARNING_CODES = [
  'ambiguous-dates',
  'negative-amount',
  'legacy-encoding',
  'shared-costs-unallocated',
  'no-data-rows',
  'rows-skipped',
  'header-repeated',
  'empty-window',
  'file-skipped',
  'duplicate-file',
  'masked-values',
  'too-early',
  'no-cost',
  'fatigue',
  'low-sample',
  'possible-double-count',
  'lifetime-mixed',
  'series-not-read',
  'overlapping-files',
  'negative-cost',
  'own-report-skipped',
  'link-skipped',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/**
 * What a reader did about an export's quirk (a row that covers a week, rows repeated per conversion
 * action): nothing is wrong, so the report stays quiet, but `inspect` explains each one.
 */
export const NOTE_CODES = [
  'range-rows',
  'undated-rows',
  'period-start-rows',
  'segment-rows',
  'conversion-action-rows',
  'result-type-rows',
  'duplicate-headers',
] as const;
export type NoteCode = (typeof NOTE_CODES)[number];

export type ProblemCode = ErrorCode | WarningCode | NoteCode;
type Severity = 'error' | 'warning' | 'info';
export type ProblemParams = Record<string, string | number>;

export interface Location {
  file: string;
  line?: number;
  /** 1-based field number. */
  column?: number;
}

export interface Problem<C extends ProblemCode = ProblemCode> {
  code: C;
  severity: Severity;
  params: ProblemParams;
  location?: Location;
}

export function inputError(code: ErrorCode, params: ProblemParams, location?: Location): Problem<ErrorCode> {
  return location ? { code, severity: 'error', params, location } : { code, severity: 'error', params };
}

export function warning(code: WarningCode, params: ProblemParams, location?: Location): Problem<WarningCode> {
  return location ? { code, severity: 'warning', params, location } : { code, severity: 'warning', params };
}

export function note(code: NoteCode, params: ProblemParams, location?: Location): Problem<NoteCode> {
  return location ? { code, severity: 'info', params, location } : { code, severity: 'info', params };
}
