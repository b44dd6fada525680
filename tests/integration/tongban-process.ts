/** Runs the built `tongban` command (bin/tongban.js) as a technician would, for integration tests. */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

export const bin = join(process.cwd(), 'bin', 'tongban.js');

export type Running = ChildProcessByStdio<null, Readable, Readable>;

/**
 * Starts `tongban ARGS` and resolves with the first line it prints on stdout (a URL or a port),
 * and what it said on stderr by then. `detached`: in a process group of its own, whose members
 * a test can list.
 */
export function startTongban(
  args: string[],
  running: Running[],
  env: Record<string, string> = {},
  options: { detached?: boolean } = {},
): Promise<{ line: string; child: Running; stderr: () => string }> {
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env }, detached: options.detached ?? false });
  running.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (err += text));
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      out += text;
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) resolve({ line, child, stderr: () => err });
    });
    child.once('exit', (code) => reject(new Error(`tongban ${args.join(' ')} exited ${code}: ${err}`)));
  });
}

/** Asks a started command to stop as Ctrl+C would, and resolves with its exit code. */
export function stopped(child: Running): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once('exit', (code) => resolve(code));
    child.kill('SIGINT');
  });
}

/**
 * Runs `tongban ARGS` to completion without blocking the event loop (a simulator may be in this
 * process), with `input` on its standard input (empty by default).
 */
export function tongban(args: string[], input?: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.end(input ?? '');
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.once('close', (status) => resolve({ status, stdout, stderr }));
  });
}
