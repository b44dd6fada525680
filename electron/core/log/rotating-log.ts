import { appendFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { makePrivateDir, privateFileMode } from '../../../private-files/private-files.js';
import { redact } from './redact.js';

export interface RotatingLogOptions {
  /** A file is rotated before it passes this size. Default 1 MiB: weeks of a quiet kiosk's lines. */
  maxBytes?: number;
  /** Rotated files kept beside the live one (core.log.1 … core.log.N). Default 3. */
  keep?: number;
}

/** The core's log under DATA/logs/: size-bounded, 0600, each line redacted before it is written. */
export class RotatingLog {
  readonly file: string;
  private readonly maxBytes: number;
  private readonly keep: number;
  private size: number;

  constructor(
    dataDir: string,
    options: RotatingLogOptions = {},
    private readonly clock: () => Date = () => new Date(),
  ) {
    const dir = join(dataDir, 'logs');
    makePrivateDir(dir);
    this.file = join(dir, 'core.log');
    this.maxBytes = options.maxBytes ?? 1024 * 1024;
    this.keep = options.keep ?? 3;
    this.size = existsSync(this.file) ? statSync(this.file).size : 0;
  }

  /** Synchronous on purpose: the line is on disk when the core dies right after writing it. */
  write(line: string): void {
    const text = `${this.clock().toISOString()} ${redact(line.replaceAll('\n', ' '))}\n`;
    const bytes = Buffer.byteLength(text);
    if (this.size > 0 && this.size + bytes > this.maxBytes) this.rotate();
    appendFileSync(this.file, text, { mode: privateFileMode });
    this.size += bytes;
  }

  private rotate(): void {
    rmSync(`${this.file}.${this.keep}`, { force: true });
    for (let n = this.keep - 1; n >= 1; n--) {
      if (existsSync(`${this.file}.${n}`)) renameSync(`${this.file}.${n}`, `${this.file}.${n + 1}`);
    }
    renameSync(this.file, `${this.file}.1`);
    this.size = 0;
  }
}

/** The live log of the core whose data folder is `dataDir`. */
export const logFileOf = (dataDir: string): string => join(dataDir, 'logs', 'core.log');

/** Every line of the log in `dataDir`, oldest first (core.log.N … core.log.1, core.log), redacted. */
export function logLines(dataDir: string, newest = Number.POSITIVE_INFINITY): string[] {
  const live = logFileOf(dataDir);
  const rotated = existsSync(join(dataDir, 'logs'))
    ? readdirSync(join(dataDir, 'logs'))
        .map((name) => /^core\.log\.(\d+)$/.exec(name)?.[1])
        .filter((n) => n !== undefined)
        .map(Number)
        .sort((a, b) => b - a)
        .map((n) => `${live}.${n}`)
    : [];
  const lines: string[] = [];
  // Newest file first, stopping once enough lines are read: a technician's view reads one or two files.
  for (const path of [...rotated, live].filter((p) => existsSync(p)).reverse()) {
    lines.unshift(...readFileSync(path, 'utf8').split('\n').filter((line) => line !== ''));
    if (lines.length >= newest) break;
  }
  // Redacted again on the way out, for lines an older version wrote before redaction existed.
  return lines.slice(-newest).map(redact);
}
