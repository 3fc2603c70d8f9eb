import { Command, InvalidArgumentError, Option } from 'commander';
import { buildReport } from '../compute/build-report.js';
import { ingest } from '../ingest/ingest.js';
import { DIMENSIONS, type Dimension } from '../model/report.js';
import { loadProfile } from '../profiles/load-profile.js';
import { FORMATS, RENDERERS, type Format } from '../render/index.js';
import { chooseColor, chooseWidth } from './terminal.js';
import type { Io } from './io.js';

interface ReportOptions {
  by: Dimension[];
  profile: string;
  format: Format;
  color?: boolean;
}

export function reportCommand(io: Io): Command {
  return new Command('report')
    .summary('hard and soft ROI from platform exports and a spend ledger')
    .description(
      'Reads exports from LinkedIn Campaign Manager, Meta Ads Manager and Google Ads, and the spend ledger\n' +
        '(costs no platform reports), and shows per group what was spent, what came back, and how the\n' +
        'relational side is doing. Each file’s kind is detected from its header.',
    )
    .argument('<paths...>', 'export files or folders (a folder’s .csv/.tsv/.txt files); - reads standard input')
    .addOption(new Option('--by <dimensions>', 'group by channel, campaign, month, week, quarter (comma-separated)').argParser(parseDimensions).default(['channel'], 'channel'))
    .option('--profile <id|file>', 'sector profile: a built-in id or a profile file', 'b2b-saas')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
    .option('--color', 'force colour in the table')
    .option('--no-color', 'no colour, even on a terminal')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  social-roi report examples/september/\n' +
        '  social-roi report linkedin.csv meta.csv ledger.csv --by channel,month\n' +
        '  social-roi report exports/ --format json > roi.json\n',
    )
    .action(async (paths: string[], options: ReportOptions) => {
      const { profile } = await loadProfile(options.profile);
      const data = await ingest(paths, { keepCampaign: options.by.includes('campaign') });
      const report = buildReport(data, { profile, groupBy: options.by });
      const facts = io.terminal();
      const render = await RENDERERS[options.format]();
      const output = render(report, {
        language: 'en',
        color: options.format === 'table' ? chooseColor(facts, options.color) : null,
        width: chooseWidth(facts),
      });
      await io.writeOut(output);
    });
}

function parseDimensions(value: string): Dimension[] {
  const parts = value.split(',').map((part) => part.trim().toLowerCase()).filter((part) => part !== '');
  for (const part of parts) {
    if (!(DIMENSIONS as readonly string[]).includes(part)) {
      throw new InvalidArgumentError(`unknown dimension "${part}" (expected ${DIMENSIONS.join(', ')})`);
    }
  }
  if (parts.length === 0) throw new InvalidArgumentError(`expected one or more of ${DIMENSIONS.join(', ')}`);
  const times = parts.filter((part) => part === 'month' || part === 'week' || part === 'quarter');
  if (times.length > 1) throw new InvalidArgumentError(`choose one time dimension, not ${times.join(' and ')}`);
  return parts as Dimension[];
}
