// Debian's PostgreSQL, started for a test or a bench run in a temp folder and stopped after.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, globSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './free-port.js';

export interface PostgresServer {
  /** A URL for a fresh, empty database on this server. */
  createDatabase(name: string): Promise<string>;
  stop(): void;
}

export interface PostgresServerOptions {
  /**
   * fsync and synchronous_commit on, as in production: for figures. Tests leave it off, since
   * the platform's durability is PostgreSQL's and not what they test.
   */
  durable?: boolean;
}

/** The newest installed major version's bin folder. */
export function postgresBin(): string | undefined {
  return globSync('/usr/lib/postgresql/*/bin/pg_ctl')
    .map((path) => path.slice(0, -'/pg_ctl'.length))
    .sort((a, b) => Number(/(\d+)\/bin$/.exec(b)?.[1]) - Number(/(\d+)\/bin$/.exec(a)?.[1]))[0];
}

/** runuser lives in sbin, which a CI shell's PATH may leave out. */
function runuser(): string {
  return ['/usr/sbin/runuser', '/sbin/runuser'].find((path) => existsSync(path)) ?? 'runuser';
}

/** PostgreSQL refuses to run as root (CI runs as root): run its tools as the postgres user there. */
function runAsOwner(command: string, args: string[]): void {
  const [file, argv] = process.getuid?.() === 0 ? [runuser(), ['-u', 'postgres', '--', command, ...args]] : [command, args];
  execFileSync(file, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
}

function makeFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tongban-pg-'));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  return dir;
}

function serverSettings(dir: string, port: number, durable: boolean): string {
  const settings = [`-p ${port}`, `-k ${dir}`, "-c listen_addresses=''", '-c max_connections=200'];
  if (!durable) settings.push('-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off');
  return settings.join(' ');
}

/** Starts a server on a free port with its unix socket in its own folder; `stop` removes it all. */
export async function startPostgresServer(options: PostgresServerOptions = {}): Promise<PostgresServer> {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed: apt-get install postgresql (build/install-os-deps.sh)');
  const dir = makeFolder();
  const data = join(dir, 'data');
  const port = await freePort();
  runAsOwner(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  runAsOwner(join(bin, 'pg_ctl'), ['start', '-w', '-D', data, '-l', join(dir, 'log'), '-o', serverSettings(dir, port, options.durable ?? false)]);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', stop);
    const [file, argv] = process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', join(bin, 'pg_ctl')]] : [join(bin, 'pg_ctl'), []];
    spawnSync(file, [...argv, 'stop', '-m', 'immediate', '-w', '-D', data], { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  };
  // A test runner that exits early must not leave a server behind.
  process.on('exit', stop);
  const urlFor = (database: string) => `postgresql://postgres@localhost/${database}?host=${encodeURIComponent(dir)}&port=${port}`;
  return {
    async createDatabase(name) {
      const admin = new pg.Client({ connectionString: urlFor('postgres') });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
      } finally {
        await admin.end();
      }
      return urlFor(name);
    },
    stop,
  };
}
