import { Command, Option } from 'commander';
import { loadMappings } from '../config/load-mappings.js';
import { LANGUAGES, type Language } from '../model/language.js';
import { type Inspection, inspectFile } from '../read/inspect-file.js';
import { type Unrecognised, unlessUnknown } from '../read/inspect-unknown.js';
import { listInputs } from '../read/list-inputs.js';
import type { SheetLeftOut } from '../read/read-types.js';
import { inspectJson } from '../render/inspect-json.js';
import { inspectText } from '../render/inspect-text.js';
import { SOURCES } from '../sources/index.js';
import { mappedSources } from '../sources/mapped-source.js';
import type { Io } from './io.js';
import { collect, languageFromEnv } from './report-options.js';

const FORMATS = ['text', 'json'] as const;
type InspectFormat = (typeof FORMATS)[number];

export function inspectCommand(io: Io): Command {
  return new Command('inspect')
    .summary('how each file is read: its kind, encoding, dates, numbers and columns')
    .description(
      'For numbers that look wrong: shows how social-roi reads each file (detected kind and runner-up,\n' +
        'encoding, delimiter, header line, date order and why, decimal mark, currency, period, rows read\n' +
        'and skipped) and which metric each column is read as. Bad rows are skipped and counted, as with\n' +
        'report --lenient. For a file of no known kind, it suggests a mapping file to read it with --map.',
    )
    .argument('<files...>', 'export files or folders; - reads standard input')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('text'))
    .addOption(new Option('--lang <language>', 'language of the text (default: fr when LANG starts with fr, else en)').choices(LANGUAGES))
    .option('--map <file>', 'a mapping file to read exports no built-in kind knows (repeatable)', collect, [])
    .addHelpText(
      'after',
      '\nExamples:\n  social-roi inspect exports/linkedin.csv --format json\n  social-roi inspect exports/crm.csv --map crm-mapping.json\n',
    )
    .action(async (paths: string[], options: { format: InspectFormat; lang?: Language; map: string[] }) => {
      const language = options.lang ?? languageFromEnv(io.terminal().env);
      const mapped = mappedSources(await loadMappings(options.map));
      const inspections: (Inspection | SheetLeftOut | Unrecognised)[] = [];
      for (const input of (await listInputs(paths, io.cwd())).inputs) {
        // A file of no known kind gets a mapping to start from instead of an error.
        inspections.push(
          ...(await inspectFile(input, { sources: SOURCES, mapped, stdin: io.stdin() }).catch(async (error: unknown) => [
            await unlessUnknown(input, error),
          ])),
        );
      }
      await io.writeOut(options.format === 'json' ? inspectJson(inspections, language) : inspectText(inspections, language));
    });
}
