import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { type Encoding, guessEncoding } from '../ingest/decode.js';
import { fileError, type InputRef } from './list-inputs.js';
import { readHead } from './read-file.js';

export interface HeadText {
  encoding: Encoding;
  text: string;
  /** Whether the text is the whole file. */
  complete: boolean;
}

/**
 * A text file's first bytes, decoded as a read decodes them; undefined for what is no text, and for
 * standard input, which has been read once already.
 */
export async function readHeadText(input: InputRef): Promise<HeadText | undefined> {
  if (input.path === null) return undefined;
  const stream: Readable = createReadStream(input.path);
  try {
    const { head, done } = await readHead(stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>);
    const guess = guessEncoding(head);
    if (typeof guess === 'string') return undefined;
    const text = new TextDecoder(guess.encoding).decode(head.subarray(guess.bomLength), { stream: !done });
    return { encoding: guess.encoding, text, complete: done };
  } catch (error) {
    throw fileError(input.name, error as NodeJS.ErrnoException);
  } finally {
    stream.destroy();
  }
}
