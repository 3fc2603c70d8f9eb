/**
 * Whether a file's name fits a mapping's pattern: `*` stands for any run of characters and `?` for
 * one, compared without regard to case (Windows and macOS file names ignore it). Only the name is
 * compared, not its folder, so one pattern serves a folder given whole.
 */
export function fitsFilePattern(pattern: string, file: string): boolean {
  const name = file.split(/[\\/]/).pop() ?? file;
  const source = [...pattern].map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${source}$`, 'is').test(name);
}
