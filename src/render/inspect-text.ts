import { formatCount, formatDate, formatWholePercent } from '../format/format-value.js';
import { displayWidth, sanitize, truncate, wrap } from '../format/text.js';
import type { Language } from '../model/language.js';
import type { Inspection } from '../read/inspect-file.js';
import { closestOf, type Unrecognised } from '../read/inspect-unknown.js';
import type { SheetLeftOut } from '../read/read-types.js';
import type { ColumnGuess } from '../read/suggest-mapping.js';
import { inspectLabelsFor } from '../report/inspect-labels.js';
import { labelsFor } from '../report/labels.js';
import { problemLine, problemMessage } from '../report/messages.js';

/** A pipe gets 100 columns; the text never needs more. */
const WIDTH = 100;
const HEADER_WIDTH = 44;
const NAME_WIDTH = 14;

type Inspected = Inspection | SheetLeftOut | Unrecognised;

/** `inspect` for people: one block per file or sheet, in the order read. */
export function inspectText(inspections: readonly Inspected[], language: Language): string {
  return inspections.map((inspection) => blockOf(inspection, language)).join('\n');
}

function blockOf(inspection: Inspected, language: Language): string {
  if ('problem' in inspection) return unknownText(inspection, language);
  if ('reason' in inspection) return leftOutText(inspection, language);
  return knownText(inspection, language);
}

function factLines(file: string, facts: readonly [string, string][]): string[] {
  return [sanitize(file), ...facts.map(([name, value]) => `  ${name.padEnd(NAME_WIDTH)} ${value}`)];
}

function knownText(inspection: Inspection, language: Language): string {
  const labels = inspectLabelsFor(language);
  const { summary: s } = inspection;
  const [best, runnerUp] = inspection.candidates;
  const confidence = (value: number) => formatWholePercent(value, language);
  const count = (value: number) => formatCount(value, language);
  const facts: [string, string][] = [
    [
      labels.facts.kind,
      labels.kindConfidence({
        label: labelsFor(language).fileKinds[s.kind] ?? s.label,
        kind: s.kind,
        confidence: confidence(best!.confidence),
      }),
    ],
    [
      labels.facts.runnerUp,
      runnerUp ? labels.runnerUp({ label: runnerUp.label, confidence: confidence(runnerUp.confidence) }) : labels.none,
    ],
    [labels.facts.encoding, s.encoding],
    [labels.facts.delimiter, labels.delimiters[s.delimiter]!],
    [labels.facts.header, labels.headerAt({ row: s.delimiter === 'cells', line: s.headerLine, language: inspection.language })],
    [labels.facts.dates, s.dateFormat === null ? labels.none : `${s.dateFormat} (${labels.dateBases[inspection.dateBasis!]})`],
    [labels.facts.numbers, labels.decimalMark({ mark: s.decimalMark })],
    [labels.facts.currency, s.currencies.length > 0 ? s.currencies.join(', ') : labels.notStated],
    [
      labels.facts.period,
      inspection.period
        ? labels.periodRange({ start: formatDate(inspection.period.start, language), end: formatDate(inspection.period.end, language) })
        : labels.none,
    ],
    [labels.facts.rows, labels.rowCounts({ rows: count(s.rows), totals: count(s.totalsRowsSkipped), skipped: count(s.skippedRows) })],
  ];
  const lines = factLines(s.file, facts);
  for (const skip of inspection.skipped)
    lines.push(...wrap(`    ${labels.skippedFor({ rows: count(skip.rows), reason: skip.reason, lines: skip.lines })}`, WIDTH, 2));
  lines.push('', ...columnTable(inspection, language));
  if (inspection.warnings.length > 0) lines.push('', `  ${labels.warnings}`);
  for (const problem of inspection.warnings) lines.push(...wrap(`    ${problemLine(problem, language)}`, WIDTH, 2));
  // What the reading did about the export's quirks: the file is fine, so these are not warnings.
  if (inspection.notes.length > 0) lines.push('', `  ${labels.quirksHandled}`);
  for (const problem of inspection.notes) lines.push(...wrap(`    ${problemMessage(problem, language)}`, WIDTH, 2));
  return `${lines.join('\n')}\n`;
}

