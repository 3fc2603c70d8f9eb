import { Command, Option } from 'commander';
import { buildReport } from '../compute/build-report.js';
import { exitCodeFor, missedThresholds, type ThresholdMiss, type Thresholds } from '../compute/exit-code.js';
import { SocialRoiError } from '../model/errors.js';
import { ingest, type Progress } from '../read/ingest.js';
import { DEFAULT_MAX_RECORD_CHARS } from '../read/read-file.js';
import { inputError } from '../model/problem.js';
import { USE_CASE_IDS, type UseCase } from '../model/use-case.js';
import type { Dimension } from '../model/report.js';
import { CONFIG_FILE, loadConfig } from '../config/load-config.js';
import { loadMappings } from '../config/load-mappings.js';
import { loadProfile } from '../profiles/load-profile.js';
import { FORMATS, RENDERERS, type Format } from '../render/index.js';
import { labelsFor } from '../report/labels.js';
import { problemLine } from '../report/messages.js';
import { LANGUAGES, type Language } from '../model/language.js';
import type { Io, Outcome } from './io.js';
import { collect, languageFromEnv, parseDay, parseDimensions, parseJobs, parseThresholds } from './report-options.js';
import { progressLine } from './progress.js';
import { chooseColor, chooseWidth } from './terminal.js';

interface ReportOptions {
  by?: Dimension[];
  profile?: string;
  useCase?: UseCase;
  config?: string;
  format?: Format;
  lang?: Language;
  from?: string;
  to?: string;
  out?: string;
  failUnder?: Thresholds;
  lenient?: boolean;
  map: string[];
  jobs?: number;
  quiet?: boolean;
  stamp?: boolean;
  maxRecordSize?: number;
  color?: boolean;
  sparklines?: boolean;
}

