import { Command, Option } from 'commander';
import { buildReport } from '../compute/build-report.js';
import { exitCodeFor, missedThresholds, type ThresholdMiss } from '../compute/exit-code.js';
import { CONFIG_FILE, loadConfig } from '../config/load-config.js';
import { loadMappings } from '../config/load-mappings.js';
import { SocialRoiError } from '../model/errors.js';
import { LANGUAGES } from '../model/language.js';
import { inputError } from '../model/problem.js';
import { USE_CASE_IDS } from '../model/use-case.js';
import { loadProfile } from '../profiles/load-profile.js';
import { ingest, type Progress } from '../read/ingest.js';
import { listInputs } from '../read/list-inputs.js';
import { FORMATS, RENDERERS } from '../render/index.js';
import { labelsFor } from '../report/labels.js';
import { problemLine } from '../report/messages.js';
import type { Io, Outcome } from './io.js';
import { refuseInputAsOutput } from './output-file.js';
import { progressLine } from './progress.js';
import { collect, parseCurrency, parseDay, parseDimensions, parseJobs, parseRate, parseThresholds } from './report-options.js';
import { type ReportFlags, resolveReportSettings } from './report-settings.js';
import { chooseColor, chooseWidth } from './terminal.js';

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
    .addOption(
      new Option('--by <dimensions>', 'group by channel, campaign, month, week, quarter, comma-separated (default: channel)').argParser(
        parseDimensions,
      ),
    )
    .option('--profile <id|file>', 'sector profile: a built-in id or a profile file (default: b2b-saas)')
    .addOption(new Option('--use-case <use>', 'what leads the report (default: the profile’s)').choices(USE_CASE_IDS))
    .option('--config <file>', `defaults for these options (default: ${CONFIG_FILE} in this folder, if there is one)`)
    .addOption(new Option('--format <format>', 'output format (default: from the --out file’s extension, else table)').choices(FORMATS))
    .addOption(new Option('--lang <language>', 'language of the report (default: fr when LANG starts with fr, else en)').choices(LANGUAGES))
    .addOption(new Option('--from <date>', 'first day to count, YYYY-MM-DD (inclusive)').argParser(parseDay))
    .addOption(new Option('--to <date>', 'last day to count, YYYY-MM-DD (inclusive)').argParser(parseDay))
    .option('--out <file>', 'write the report to a file (replaced only once the report is complete); - is standard output')
    .addOption(
      new Option(
        '--fail-under <thresholds>',
        'exit 1 when the total is below a threshold: roi as a ratio (0 = break even, 0.25 = +25 %), soft index 0–100, e.g. roi=0,soft=50 (repeatable)',
      ).argParser(parseThresholds),
    )
    .addOption(
      new Option('--currency <code>', 'the report’s currency, e.g. GBP (default: the configuration’s, else the profile’s)').argParser(
        parseCurrency,
      ),
    )
    .addOption(
      new Option('--fx <code=rate>', 'what 1 unit of a currency is worth in the report’s currency, e.g. USD=0.92 (repeatable)').argParser(
        parseRate,
      ),
    )
    .option('--lenient', 'skip rows that cannot be read (counted and listed by reason) instead of stopping')
    .option('--map <file>', 'a mapping file: which column of an export no built-in kind knows is which metric (repeatable)', collect, [])
    .addOption(new Option('--jobs <n>', 'files read at once (default: one per core when the files are large)').argParser(parseJobs))
    .addOption(
      new Option('--max-record-size <chars>', 'longest record read before it is an error (an unclosed quote?)').argParser(parseJobs),
    )
    .option('--stamp', 'add the time the report was made (the output otherwise depends on the inputs alone)')
    .option('--quiet', 'print nothing on stderr but errors')
    .option('--color', 'force colour in the table')
    .option('--no-color', 'no colour, even on a terminal')
    .option(
      '--sparklines',
      'trend lines of ROI and soft index per channel across periods (shown anyway on a terminal, with a time in --by)',
    )
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  social-roi report examples/september-2026/\n' +
        '  social-roi report linkedin.csv meta.csv ledger.csv --by channel,month\n' +
        '  social-roi report exports/ --format json --out roi.json --fail-under roi=0\n',
    )
    .action(async (paths: string[], flags: ReportFlags & { config?: string; map: string[] }) => {
      if (flags.from && flags.to && flags.from > flags.to) {
        throw new SocialRoiError(inputError('USAGE', { message: `--from ${flags.from} is after --to ${flags.to}` }));
      }
      const facts = io.terminal();
      const { config } = await loadConfig(flags.config, io.cwd());
      const settings = resolveReportSettings(flags, config, facts.env, facts.isTTY);
      const mappings = await loadMappings(flags.map, config.mappings && { file: flags.config ?? CONFIG_FILE, entries: config.mappings });
      const { profile } = await loadProfile(settings.profileRef, { cwd: io.cwd() });
      const progress = facts.stderrIsTTY && !settings.quiet ? progressLine((text) => io.writeErr(text), Date.now) : null;
      const listed = await listInputs(paths, io.cwd());
      if (settings.render.out !== null) await refuseInputAsOutput(settings.render.out, listed.inputs, io.cwd());
      const data = await ingest(listed, {
        ...settings.read,
        mappings,
        stdin: io.stdin(),
        ...(progress ? { onProgress: (p: Progress) => progress.update(p) } : {}),
      }).finally(() => progress?.done());
      const report = buildReport(data, {
        ...settings.request,
        profile,
        ...(settings.stamp ? { generatedAt: new Date().toISOString() } : {}),
      });
      const { format, language, out } = settings.render;
      const render = await RENDERERS[format]();
      const output = render(report, {
        language,
        color: format === 'table' && out === null ? await chooseColor(facts, settings.render.color) : null,
        width: chooseWidth(facts),
        sparklines: settings.render.sparklines,
      });
      if (out === null) await io.writeOut(output);
      else await io.writeFile(out, output);
      // The table shows its warnings; data formats keep them in the data, so a job's log gets them too.
      if (format !== 'table' && !settings.quiet)
        for (const problem of report.warnings) io.writeErr(`${labelsFor(language).warning}: ${problemLine(problem, language)}\n`);
      const misses = missedThresholds(report, settings.thresholds);
      for (const miss of misses) io.writeErr(`${describeMiss(miss)}\n`);
      outcome.exitCode = exitCodeFor(misses);
    });
}

/** In the units a reader uses: ROI as a percentage, the soft index out of 100. */
function describeMiss(miss: ThresholdMiss): string {
  const show = (value: number) => (miss.name === 'roi' ? `${(value * 100).toFixed(1)}%` : value.toFixed(1));
  const actual = miss.actual === null ? 'n/a' : show(miss.actual);
  return `threshold not met: ${miss.name === 'roi' ? 'ROI' : 'soft index'} ${actual} is below ${show(miss.threshold)} (--fail-under ${miss.name}=${miss.threshold})`;
}
