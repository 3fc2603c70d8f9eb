import { Command, Option } from 'commander';
import { inspectFile, type DateBasis, type Inspection } from '../read/inspect-file.js';
import { listInputs } from '../read/list-inputs.js';
import type { SheetLeftOut } from '../read/read-types.js';
import { displayWidth, sanitize, truncate, wrap } from '../format/text.js';
import { problemLine, problemMessage } from '../report/messages.js';
import { loadMappings } from '../config/load-mappings.js';
import { SOURCES } from '../sources/index.js';
import { mappedSources } from '../sources/mapped-source.js';
import { unknownAsJson, unknownAsText, unlessUnknown, type Unrecognised } from './inspect-unknown.js';
import type { Io } from './io.js';
import { collect } from './report-options.js';

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
        'report --lenient. For a file of no known kind, it suggests a mapping file to read it with --map.',
    )
    .argument('<files...>', 'export files or folders; - reads standard input')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('text'))
    .option('--map <file>', 'a mapping file to read exports no built-in kind knows (repeatable)', collect, [])
    .addHelpText('after', '\nExamples:\n  social-roi inspect exports/linkedin.csv --format json\n  social-roi inspect exports/crm.csv --map crm-mapping.json\n')
    .action(async (paths: string[], options: { format: InspectFormat; map: string[] }) => {
      const mapped = mappedSources(await loadMappings(options.map));
      const inspections: (Inspection | SheetLeftOut | Unrecognised)[] = [];
      for (const input of await listInputs(paths, io.cwd())) {
        // A file of no known kind gets a mapping to start from instead of an error.
        inspections.push(...(await inspectFile(input, { sources: SOURCES, mapped, stdin: io.stdin() }).catch(async (error: unknown) => [await unlessUnknown(input, error)])));
      }
      await io.writeOut(options.format === 'json' ? asJson(inspections) : inspections.map(asText).join('\n'));
    });
}

function asJson(inspections: readonly (Inspection | SheetLeftOut | Unrecognised)[]): string {
  const files = inspections.map((inspection) =>
    'problem' in inspection ? unknownAsJson(inspection) : 'reason' in inspection ? leftOutAsJson(inspection) : knownAsJson(inspection),
  );
  return `${JSON.stringify({ files }, null, 2)}\n`;
}

function knownAsJson({ warnings, notes, ...rest }: Inspection): object {
  return {
    ...rest,
    warnings: warnings.map((w) => ({ code: w.code, ...(w.location?.line ? { line: w.location.line } : {}), message: problemMessage(w) })),
    ...(notes.length > 0 ? { notes: notes.map((n) => ({ code: n.code, message: problemMessage(n) })) } : {}),
  };
}

function leftOutAsJson({ file, sheet, reason, first }: SheetLeftOut): object {
  return { file, sheet, kind: null, leftOut: reason, first };
}

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', cells: 'none (a sheet of cells)' };

const DATE_BASES: Record<DateBasis, string> = {
  iso: 'ISO dates',
  names: 'month names: no order to decide',
  values: 'a day above 12 settles the order',
  'ui-language': 'no day above 12: the usual order of this export in its UI language',
  'decimal-mark': 'no day above 12: the order that goes with the decimal mark',
  preamble: 'no date column',
  mapping: 'the order the mapping states',
};

function asText(inspection: Inspection | SheetLeftOut | Unrecognised): string {
  if ('problem' in inspection) return unknownAsText(inspection);
  if ('reason' in inspection) return leftOutAsText(inspection);
  const { summary: s } = inspection;
  const [best, runnerUp] = inspection.candidates;
  const facts: [string, string][] = [
    ['kind', `${s.label} (${s.kind}), confidence ${percent(best!.confidence)}`],
    ['runner-up', runnerUp ? `${runnerUp.label}, confidence ${percent(runnerUp.confidence)}` : 'none'],
    ['encoding', s.encoding],
    ['delimiter', DELIMITER_NAMES[s.delimiter]!],
    ['header', `${s.delimiter === 'cells' ? 'row' : 'line'} ${s.headerLine}, UI language ${inspection.language}`],
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
  // What the reading did about the export's quirks: the file is fine, so these are not warnings.
  if (inspection.notes.length > 0) lines.push('', '  quirks handled');
  for (const problem of inspection.notes) lines.push(...wrap(`    ${problemMessage(problem)}`, WIDTH, 2));
  return `${lines.join('\n')}\n`;
}

/** A workbook's sheet that holds nothing this tool reads: `report` leaves it out without a word. */
function leftOutAsText({ file, reason, first }: SheetLeftOut): string {
  const facts: [string, string][] =
    reason === 'empty' ? [['left out', 'an empty sheet']] : [['left out', 'no header of a known kind'], ['first row', `"${first}"`]];
  return `${[sanitize(file), ...facts.map(([name, value]) => `  ${name.padEnd(10)} ${sanitize(value)}`)].join('\n')}\n`;
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
