import { Command, Option } from 'commander';
import { inspectFile, type DateBasis, type Inspection } from '../ingest/inspect-file.js';
import { listInputs } from '../ingest/list-inputs.js';
import { displayWidth, sanitize, truncate, wrap } from '../render/text.js';
import { problemLine, problemMessage } from '../report/messages.js';
import { SOURCES } from '../sources/index.js';
import type { Io } from './io.js';

const FORMATS = ['text', 'json'] as const;
type InspectFormat = (typeof FORMATS)[number];

/** A pipe gets 100 columns; the text never needs more. */
const WIDTH = 100;
const HEADER_WIDTH = 44;

export function inspectCommand(io: Io): Command {
  return new Command('inspect')
    .summary('how each file is read: its kind, encoding, dates, numbers and columns')
    .description(
      'For numbers that look wrong: shows how social-roi reads each file (detected kind and runner-up,\n' +
        'encoding, delimiter, header line, date order and why, decimal mark, currency, period, rows read\n' +
        'and skipped) and which metric each column is read as. Bad rows are skipped and counted, as with\n' +
        'report --lenient.',
    )
    .argument('<files...>', 'export files or folders; - reads standard input')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('text'))
    .addHelpText('after', '\nExample:\n  social-roi inspect exports/linkedin.csv --format json\n')
    .action(async (paths: string[], options: { format: InspectFormat }) => {
      const inspections: Inspection[] = [];
      for (const input of await listInputs(paths)) inspections.push(await inspectFile(input, { sources: SOURCES }));
      await io.writeOut(options.format === 'json' ? asJson(inspections) : inspections.map(asText).join('\n'));
    });
}

function asJson(inspections: readonly Inspection[]): string {
  const files = inspections.map(({ warnings, ...rest }) => ({
    ...rest,
    warnings: warnings.map((w) => ({ code: w.code, ...(w.location?.line ? { line: w.location.line } : {}), message: problemMessage(w) })),
  }));
  return `${JSON.stringify({ files }, null, 2)}\n`;
}

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

const DATE_BASES: Record<DateBasis, string> = {
  iso: 'ISO dates',
  names: 'month names: no order to decide',
  values: 'a day above 12 settles the order',
  'ui-language': 'no day above 12: the usual order of this export in its UI language',
  'decimal-mark': 'no day above 12: the order that goes with the decimal mark',
  preamble: 'no date column',
};

function asText(inspection: Inspection): string {
  const { summary: s } = inspection;
  const [best, runnerUp] = inspection.candidates;
  const facts: [string, string][] = [
    ['kind', `${s.label} (${s.kind}), confidence ${percent(best!.confidence)}`],
    ['runner-up', runnerUp ? `${runnerUp.label}, confidence ${percent(runnerUp.confidence)}` : 'none'],
    ['encoding', s.encoding],
    ['delimiter', DELIMITER_NAMES[s.delimiter]!],
    ['header', `line ${s.headerLine}, UI language ${inspection.language}`],
    ['dates', s.dateFormat === null ? 'none' : `${s.dateFormat} (${DATE_BASES[inspection.dateBasis!]})`],
    ['numbers', `decimal mark "${s.decimalMark}"`],
    ['currency', s.currencies.length > 0 ? s.currencies.join(', ') : 'not stated'],
    ['period', inspection.period ? `${inspection.period.start} to ${inspection.period.end}` : 'none'],
    ['rows', `${s.rows} read, ${s.totalsRowsSkipped} totals row(s) left out, ${s.skippedRows} skipped`],
  ];
  const lines = [sanitize(s.file), ...facts.map(([name, value]) => `  ${name.padEnd(10)} ${value}`)];
  for (const skip of inspection.skipped) lines.push(...wrap(`    ${skip.rows} for ${skip.reason}, the first on line(s) ${skip.lines}`, WIDTH, 2));
  lines.push('', ...columnTable(inspection));
  if (inspection.warnings.length > 0) lines.push('', '  warnings');
  for (const problem of inspection.warnings) lines.push(...wrap(`    ${problemLine(problem)}`, WIDTH, 2));
  return `${lines.join('\n')}\n`;
}

function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

function columnTable(inspection: Inspection): string[] {
  if (inspection.columns.length === 0) return ['  columns: no row could be read to try them on'];
  const rows = inspection.columns.map((c) => [String(c.column), truncate(sanitize(c.header.trim()), HEADER_WIDTH), c.readAs ?? 'not read']);
  const table = [['#', 'column', 'read as'], ...rows];
  const widths = [0, 1, 2].map((i) => Math.max(...table.map((row) => displayWidth(row[i]!))));
  const line = (cells: string[]) =>
    `  ${cells[0]!.padStart(widths[0]!)}  ${cells[1]!}${' '.repeat(widths[1]! - displayWidth(cells[1]!))}  ${cells[2]!}`.trimEnd();
  return [line(table[0]!), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)];
}