/** A workbook's sheet that holds nothing this tool reads: `report` leaves it out without a word. */
function leftOutText({ file, reason, first }: SheetLeftOut, language: Language): string {
  const labels = inspectLabelsFor(language);
  const facts: [string, string][] =
    reason === 'empty'
      ? [[labels.facts.leftOut, labels.emptySheet]]
      : [
          [labels.facts.leftOut, labels.noKnownHeader],
          [labels.facts.firstRow, `"${sanitize(first)}"`],
        ];
  return `${factLines(file, facts).join('\n')}\n`;
}

/** Rows of three cells: a number, a header name and what it is read as, aligned. */
function threeColumns(heads: readonly [string, string, string], rows: readonly string[][], lastRule?: number): string[] {
  const table = [heads as readonly string[], ...rows];
  const widths = [0, 1, 2].map((i) => Math.max(...table.map((row) => displayWidth(row[i]!))));
  const line = (cells: readonly string[]) =>
    `  ${cells[0]!.padStart(widths[0]!)}  ${cells[1]!}${' '.repeat(widths[1]! - displayWidth(cells[1]!))}  ${cells[2]!}`.trimEnd();
  return [line(heads), line([widths[0]!, widths[1]!, lastRule ?? widths[2]!].map((w) => '─'.repeat(w))), ...rows.map(line)];
}

function columnTable(inspection: Inspection, language: Language): string[] {
  const labels = inspectLabelsFor(language);
  if (inspection.columns.length === 0) return [`  ${labels.columnsUnread}`];
  const rows = inspection.columns.map((c) => [
    String(c.column),
    truncate(sanitize(c.header.trim()), HEADER_WIDTH),
    c.readAs ?? labels.notRead,
  ]);
  return threeColumns([labels.columnHeads.number, labels.columnHeads.column, labels.columnHeads.readAs], rows);
}

/** For a file of no known kind: the guesses column by column, what is left to decide, then the JSON to save. */
function unknownText(unknown: Unrecognised, language: Language): string {
  const labels = inspectLabelsFor(language);
  const { suggestion } = unknown;
  const closest = closestOf(unknown.problem);
  const facts: [string, string][] = [
    [labels.facts.kind, labels.unknownKind],
    [
      labels.facts.closest,
      closest ? labels.runnerUp({ label: closest.label, confidence: formatWholePercent(closest.confidence, language) }) : labels.none,
    ],
    [labels.facts.encoding, unknown.encoding ?? labels.notText],
  ];
  // A workbook: none of its sheets has a known header.
  if (unknown.problem.params.sheets !== undefined) facts.push([labels.facts.sheets, sanitize(String(unknown.problem.params.sheets))]);
  if (suggestion) {
    facts.push(
      [labels.facts.delimiter, labels.delimiters[suggestion.delimiter]!],
      [labels.facts.header, labels.headerLine({ line: suggestion.headerLine })],
      [labels.facts.numbers, labels.decimalMark({ mark: suggestion.mapping.decimal })],
    );
  }
  const lines = factLines(unknown.file, facts);
  if (!suggestion) return `${[...lines, '', `  ${labels.noTable}`].join('\n')}\n`;
  lines.push('', ...guessTable(suggestion.columns, language));
  if (suggestion.questions.length > 0) lines.push('', `  ${labels.toDecide}`);
  for (const question of suggestion.questions) lines.push(...wrap(`    ${labels.questions[question.reason]}`, WIDTH, 6));
  lines.push(
    '',
    ...wrap(`  ${labels.suggested}`, WIDTH, 2),
    `    social-roi report ${sanitize(unknown.file)} --map mapping.json`,
    '',
    JSON.stringify(suggestion.mapping, null, 2),
  );
  return `${lines.join('\n')}\n`;
}

function guessTable(columns: readonly ColumnGuess[], language: Language): string[] {
  const labels = inspectLabelsFor(language);
  const rows = columns.map((c) => [
    String(c.column),
    truncate(sanitize(c.header), 40),
    c.role === null ? labels.guessBases[c.basis] : `${c.role}${labels.guessBases[c.basis]}`,
  ]);
  return threeColumns([labels.columnHeads.number, labels.columnHeads.column, labels.columnHeads.guessedAs], rows, 10);
}
