import { z } from 'zod';
import { isPlausibleRate, RATE_RANGE } from '../model/fx.js';
import { USE_CASE_IDS } from '../model/profile.js';
import { DIMENSIONS } from '../model/report.js';

const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as EUR');

/**
 * `social-roi.config.json`: a team's defaults. Flags override it; it overrides the profile. Every
 * message names what a key expects, so that an error reads `fx.USD: expected a number > 0, got "0,92"`.
 */
export const configSchema = z.strictObject({
  /** A built-in profile id or the path of a profile file, relative to the configuration file. */
  profile: z.string({ error: 'a profile id or the path of a profile file' }).min(1).optional(),
  useCase: z.enum(USE_CASE_IDS, { error: `one of ${USE_CASE_IDS.join(', ')}` }).optional(),
  /** The report's currency; the profile's when absent. */
  currency: currencyCode.optional(),
  // The flag's form ("channel,month") is accepted too, as a user copies it from a command line.
  by: z
    .union([z.string().transform((text) => text.split(',').map((part) => part.trim().toLowerCase())), z.array(z.string())], {
      error: 'a list such as ["channel", "month"]',
    })
    .pipe(
      z
        .array(z.enum(DIMENSIONS, { error: `one of ${DIMENSIONS.join(', ')}` }))
        .min(1, 'at least one dimension')
        .refine(
          (dims) => dims.filter((d) => d === 'month' || d === 'week' || d === 'quarter').length <= 1,
          'one time dimension at most (month, week or quarter)',
        ),
    )
    .optional(),
  lang: z.enum(['en', 'fr'], { error: '"en" or "fr"' }).optional(),
  /** What one unit of each currency is worth in the report's currency: `{ "USD": 0.92 }`. */
  fx: z
    .record(
      currencyCode,
      z
        .number({ error: 'a number > 0' })
        .positive('a number > 0')
        .refine(isPlausibleRate, `a rate between ${RATE_RANGE.min} and ${RATE_RANGE.max}`),
      { error: 'an object such as { "USD": 0.92 }' },
    )
    .optional(),
  failUnder: z
    .strictObject(
      {
        roi: z.number({ error: 'a number (0 is break even)' }).optional(),
        soft: z.number({ error: 'a number from 0 to 100' }).min(0, 'a number from 0 to 100').max(100, 'a number from 0 to 100').optional(),
      },
      { error: 'an object such as { "roi": 0, "soft": 50 }' },
    )
    .optional(),
  lenient: z.boolean({ error: 'true or false' }).optional(),
  /**
   * For exports no built-in kind knows: mapping files (relative to this file) or mappings written
   * here, tried after the --map files; a mapping is checked by the mapping loader, as a file's is.
   */
  mappings: z
    .array(
      z.union([z.string().min(1), z.custom<object>((value) => typeof value === 'object' && value !== null && !Array.isArray(value))], {
        error: 'the path of a mapping file, or a mapping ({ "columns": … })',
      }),
      { error: 'a list of mapping files and mappings' },
    )
    .optional(),
});

export type Config = z.infer<typeof configSchema>;