export function reportCommand(io: Io, outcome: Outcome): Command {
  return new Command('report')
    .summary('hard and soft ROI from platform exports and a spend ledger')
    .description(
      'Reads exports from LinkedIn Campaign Manager and page analytics (.xls/.xlsx workbooks too), ' +
        'Meta Ads Manager, Google Ads, X and TikTok, and the ' +
        'spend ledger (costs no platform reports), and shows per group what was spent, what came back, and how ' +
        'the relational side is doing. Each file’s kind is detected from its header; an export of another tool is ' +
        'read through a mapping file (--map; social-roi inspect FILE suggests one). Exit codes: 0 ok, 1 a ' +
        '--fail-under threshold not met, 2 a usage or input error, 3 a bug.',
    )
    .argument('<paths...>', 'export files or folders (a folder’s .csv/.tsv/.txt/.xlsx/.xls files); - reads standard input')
    .addOption(new Option('--by <dimensions>', 'group by channel, campaign, month, week, quarter, comma-separated (default: channel)').argParser(parseDimensions))
    .option('--profile <id|file>', 'sector profile: a built-in id or a profile file (default: b2b-saas)')
    .addOption(new Option('--use-case <use>', 'what leads the report (default: the profile’s)').choices(USE_CASE_IDS))
    .option('--config <file>', `defaults for these options (default: ${CONFIG_FILE} in this folder, if there is one)`)
    .addOption(new Option('--format <format>', 'output format (default: from the --out file’s extension, else table)').choices(FORMATS))
    .addOption(new Option('--lang <language>', 'language of the report (default: fr when LANG starts with fr, else en)').choices(LANGUAGES))
    .addOption(new Option('--from <date>', 'first day to count, YYYY-MM-DD (inclusive)').argParser(parseDay))
    .addOption(new Option('--to <date>', 'last day to count, YYYY-MM-DD (inclusive)').argParser(parseDay))
    .option('--out <file>', 'write the report to a file (replaced only once the report is complete); - is standard output')
    .addOption(new Option('--fail-under <thresholds>', 'exit 1 when the total is below a threshold: roi as a ratio (0 = break even, 0.25 = +25 %), soft index 0–100, e.g. roi=0,soft=50').argParser(parseThresholds))
    .option('--lenient', 'skip rows that cannot be read (counted and listed by reason) instead of stopping')
    .option('--map <file>', 'a mapping file: which column of an export no built-in kind knows is which metric (repeatable)', collect, [])
    .addOption(new Option('--jobs <n>', 'files read at once (default: one per core when the files are large)').argParser(parseJobs))
    .addOption(new Option('--max-record-size <chars>', 'longest record read before it is an error (an unclosed quote?)').argParser(parseJobs))
    .option('--stamp', 'add the time the report was made (the output otherwise depends on the inputs alone)')
    .option('--quiet', 'print nothing on stderr but errors')
    .option('--color', 'force colour in the table')
    .option('--no-color', 'no colour, even on a terminal')
    .option('--sparklines', 'trend lines of ROI and soft index per channel across periods (shown anyway on a terminal, with a time in --by)')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  social-roi report examples/september-2026/\n' +
        '  social-roi report linkedin.csv meta.csv ledger.csv --by channel,month\n' +
        '  social-roi report exports/ --format json --out roi.json --fail-under roi=0\n',
    )
    .action(async (paths: string[], options: ReportOptions) => {
      if (options.from && options.to && options.from > options.to) {
        throw new SocialRoiError(inputError('USAGE', { message: `--from ${options.from} is after --to ${options.to}` }));
      }
      const facts = io.terminal();
      const { config } = await loadConfig(options.config, io.cwd());
      const mappings = await loadMappings(options.map, config.mappings && { file: options.config ?? CONFIG_FILE, entries: config.mappings });
      // Flags win over the configuration, which wins over the profile and the built-in defaults.
      const by = options.by ?? config.by ?? ['channel'];
      const { profile } = await loadProfile(options.profile ?? config.profile ?? 'b2b-saas', { cwd: io.cwd() });
      const progress = facts.stderrIsTTY && !options.quiet ? progressLine((text) => io.writeErr(text), Date.now) : null;
      const data = await ingest(paths, {
        cwd: io.cwd(),
        stdin: io.stdin(),
        campaignNames: by.includes('campaign'),
        lenient: options.lenient ?? config.lenient ?? false,
        mappings,
        maxRecordChars: options.maxRecordSize ?? DEFAULT_MAX_RECORD_CHARS,
        jobs: options.jobs,
        ...(progress ? { onProgress: (p: Progress) => progress.update(p) } : {}),
      }).finally(() => progress?.done());
      const report = buildReport(data, {
        profile,
        groupBy: by,
        window: { from: options.from ?? null, to: options.to ?? null },
        ...(options.stamp ? { generatedAt: new Date().toISOString() } : {}),
        ...(config.currency ? { currency: config.currency } : {}),
        ...(config.fx ? { fx: config.fx } : {}),
        ...((options.useCase ?? config.useCase) ? { useCase: options.useCase ?? config.useCase } : {}),
      });
      const language = options.lang ?? config.lang ?? languageFromEnv(facts.env);
      const format = options.format ?? formatOf(options.out);
      const render = await RENDERERS[format]();
      const toTerminal = options.out === undefined || options.out === '-';
      const output = render(report, {
        language,
        color: format === 'table' && toTerminal ? await chooseColor(facts, options.color) : null,
        width: chooseWidth(facts),
        sparklines: format === 'table' && (options.sparklines ?? (toTerminal && facts.isTTY)),
      });
      if (toTerminal) await io.writeOut(output);
      else await io.writeFile(options.out!, output);
      // The table shows its warnings; data formats keep them in the data, so a job's log gets them too.
      if (format !== 'table' && !options.quiet) for (const problem of report.warnings) io.writeErr(`${labelsFor(language).warning}: ${problemLine(problem, language)}\n`);
      const misses = missedThresholds(report, options.failUnder ?? config.failUnder ?? {});
      for (const miss of misses) io.writeErr(`${describeMiss(miss)}\n`);
      outcome.exitCode = exitCodeFor(misses);
    });
}

/** `--out roi.html` without --format writes HTML, not a terminal table into an .html file. */
function formatOf(out: string | undefined): Format {
  const extension = out?.match(/\.([a-z]+)$/i)?.[1]?.toLowerCase();
  const byExtension: Record<string, Format> = { json: 'json', csv: 'csv', md: 'md', html: 'html', htm: 'html' };
  return (extension && byExtension[extension]) || 'table';
}

/** In the units a reader uses: ROI as a percentage, the soft index out of 100. */
function describeMiss(miss: ThresholdMiss): string {
  const show = (value: number) => (miss.name === 'roi' ? `${(value * 100).toFixed(1)}%` : value.toFixed(1));
  const actual = miss.actual === null ? 'n/a' : show(miss.actual);
  return `threshold not met: ${miss.name === 'roi' ? 'ROI' : 'soft index'} ${actual} is below ${show(miss.threshold)} (--fail-under ${miss.name}=${miss.threshold})`;
}
