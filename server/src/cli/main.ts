import { setFlagsFromString } from 'node:v8';
import { runCheck } from './check';
import { runEntities } from './entities';
import { runExport } from './export';
import { EXIT_USAGE, NODE_IO, type CliIo } from './files';
import { LANGUAGES, languageOf, type CliCommand, type Language, type Messages } from '../core';

/**
 * `report-lens <command> …`: the command-line front end over the analysis
 * core. Each subcommand lives in its own file and is listed here once; a new
 * one (export, …) is one more row in the table, and its summary and usage
 * one more entry of the catalogues' `cli` messages.
 */

const COMMANDS: Readonly<Record<CliCommand, (args: readonly string[], io: CliIo) => Promise<number>>> = {
  check: runCheck,
  entities: runEntities,
  export: runExport,
};

function commandNamed(name: string | undefined): CliCommand | undefined {
  return Object.keys(COMMANDS).find((c): c is CliCommand => c === name);
}

function help(messages: Messages): string {
  const names = Object.keys(COMMANDS) as CliCommand[];
  const width = Math.max(...names.map((name) => name.length));
  return messages.cli.help(names.map((name) => `  ${name.padEnd(width)}  ${messages.cli.summaries[name]}`).join('\n'));
}

/** Runs the CLI on its arguments (those after the program name); resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo = NODE_IO): Promise<number> {
  // The language comes first, so help and usage errors are in it too.
  const chosen = takeLanguage(argv);
  const language = io.language ?? (typeof chosen === 'string' ? environmentLanguage() : chosen.language);
  const messages = LANGUAGES[language];
  if (typeof chosen === 'string') {
    io.err(`report-lens: ${messages.cli.langTakes(chosen)}\n`);
    return EXIT_USAGE;
  }
  const [name, ...rest] = chosen.args;
  if (name === '--help' || name === '-h' || name === 'help') {
    const command = commandNamed(rest[0]);
    io.out(command ? messages.cli.usage[command] : help(messages));
    return 0;
  }
  const command = commandNamed(name);
  if (!command) {
    io.err(`report-lens: ${name === undefined ? messages.cli.giveCommand : messages.cli.unknownCommand(name)}\n${help(messages)}`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(messages.cli.usage[command]);
    return 0;
  }
  return COMMANDS[command](rest, { ...io, language });
}

/** `--lang vi|en` (or `--lang=vi`) anywhere among the arguments, else the locale of the environment; a wrong value is returned as it was given. */
function takeLanguage(args: readonly string[]): { args: string[]; language: Language } | string {
  const rest: string[] = [];
  let asked: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--lang') asked = args[++i] ?? '';
    else if (args[i].startsWith('--lang=')) asked = args[i].slice('--lang='.length);
    else rest.push(args[i]);
  }
  if (asked !== undefined && asked !== 'vi' && asked !== 'en') return asked;
  return { args: rest, language: (asked as Language | undefined) ?? environmentLanguage() };
}

function environmentLanguage(): Language {
  const env = process.env;
  return languageOf(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/**
 * How far V8 lets the heap grow past what its last full collection kept, in per cent, as the
 * language server sets it (server/src/lsp/main.ts). Left to itself, V8 lets a batch job's heap grow
 * to about four times what it kept: on 10,000 generated articles the second full collection came at
 * 288 MiB for 166 MiB kept, and that room, not the folder, set the process's peak. At 100 % the
 * benchmark's peak of `check` fell from 511 to 456 MiB at 10,000 articles and from 1,107 to 1,049 MiB
 * at 30,000, in 23.8 s against 23.0 and 69.8 s against 68.9 (runs of 13:55 and 17:10 on 2026-12-06,
 * bench/RESULTS.md), which is within what the machine gives from run to run.
 */
const HEAP_GROWING_PERCENT = 100;

/** The exit code when standard output could not be written, whatever the command found. */
const EXIT_OUTPUT_LOST = 3;

// Run only as the program itself, so tests can import main() without side effects.
if (require.main === module) {
  // Before any file is read, so that every full collection sizes the heap by it.
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
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
