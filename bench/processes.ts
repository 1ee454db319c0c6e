import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * Whole-process measurements: a command's wall time and peak resident
 * memory, from /usr/bin/time when the machine has it (else from the child's
 * own resource usage, which Node reports for a finished child as well), with
 * the machine's load average around the run, since the machine is shared.
 */

export interface ProcessRun {
  readonly ms: number;
  readonly peakMiB: number;
  readonly exit: number | null;
  readonly load: readonly [number, number];
}

const TIME = '/usr/bin/time';
const hasTime = fs.existsSync(TIME);

export function runProcess(command: string, args: readonly string[], cwd: string): ProcessRun {
  const loadBefore = os.loadavg()[0];
  const report = path.join(os.tmpdir(), `report-lens-time-${process.pid}.txt`);
  const t0 = performance.now();
  const run = hasTime
    ? spawnSync(TIME, ['-f', '%M', '-o', report, command, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 256e6 })
    : spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 256e6 });
  const ms = performance.now() - t0;
  let peakKiB = 0;
  if (hasTime) {
    // The last line is %M (kilobytes); a failing command adds "Command exited with non-zero status" before it.
    peakKiB = Number(fs.readFileSync(report, 'utf8').trim().split('\n').at(-1));
    fs.rmSync(report, { force: true });
  }
  if (run.status === null) throw new Error(`${command} ${args.join(' ')} was killed: ${String(run.stderr).slice(-2000)}`);
  return { ms, peakMiB: peakKiB / 1024, exit: run.status, load: [loadBefore, os.loadavg()[0]] };
}

export interface Repeated {
  readonly runs: readonly ProcessRun[];
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly peakMiB: number;
  readonly load: readonly [number, number];
}

/** A command run `times` times: median wall time, spread, and the largest peak memory of the runs. */
export function repeat(times: number, command: string, args: readonly string[], cwd: string, label: string): Repeated {
  const runs: ProcessRun[] = [];
  for (let i = 0; i < times; i++) {
    process.stderr.write(`bench:   ${label} ${i + 1}/${times}…`);
    const run = runProcess(command, args, cwd);
    process.stderr.write(` ${(run.ms / 1000).toFixed(1)} s, ${run.peakMiB.toFixed(0)} MiB, load ${run.load[0].toFixed(1)}\n`);
    runs.push(run);
  }
  const sorted = runs.map((r) => r.ms).sort((a, b) => a - b);
  return {
    runs,
    medianMs: sorted[Math.floor((sorted.length - 1) / 2)],
    minMs: sorted[0],
    maxMs: sorted[sorted.length - 1],
    peakMiB: Math.max(...runs.map((r) => r.peakMiB)),
    load: [runs[0].load[0], runs[runs.length - 1].load[1]],
  };
}

/** The project's installed tools, run as their users run them. */
export function toolPaths(root: string): { cli: string; server: string; textlint: string; cspell: string; cspellDictionary: string } {
  return {
    cli: path.join(root, 'dist', 'cli.js'),
    server: path.join(root, 'dist', 'server.js'),
    textlint: path.join(root, 'node_modules', 'textlint', 'bin', 'textlint.js'),
    cspell: path.join(root, 'node_modules', 'cspell', 'bin.mjs'),
    cspellDictionary: path.join(root, 'node_modules', '@cspell', 'dict-vi-vn', 'cspell-ext.json'),
  };
}

/** A cspell configuration that checks the articles against the Vietnamese dictionary. */
export function writeCspellConfig(folder: string, dictionary: string): string {
  const file = path.join(folder, 'cspell.json');
  fs.writeFileSync(file, JSON.stringify({ version: '0.2', language: 'vi', import: [dictionary] }));
  return file;
}
