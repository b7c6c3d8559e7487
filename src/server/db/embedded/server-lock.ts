import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** `DATA_DIR/eiso.pid`: the one eiso server of an embedded data folder. */
const lockFile = (dataDir: string) => join(dataDir, 'eiso.pid');

/** The PID of the eiso server running on this data folder, if one runs. */
export function runningServer(dataDir: string): number | undefined {
  let pid: number;
  try {
    pid = Number(readFileSync(lockFile(dataDir), 'utf8').trim());
  } catch {
    return undefined;
  }
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
}

/**
 * Claims the data folder for this server: a second server on it refuses clearly. A lock
 * left by a crashed server (its process gone) is taken over. Returns the release.
 */
export function claimServerLock(dataDir: string): () => void {
  const file = lockFile(dataDir);
  const other = runningServer(dataDir);
  if (other !== undefined && other !== process.pid) {
    throw new Error(
      `Một máy chủ eiso khác (PID ${other}) đang chạy trên thư mục dữ liệu ${dataDir}. / ` +
        `Another eiso server (PID ${other}) is already running on the data folder ${dataDir}.`,
    );
  }
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, `${process.pid}\n`);
  return () => {
    if (runningServer(dataDir) === process.pid) rmSync(file, { force: true });
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // A PID reused by an unrelated process after a crash is not an eiso server.
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('eiso');
  } catch {
    return true; // no /proc (macOS, Windows): trust the PID
  }
}
