import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { binariesReachableBy, locateBinaries, type PgBinaries } from './binaries.ts';
import { clusterDirFor } from './cluster-dir.ts';

/** A PostgreSQL server that eiso runs itself on the data folder (`DATA_DIR/pg`). */
export type EmbeddedCluster = {
  url: string;
  /** True when this process started the server (it was not running already). */
  startedHere: boolean;
  /**
   * Stops the server: `smart` (the default) once its other clients are gone, waiting up to
   * 10 s (a command still connected finishes its work first); `fast` at once.
   */
  stop: (mode?: 'smart' | 'fast') => Promise<void>;
};

const USER = 'eiso';
const DATABASE = 'eiso';

/**
 * Starts the embedded PostgreSQL of a data folder, or finds it already running (started by
 * another eiso command, or left behind by a crash) and reuses it. Initialises the cluster
 * on first use, with a random password kept in `DATA_DIR/pg-password`.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  log?: (message: string) => void;
  /** More `-c name=value` server settings (tests turn fsync off). */
  settings?: string[];
}): Promise<EmbeddedCluster> {
  const log = options.log ?? (() => {});
  const ids = unprivilegedUser();
  const binaries = ids ? binariesReachableBy(locateBinaries(), ids) : locateBinaries();
  mkdirSync(options.dataDir, { recursive: true });
  const pgDir = clusterDirFor(options.dataDir, ids, log);
  const secretFile = join(options.dataDir, 'pg-password');
  const run = (file: string, args: string[]) =>
    spawnSync(file, args, { ...ids, encoding: 'utf8', env: { ...process.env, LC_MESSAGES: 'C' } });

  if (!existsSync(join(pgDir, 'PG_VERSION'))) {
    log(`khởi tạo PostgreSQL nhúng / initialising the embedded PostgreSQL in ${pgDir}`);
    initialise(binaries, pgDir, secretFile, ids);
  }
  const password = readFileSync(secretFile, 'utf8').trim();

  let port = runningPort(binaries, pgDir, run);
  let startedHere = false;
  if (port === undefined) {
    port = await freePort();
    const settings = [
      `-p ${port}`,
      '-c listen_addresses=127.0.0.1',
      process.platform === 'win32' ? '' : "-c unix_socket_directories=''",
      // Small and few processes: one agency's data, on a machine shared with the web server.
      '-c shared_buffers=32MB',
      '-c max_connections=60',
      '-c io_method=sync',
      '-c max_logical_replication_workers=0',
      ...(options.settings ?? []),
    ].join(' ');
    const started = run(binaries.pgCtl, [
      'start',
      '-D',
      pgDir,
      '-w',
      '-t',
      '60',
      '-l',
      join(pgDir, 'postgresql.log'),
      '-o',
      settings,
    ]);
    startedHere = started.status === 0;
    // Another eiso process may have started it in the same instant: then use that one.
    port = startedHere ? port : runningPort(binaries, pgDir, run);
    if (port === undefined) {
      throw new Error(
        `Không khởi động được PostgreSQL nhúng / the embedded PostgreSQL did not start:\n${started.stderr}${started.stdout}\n` +
          `(xem / see ${join(pgDir, 'postgresql.log')})`,
      );
    }
    log(`PostgreSQL nhúng chạy ở cổng / embedded PostgreSQL listening on 127.0.0.1:${port}`);
  }
  const url = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;
  if (!(await databaseExists(url))) await createDatabase(url);
  return {
    url,
    startedHere,
    stop: async (mode = 'smart') => {
      run(binaries.pgCtl, ['stop', '-D', pgDir, '-m', mode, '-w', '-t', '10']);
    },
  };
}

/** PostgreSQL refuses to run as root: then it runs as the `postgres` OS user, made if missing. */
function unprivilegedUser(): { uid: number; gid: number } | undefined {
  if (process.platform === 'win32' || process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('useradd', [
      '--system',
      '--user-group',
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      'postgres',
    ]);
    return { uid: id('-u'), gid: id('-g') };
  }
}

function initialise(
  binaries: PgBinaries,
  pgDir: string,
  secretFile: string,
  ids: { uid: number; gid: number } | undefined,
) {
  const password = randomBytes(24).toString('base64url');
  writeFileSync(secretFile, `${password}\n`, { mode: 0o600 });
  const pwfile = join(tmpdir(), `eiso-pg-${process.pid}-${randomBytes(4).toString('hex')}`);
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (ids) chownSync(pwfile, ids.uid, ids.gid);
  try {
    const result = spawnSync(
      binaries.initdb,
      [
        '-D',
        pgDir,
        '-U',
        USER,
        `--pwfile=${pwfile}`,
        '--auth=scram-sha-256',
        '-E',
        'UTF8',
        // Unicode-aware upper/lower and a stable byte order, the same on every OS.
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
        '--locale=C',
      ],
      { ...ids, encoding: 'utf8', env: { ...process.env, LC_MESSAGES: 'C' } },
    );
    if (result.status !== 0) {
      rmSync(join(pgDir, 'PG_VERSION'), { force: true });
      throw new Error(`initdb failed:\n${result.stderr}${result.stdout}`);
    }
  } finally {
    rmSync(pwfile, { force: true });
  }
}

/** The port of the cluster's running server, read from its `postmaster.pid`, if one runs. */
function runningPort(
  binaries: PgBinaries,
  pgDir: string,
  run: (file: string, args: string[]) => { status: number | null },
): number | undefined {
  if (run(binaries.pgCtl, ['status', '-D', pgDir]).status !== 0) return undefined;
  try {
    const lines = readFileSync(join(pgDir, 'postmaster.pid'), 'utf8').split('\n');
    const port = Number(lines[3]);
    return Number.isInteger(port) && port > 0 ? port : undefined;
  } catch {
    return undefined;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function databaseExists(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === '3D000') return false;
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}

async function createDatabase(url: string) {
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${DATABASE}`);
  } catch (error) {
    if ((error as { code?: string }).code !== '42P04') throw error; // created by another process
  } finally {
    await client.end();
  }
}
