// The floor: a bare csv-parse pass over the same bytes the tool parses (from the header line on,
// as the tool skips the preamble itself), with arrays and the tool's own parser options.
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

const [path, preambleLines = '0'] = process.argv.slice(2);
const parser = parse({
  delimiter: ',',
  relax_quotes: true,
  relax_column_count: true,
  skip_empty_lines: true,
  max_record_size: 1 << 20,
  record_delimiter: ['\r\n', '\n', '\r'],
});
let records = 0;
parser.on('data', () => {
  records++;
});
parser.on('end', () => process.stdout.write(`${records}\n`));

let skip = Number(preambleLines);
const input = createReadStream(path, { highWaterMark: 1 << 18 });
input.on('data', (chunk) => {
  let start = 0;
  while (skip > 0) {
    start = chunk.indexOf(10, start) + 1;
    skip--;
  }
  parser.write(start === 0 ? chunk : chunk.subarray(start));
});
input.on('end', () => parser.end());
