import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { guessEncoding } from '../ingest/decode.js';
import { SocialRoiError } from '../model/errors.js';
import { inputError, warning } from '../model/problem.js';
import { RowPolicy } from '../sources/row-skips.js';
import { findHeader } from './find-header.js';
import { fileError, type InputRef } from './list-inputs.js';
import { isOwnReport } from './own-report.js';
import type { InputPart, ReadOptions } from './read-types.js';
import { RecordReader } from './record-reader.js';
import { tableResult } from './table-reader.js';
import { unknownFormat } from './unknown-format.js';

/** Enough bytes to hold any export's preamble and header, and to judge the encoding. */
const HEAD_BYTES = 64 * 1024;
/** A record longer than this is an error naming its line, not an out-of-memory crash (--max-record-size). */
export const DEFAULT_MAX_RECORD_CHARS = 1 << 20;

export async function readInputFile(input: InputRef, options: ReadOptions): Promise<InputPart[]> {
  const stream: Readable = input.path === null ? standardInput(options) : createReadStream(input.path, { highWaterMark: 1 << 18 });
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  try {
    return await readStream(input.name, chunks, options);
  } catch (error) {
    if (error instanceof SocialRoiError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) throw fileError(input.name, error as NodeJS.ErrnoException);
    throw error;
  } finally {
    stream.destroy();
  }
}

async function readStream(file: string, chunks: AsyncIterator<Buffer>, options: ReadOptions): Promise<InputPart[]> {
  const { head, done } = await readHead(chunks);
  const digest = createHash('sha1').update(head);
  const guess = guessEncoding(head);
  if (guess === 'empty') throw new SocialRoiError(inputError('INPUT_EMPTY', {}, { file }));
  if (guess === 'workbook') {
    const bytes = done ? head : await readRest(head, chunks);
    // Loaded only for a workbook: a run on CSV files never pays for the spreadsheet library.
    const { readWorkbook } = await import('./read-workbook.js');
    return readWorkbook(file, bytes, options);
  }
  if (guess === 'binary') throw new SocialRoiError(inputError('INPUT_BINARY', {}, { file }));
  const { encoding, bomLength } = guess;
  const body = head.subarray(bomLength);
  const streamDecoder = encoding === 'utf-8' ? null : new TextDecoder(encoding);
  const headText = streamDecoder ? streamDecoder.decode(body, { stream: !done }) : new TextDecoder('utf-8').decode(body);
  if (isOwnReport(headText)) throw new SocialRoiError(inputError('INPUT_OWN_REPORT', {}, { file }));
  // A mapping describes what no built-in kind knows: it never takes a file from one of them.
  const mapped = (options.mapped ?? []).filter((source) => source.fitsFile?.(file) ?? true);
  const found = findHeader(headText, options.sources, done) ?? findHeader(headText, mapped, done);
  if (!found) throw new SocialRoiError(unknownFormat(file, headText, [...options.sources, ...mapped], done));
  const reader = new RecordReader(file, found, options, new RowPolicy(options.lenient));
  // UTF-8 goes to the parser as bytes (no decode/re-encode); other encodings as decoded text.
  const first = streamDecoder ? headText.slice(found.offset) : body.subarray(Buffer.byteLength(headText.slice(0, found.offset)));
  await reader.feed(first);
  if (!done) {
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
      digest.update(next.value);
      await reader.feed(streamDecoder ? streamDecoder.decode(next.value, { stream: true }) : next.value);
    }
  }
  if (streamDecoder) await reader.feed(streamDecoder.decode());
  const output = await reader.end();
  if (encoding === 'windows-1252') output.warnings.push(warning('legacy-encoding', { encoding }, { file }));
  return [tableResult(reader.table, output, { fingerprint: digest.digest('hex'), encoding })];
}

async function readRest(head: Buffer, chunks: AsyncIterator<Buffer>): Promise<Buffer> {
  const parts = [head];
  for (let next = await chunks.next(); !next.done; next = await chunks.next()) parts.push(next.value);
  return Buffer.concat(parts);
}

export async function readHead(chunks: AsyncIterator<Buffer>): Promise<{ head: Buffer; done: boolean }> {
  const parts: Buffer[] = [];
  let size = 0;
  while (size < HEAD_BYTES) {
    const next = await chunks.next();
    if (next.done) return { head: Buffer.concat(parts), done: true };
    parts.push(next.value);
    size += next.value.length;
  }
  return { head: Buffer.concat(parts), done: false };
}

function standardInput(options: ReadOptions): Readable {
  if (options.stdin === undefined) throw new Error('standard input was not handed to the reader');
  return options.stdin;
}
