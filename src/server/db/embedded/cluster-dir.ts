import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chownSync, existsSync, lstatSync, mkdirSync, realpathSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The cluster's folder: `DATA_DIR/pg`. When eiso runs as root, PostgreSQL runs as the
 * `postgres` user, which must reach that folder; if a parent only root may enter (a
 * project under /root), the cluster lives in `/var/lib/eiso/clusters/<hash of DATA_DIR>`
 * and `DATA_DIR/pg` is a symbolic link to it.
 */
export function clusterDirFor(
  dataDir: string,
  ids: { uid: number; gid: number } | undefined,
  log: (message: string) => void,
): string {
  const pgDir = join(dataDir, 'pg');
  // The server is given the real path: the link's own folder may be closed to it.
  if (isLink(pgDir)) return realpathSync(pgDir);
  if (existsSync(pgDir)) return pgDir;
  if (!ids) {
    mkdirSync(pgDir, { recursive: true, mode: 0o700 });
    return pgDir;
  }
  mkdirSync(pgDir, { mode: 0o700 });
  chownSync(pgDir, ids.uid, ids.gid);
  if (writableBy(pgDir, ids)) return pgDir;
  spawnSync('rmdir', [pgDir]);
  const hash = createHash('sha256').update(realpathSync(dataDir)).digest('hex').slice(0, 16);
  const elsewhere = join('/var/lib/eiso/clusters', hash);
  mkdirSync(elsewhere, { recursive: true, mode: 0o700 });
  chownSync(elsewhere, ids.uid, ids.gid);
  chownSync('/var/lib/eiso/clusters', 0, 0);
  spawnSync('chmod', ['755', '/var/lib/eiso', '/var/lib/eiso/clusters']);
  symlinkSync(elsewhere, pgDir);
  log(
    `${dataDir} không truy cập được với người dùng postgres; cụm CSDL ở / not reachable by the postgres user; cluster kept in ${elsewhere}`,
  );
  return elsewhere;
}

const isLink = (path: string) => {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
};

function writableBy(dir: string, ids: { uid: number; gid: number }): boolean {
  return (
    spawnSync('sh', ['-c', 'test -w "$0" && test -x "$0"', dir], { ...ids, stdio: 'ignore' }).status === 0
  );
}
