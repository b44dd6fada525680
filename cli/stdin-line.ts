import { createInterface } from 'node:readline';

/**
 * The first line on stdin, without its line break: a secret given this way stays out of the
 * shell's history and out of `ps`. Refused when stdin ends with no line.
 */
export async function readStdinLine(what: string): Promise<string> {
  const lines = createInterface({ input: process.stdin, terminal: false });
  try {
    for await (const line of lines) return line.trim();
  } finally {
    lines.close();
  }
  throw new Error(`${what}: nothing on stdin (give it one line, e.g. from a prompt or a file)`);
}
