import { runCheck, USAGE as CHECK_USAGE } from './check';
import { runEntities, USAGE as ENTITIES_USAGE } from './entities';
import { runExport, USAGE as EXPORT_USAGE } from './export';
import { NODE_IO, type CliIo } from './files';
import { languageOf, type Language } from '../core';

/**
 * `report-lens <command> …`: the command-line front end over the analysis
 * core. Each subcommand lives in its own file and is listed here once; a new
 * one (export, …) is one more row in the table.
 */

interface Command {
  readonly summary: string;
  readonly usage: string;
  run(args: readonly string[], io: CliIo): Promise<number>;
}

const COMMANDS: Readonly<Record<string, Command>> = {
  check: { summary: 'lint articles (folder-wide rules included); --fix applies the safe fixes', usage: CHECK_USAGE, run: runCheck },
  entities: { summary: 'list every entity and its mentions', usage: ENTITIES_USAGE, run: runEntities },
  export: { summary: 'export the annotations for NLP work (jsonl, brat .ann beside each .txt, CoNLL IOB)', usage: EXPORT_USAGE, run: runExport },
};

const EXIT_USAGE = 2;

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const rows = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    'usage: report-lens <command> [options]',
    '',
    'Commands:',
    ...rows,
    '',
    'Ranges are LSP ranges (0-based line, UTF-16 character); paths are relative to the current folder.',
    'Exit codes: 0 success; 1 findings at error level (check) or an output not written (export); 2 usage error;',
    '4 a file was skipped (added to 1: 5 is both); 3 internal error, or standard output could not be written.',
    'Messages are in English or Vietnamese: --lang en|vi, else the language of LC_ALL, LC_MESSAGES or LANG.',
    'Run `report-lens <command> --help` for the options of a command.',
    '',
  ].join('\n');
}

/** Runs the CLI on its arguments (those after the program name); resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo = NODE_IO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    const command = rest[0] !== undefined ? COMMANDS[rest[0]] : undefined;
    io.out(command ? command.usage : help());
    return 0;
  }
  const command = name !== undefined ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`${name === undefined ? 'report-lens: give a command' : `report-lens: unknown command ${name}`}\n${help()}`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.usage);
    return 0;
  }
  const chosen = takeLanguage(rest);
  if (typeof chosen === 'string') {
    io.err(`report-lens: ${chosen}\n`);
    return EXIT_USAGE;
  }
  return command.run(chosen.args, { ...io, language: io.language ?? chosen.language });
}

/** `--lang vi|en` (or `--lang=vi`) anywhere among a command's arguments, else the locale of the environment. */
function takeLanguage(args: readonly string[]): { args: string[]; language: Language } | string {
  const rest: string[] = [];
  let asked: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--lang') asked = args[++i] ?? '';
    else if (args[i].startsWith('--lang=')) asked = args[i].slice('--lang='.length);
    else rest.push(args[i]);
  }
  if (asked !== undefined && asked !== 'vi' && asked !== 'en') return `--lang takes vi or en, not "${asked}"`;
  const env = process.env;
  return { args: rest, language: (asked as Language | undefined) ?? languageOf(env.LC_ALL || env.LC_MESSAGES || env.LANG) };
}

/** The exit code when standard output could not be written, whatever the command found. */
const EXIT_OUTPUT_LOST = 3;

// Run only as the program itself, so tests can import main() without side effects.
if (require.main === module) {
  // Standard output that fails (a full disk, a closed pipe) must not end the run with a stack trace
  // half-way through --fix: the run finishes, and the exit code says its report was lost. A reader
  // that closed the pipe (`| head`) chose to stop reading, so that case needs no message.
  // The stream reports a failed write on a later tick, so the verdict waits for the process's exit.
  let lost: NodeJS.ErrnoException | undefined;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    lost ??= error;
  });
  process.on('exit', () => {
    if (!lost) return;
    if (lost.code !== 'EPIPE') process.stderr.write(`report-lens: the report could not be written to standard output (${lost.message})\n`);
    process.exitCode = EXIT_OUTPUT_LOST;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`report-lens: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 3;
    },
  );
}
