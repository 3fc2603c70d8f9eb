import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { SocialRoiError } from '../errors.js';
import { inputError, warning } from '../model/problem.js';
import { RowPolicy } from '../sources/row-skips.js';
import type { Source, SourceOutput } from '../sources/source.js';
import { guessEncoding, type Encoding } from './decode.js';
import { findHeader, firstLineCells, type Delimiter } from './find-header.js';
import { fileError, type InputRef } from './list-inputs.js';
import { RecordReader } from './record-reader.js';
import type { DecimalMark } from './numbers.js';

/** Enough bytes to hold any export's preamble and header, and to judge the encoding. */
const HEAD_BYTES = 64 * 1024;
/** A record longer than this is an error naming its line, not an out-of-memory crash (--max-record-size). */
export const DEFAULT_MAX_RECORD_CHARS = 1 << 20;

export interface FileSummary {
  file: string;
  kind: string;
  label: string;
  encoding: Encoding;
  delimiter: Delimiter;
  headerLine: number;
  decimalMark: DecimalMark;
  dateFormat: string | null;
  rows: number;
  totalsRowsSkipped: number;
  /** Rows left out under --lenient, all reasons together (the warnings say which and where). */
  skippedRows: number;
  currencies: string[];
}

export interface FileResult {
  /** A digest of the file's bytes: the same export given twice is read once. */
  fingerprint: string;
  summary: FileSummary;
  output: SourceOutput;
}

/** How files are read: the same for every file of a run, and sent as data to worker threads. */
export interface ReadSettings {
  keepCampaign: boolean;
  /** Skip and count bad rows instead of stopping at the first. */
  lenient: boolean;
  maxRecordChars: number;
}

export interface ReadOptions extends ReadSettings {
  sources: readonly Source[];
  /** Told the rows read so far, now and then, for a progress line on long runs. */
  onProgress?: (file: string, rows: number) => void;
}

export async function readInputFile(input: InputRef, options: ReadOptions): Promise<FileResult> {
  const stream: Readable = input.path === null ? process.stdin : createReadStream(input.path, { highWaterMark: 1 << 18 });
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

async function readStream(file: string, chunks: AsyncIterator<Buffer>, options: ReadOptions): Promise<FileResult> {
  const { head, done } = await readHead(chunks);
  const digest = createHash('sha1').update(head);
  const guess = guessEncoding(head);
  if (guess === 'empty') throw new SocialRoiError(inputError('INPUT_EMPTY', {}, { file }));
  if (guess === 'workbook') throw new SocialRoiError(inputError('INPUT_WORKBOOK', {}, { file }));
  if (guess === 'binary') throw new SocialRoiError(inputError('INPUT_BINARY', {}, { file }));
  const { encoding, bomLength } = guess;
  const body = head.subarray(bomLength);
  const streamDecoder = encoding === 'utf-8' ? null : new TextDecoder(encoding);
  const headText = streamDecoder ? streamDecoder.decode(body, { stream: !done }) : new TextDecoder('utf-8').decode(body);
  const found = findHeader(headText, options.sources, done);
  if (!found) {
    throw new SocialRoiError(
      inputError('INPUT_UNKNOWN_FORMAT', { tried: options.sources.map((s) => s.label).join(', '), first: firstLineCells(headText) }, { file }),
    );
  }
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
  output.warnings.push(...reader.repeatedHeaders, ...reader.policy.warnings(file));
  if (encoding === 'windows-1252') output.warnings.push(warning('legacy-encoding', { encoding }, { file }));
  if (output.rows === 0 && output.totalsRowsSkipped === 0) output.warnings.push(warning('no-data-rows', {}, { file }));
  return {
    fingerprint: digest.digest('hex'),
    summary: {
      file,
      kind: found.source.id,
      label: found.source.label,
      encoding,
      delimiter: found.delimiter,
      headerLine: found.lineIndex + 1,
      decimalMark: reader.decimalMark,
      dateFormat: output.dateFormat,
      rows: output.rows,
      totalsRowsSkipped: output.totalsRowsSkipped,
      skippedRows: reader.policy.skippedRows,
      currencies: output.currencies,
    },
    output,
  };
}

async function readHead(chunks: AsyncIterator<Buffer>): Promise<{ head: Buffer; done: boolean }> {
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
