/**
 * Which text encoding a file is in, judged from its first bytes. Exports really come as UTF-8 (with
 * or without BOM) and UTF-16LE with BOM; French Excel re-saves give Windows-1252; UTF-16 without a
 * BOM shows itself by NUL bytes in every other position.
 */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface EncodingGuess {
  encoding: Encoding;
  /** Bytes to skip at the start (the BOM). */
  bomLength: number;
}

export type NotText = 'empty' | 'workbook' | 'binary';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

export function guessEncoding(head: Uint8Array): EncodingGuess | NotText {
  if (head.length === 0) return 'empty';
  if (startsWith(head, ZIP_MAGIC) || startsWith(head, OLE_MAGIC)) return 'workbook';
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', bomLength: 3 };
  if (startsWith(head, [0xff, 0xfe])) return { encoding: 'utf-16le', bomLength: 2 };
  if (startsWith(head, [0xfe, 0xff])) return { encoding: 'utf-16be', bomLength: 2 };
  const bomless16 = guessBomlessUtf16(head);
  if (bomless16) return { encoding: bomless16, bomLength: 0 };
  if (looksBinary(head)) return 'binary';
  return { encoding: isValidUtf8Prefix(head) ? 'utf-8' : 'windows-1252', bomLength: 0 };
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** ASCII text in UTF-16 has a NUL in every other byte: which half tells the byte order. */
function guessBomlessUtf16(head: Uint8Array): Encoding | undefined {
  const sample = Math.min(head.length, 4096) & ~1;
  if (sample < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample; i += 2) {
    if (head[i] === 0) evenNul++;
    if (head[i + 1] === 0) oddNul++;
  }
  const pairs = sample / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Control bytes other than tab, CR, LF and form feed do not occur in a CSV export. */
function looksBinary(head: Uint8Array): boolean {
  const sample = Math.min(head.length, 4096);
  let control = 0;
  for (let i = 0; i < sample; i++) {
    const b = head[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > sample * 0.01;
}

/** Valid UTF-8, allowing the sample to end in the middle of a multi-byte character. */
function isValidUtf8Prefix(head: Uint8Array): boolean {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    decoder.decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}
