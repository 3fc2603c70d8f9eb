import type { ReportRequest } from '../compute/build-report.js';
import type { Threshold } from '../compute/exit-code.js';
import type { Config } from '../config/config-schema.js';
import type { Language } from '../model/language.js';
import type { Dimension } from '../model/report.js';
import type { UseCase } from '../model/use-case.js';
import { DEFAULT_MAX_RECORD_CHARS } from '../read/read-file.js';
import type { ReadSettings } from '../read/read-types.js';
import type { Format } from '../render/index.js';
import { languageFromEnv } from './report-options.js';

/** The report command's flags as commander parsed them: undefined when not given. */
export interface ReportFlags {
  by?: Dimension[];
  profile?: string;
  useCase?: UseCase;
  format?: Format;
  lang?: Language;
  from?: string;
  to?: string;
  out?: string;
  failUnder?: Threshold[];
  lenient?: boolean;
  jobs?: number;
  quiet?: boolean;
  stamp?: boolean;
  maxRecordSize?: number;
  currency?: string;
  fx?: Record<string, number>;
  color?: boolean;
  sparklines?: boolean;
}

/** What the report command does, decided once from its flags, its configuration and the terminal. */
export interface ReportSettings {
  profileRef: string;
  read: ReadSettings & { jobs?: number };
  /** The report to compute, but for the profile (loaded from `profileRef`) and the time it is made (`stamp`). */
  request: Omit<ReportRequest, 'profile' | 'generatedAt'>;
  stamp: boolean;
  render: {
    format: Format;
    language: Language;
    /** null: standard output. */
    out: string | null;
    /** --color / --no-color; undefined: colour on a terminal only. */
    color: boolean | undefined;
    sparklines: boolean;
  };
  quiet: boolean;
  thresholds: Threshold[];
}

const DEFAULT_PROFILE = 'b2b-saas';

/**
 * Each setting is the flag's, else the configuration's, else the default; the terminal decides only
 * what is shown (format from the --out extension, trend lines on a terminal, the language from LANG).
 */
export function resolveReportSettings(flags: ReportFlags, config: Config, env: NodeJS.ProcessEnv, stdoutIsTTY: boolean): ReportSettings {
  const groupBy = flags.by ?? config.by ?? ['channel'];
  const out = flags.out === undefined || flags.out === '-' ? null : flags.out;
  const format = flags.format ?? formatOf(out);
  const useCase = flags.useCase ?? config.useCase;
  const currency = flags.currency ?? config.currency;
  const fx = flags.fx || config.fx ? { ...config.fx, ...flags.fx } : undefined;
  return {
    profileRef: flags.profile ?? config.profile ?? DEFAULT_PROFILE,
    read: {
      campaignNames: groupBy.includes('campaign'),
      lenient: flags.lenient ?? config.lenient ?? false,
      maxRecordChars: flags.maxRecordSize ?? DEFAULT_MAX_RECORD_CHARS,
      ...(flags.jobs !== undefined ? { jobs: flags.jobs } : {}),
    },
    request: {
      groupBy,
      window: { from: flags.from ?? null, to: flags.to ?? null },
      ...(currency ? { currency } : {}),
      ...(fx ? { fx } : {}),
      ...(useCase ? { useCase } : {}),
    },
    stamp: flags.stamp ?? false,
    render: {
      format,
      language: flags.lang ?? config.lang ?? languageFromEnv(env),
      out,
      color: flags.color,
      sparklines: format === 'table' && (flags.sparklines ?? (out === null && stdoutIsTTY)),
    },
    quiet: flags.quiet ?? false,
    thresholds: flags.failUnder ?? thresholdsOf(config.failUnder),
  };
}

function thresholdsOf(failUnder: Config['failUnder']): Threshold[] {
  if (!failUnder) return [];
  return (['roi', 'soft'] as const).flatMap((name) => (failUnder[name] === undefined ? [] : [{ name, threshold: failUnder[name] }]));
}

/** `--out roi.html` without --format writes HTML, not a terminal table into an .html file. */
function formatOf(out: string | null): Format {
  const extension = out?.match(/\.([a-z]+)$/i)?.[1]?.toLowerCase();
  const byExtension: Record<string, Format> = { json: 'json', csv: 'csv', md: 'md', html: 'html', htm: 'html' };
  return (extension && byExtension[extension]) || 'table';
}
