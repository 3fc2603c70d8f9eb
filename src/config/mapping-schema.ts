import { z } from 'zod';
import { suggest } from '../json/key-issues.js';
import { CHANNELS, COUNT_KEYS } from '../model/metrics.js';
import { orderOfDateFormat } from '../sources/date-format.js';
import { MAPPING_FIELDS } from '../sources/mapped-source.js';

/*
 * A mapping file describes an export no built-in kind knows: which column is which metric, and what
 * the file does not say itself. Every message below follows "expected", as in the configuration:
 * `columns.Views: expected a canonical name (did you mean "impressions"?), got "impresions"`.
 */

const ROLES = [...MAPPING_FIELDS, ...COUNT_KEYS] as const;

/** The allowed values in the message, or the one a typo most likely meant. */
function oneOf(values: readonly string[], what: string, list: string) {
  return (issue: { input?: unknown }) => {
    const guess = typeof issue.input === 'string' ? suggest(issue.input, values) : undefined;
    return guess === undefined ? `${what} (${list})` : `${what} (did you mean "${guess}"?)`;
  };
}

const text = (what: string) => z.string({ error: what }).min(1, { error: what });

const currencyError = 'an ISO 4217 code such as EUR';
const dateFormatError = 'a date format such as DD/MM/YYYY, MM/DD/YYYY or YYYY-MM-DD';

export const mappingSchema = z.strictObject(
  {
    /** How reports name the files read through it; the mapping file's name when absent. */
    name: text('a name').optional(),
    match: z
      .strictObject(
        {
          file: text('a file name pattern such as "crm-*.csv"').optional(),
          headers: z
            .array(text('a column name'), { error: 'a list of column names' })
            .min(1, { error: 'a list of column names' })
            .optional(),
        },
        { error: 'an object such as { "file": "crm-*.csv" }' },
      )
      .optional(),
    channel: z.enum(CHANNELS, { error: oneOf(CHANNELS, 'a channel', CHANNELS.join(', ')) }).optional(),
    columns: z.record(
      z.string(),
      z.enum(ROLES, { error: oneOf(ROLES, 'a canonical name', `${ROLES.join(', ')}; or null, not read`) }).nullable(),
      { error: 'an object of column names and what each is read as, such as { "Day": "date", "Views": "impressions" }' },
    ),
    dateFormat: z
      .string({ error: dateFormatError })
      .refine((format) => orderOfDateFormat(format) !== undefined, { error: dateFormatError })
      .optional(),
    decimal: z.enum([',', '.'], { error: '"," or "."' }).optional(),
    currency: z
      .string({ error: currencyError })
      .regex(/^[A-Z]{3}$/, { error: currencyError })
      .optional(),
  },
  { error: 'a mapping: an object with "columns"' },
);

export type Mapping = z.infer<typeof mappingSchema>;

/** A mapping file: one mapping, or several under `mappings` so that one file serves a folder of kinds. */
export const mappingListSchema = z.strictObject({
  mappings: z.array(mappingSchema, { error: 'a list of mappings' }).min(1, { error: 'a list of mappings' }),
});
