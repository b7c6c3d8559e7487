import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A temporary DATA_DIR open to other users, as a data folder normally is. Run as root,
 * eiso's PostgreSQL runs as another OS user: in a folder it can reach, the cluster lives
 * inside (not under /var/lib/eiso/clusters) and goes when the folder is removed.
 */
export function tempDataDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}
