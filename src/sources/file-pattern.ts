/**
 * Whether a file's name fits a mapping's pattern: `*` stands for any run of characters and `?` for
 * one, compared without regard to case (Windows and macOS file names ignore it). Only the name is
 * compared, not its folder, so one pattern serves a folder given whole.
 *
 * A pattern is a user's input: matching must end quickly whatever it holds. Glob libraries compile
 * `*a*a*a*a*a*a*ab` to a backtracking regular expression that takes seconds on a 60-character name;
 * this walk keeps only the last star to return to, so it takes at most name × pattern steps.
 */
export function fitsFilePattern(pattern: string, file: string): boolean {
  const name = [...(file.split(/[\\/]/).pop() ?? file).toLowerCase()];
  const glob = [...pattern.toLowerCase()];
  let n = 0;
  let g = 0;
  let lastStar = -1;
  let resumeAt = 0;
  while (n < name.length) {
    if (g < glob.length && (glob[g] === '?' || glob[g] === name[n])) {
      n++;
      g++;
    } else if (g < glob.length && glob[g] === '*') {
      lastStar = g++;
      resumeAt = n;
    } else if (lastStar >= 0) {
      // The last star takes one more character, and the rest of the pattern is tried again after it.
      g = lastStar + 1;
      n = ++resumeAt;
    } else {
      return false;
    }
  }
  while (glob[g] === '*') g++;
  return g === glob.length;
}
