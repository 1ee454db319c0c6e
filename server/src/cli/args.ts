import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * The one way every subcommand reads its arguments: `--name value` and
 * `--name=value`, positionals for paths, unknown options refused. Returns
 * the parsed values, or parseArgs's message for a usage error.
 */
export function readOptions<O extends NonNullable<ParseArgsConfig['options']>>(
  args: readonly string[],
  options: O,
): ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>> | string {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    return (error as Error).message;
  }
}
