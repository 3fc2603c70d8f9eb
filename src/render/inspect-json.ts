import type { Language } from '../model/language.js';
import type { Inspection } from '../read/inspect-file.js';
import { closestOf, type Unrecognised } from '../read/inspect-unknown.js';
import type { SheetLeftOut } from '../read/read-types.js';
import { problemMessage } from '../report/messages.js';

/**
 * `inspect --format json`: the same facts as the text for scripts, with keys that never change with
 * the language (messages are in it); an unknown file's mapping under `suggestedMapping`, ready to save.
 */
export function inspectJson(inspections: readonly (Inspection | SheetLeftOut | Unrecognised)[], language: Language): string {
  const files = inspections.map((inspection) =>
    'problem' in inspection ? unknownJson(inspection) : 'reason' in inspection ? leftOutJson(inspection) : knownJson(inspection, language),
  );
  return `${JSON.stringify({ files }, null, 2)}\n`;
}

function knownJson({ warnings, notes, ...rest }: Inspection, language: Language): object {
  return {
    ...rest,
    warnings: warnings.map((w) => ({
      code: w.code,
      ...(w.location?.line ? { line: w.location.line } : {}),
      message: problemMessage(w, language),
    })),
    ...(notes.length > 0 ? { notes: notes.map((n) => ({ code: n.code, message: problemMessage(n, language) })) } : {}),
  };
}

function leftOutJson({ file, sheet, reason, first }: SheetLeftOut): object {
  return { file, sheet, kind: null, leftOut: reason, first };
}

function unknownJson(unknown: Unrecognised): object {
  const { suggestion } = unknown;
  return {
    file: unknown.file,
    kind: null,
    closest: closestOf(unknown.problem),
    encoding: unknown.encoding,
    ...(suggestion
      ? {
          delimiter: suggestion.delimiter,
          headerLine: suggestion.headerLine,
          columns: suggestion.columns.map(({ column, header, role, basis }) => ({ column, header, guess: role, basis })),
          questions: suggestion.questions,
          suggestedMapping: suggestion.mapping,
        }
      : { suggestedMapping: null }),
  };
}
