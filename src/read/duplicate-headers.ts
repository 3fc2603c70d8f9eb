import { type NoteCode, note, type Problem } from '../model/problem.js';
import { normalizeHeader } from '../sources/header-names.js';

/**
 * Header names that several columns share. When one of them is read, the file is refused
 * (INPUT_DUPLICATE_COLUMN: nothing says which copy holds the figures); a name that no reader uses
 * is harmless (Meta repeats `Result value type`), and `inspect` says so rather than leave the
 * reader wondering which copy counted.
 */
export function duplicateHeaderNotes(
  headers: readonly string[],
  roles: Readonly<Record<number, string>>,
  file: string,
): Problem<NoteCode>[] {
  const columns = new Map<string, number[]>();
  headers.forEach((header, i) => {
    const name = normalizeHeader(header);
    if (name === '') return;
    columns.set(name, [...(columns.get(name) ?? []), i]);
  });
  const notes: Problem<NoteCode>[] = [];
  for (const same of columns.values()) {
    if (same.length < 2 || same.some((i) => roles[i] !== undefined)) continue;
    notes.push(note('duplicate-headers', { name: headers[same[0]!]!.trim(), columns: same.map((i) => i + 1).join(', ') }, { file }));
  }
  return notes;
}
