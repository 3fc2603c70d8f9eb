import type { NoteCode, Problem } from '../model/problem.js';
import type { HeaderMatch, OpenContext, RowSink, Source, SourceOutput } from './source.js';

/**
 * What a platform's quirk adds around the generic export reader, for what its alias table cannot
 * say: rows repeated per conversion action, a Results column that counts only for some result types,
 * dates that stand for a week or a whole period.
 */
export interface SourceQuirks {
  /** Columns read by the quirk itself (not by the alias table), by column index, for `inspect`. */
  roles(headers: readonly string[]): Readonly<Record<number, string>>;
  /**
   * The sink that reads the file: the generic one, opened by `generic` on the file's headers (or on
   * those with columns the quirk adds), with rows adjusted on the way in and results on the way out.
   */
  open(generic: (headers: readonly string[]) => RowSink, headers: readonly string[], match: HeaderMatch, context: OpenContext): RowSink;
}

export function withQuirks(source: Source, quirks: SourceQuirks): Source {
  return {
    ...source,
    match(headers, preamble) {
      const match = source.match(headers, preamble);
      return match && { ...match, roles: { ...quirks.roles(headers), ...match.roles } };
    },
    open: (headers, match, context) => {
      const generic = (read: readonly string[]) =>
        source.open(read, read === headers ? match : source.match(read, context.preamble)!, context);
      return quirks.open(generic, headers, match, context);
    },
  };
}

/** A sink that passes every row on, then adjusts what they added up to. */
export function adjustOutput(sink: RowSink, adjust: (output: SourceOutput) => SourceOutput): RowSink {
  return { row: (cells, line) => sink.row(cells, line), finish: () => adjust(sink.finish()) };
}

/** The output with one more note, when there is one. */
export function withNote(output: SourceOutput, note: Problem<NoteCode> | undefined): SourceOutput {
  return note ? { ...output, notes: [...(output.notes ?? []), note] } : output;
}

/** The index of the (first other) column read as `role`; -1 when none is. */
export function columnWithRole(match: HeaderMatch, role: string, except = -1): number {
  const found = Object.entries(match.roles).find(([column, read]) => read === role && Number(column) !== except);
  return found ? Number(found[0]) : -1;
}
