import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rssBytes } from './memory.ts';

/** Clock ticks per second of /proc/<pid>/stat's times (almost always 100). */
const ticksPerSecond = (() => {
  const out = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim();
  return Number(out) > 0 ? Number(out) : 100;
})();

/** The fields of /proc/<pid>/stat after the command name (which may hold spaces). */
function statFields(pid: number): string[] | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/**
 * CPU milliseconds a process has used (user + system), with `children` the CPU of the
 * children it has waited for (pg_ctl, initdb). 0 when the process is gone.
 */
export function cpuMs(pid: number, { children = false } = {}): number {
  const f = statFields(pid);
  if (!f) return 0;
  // Fields 14–17 of stat (utime stime cutime cstime) are 11–14 here (state is field 3).
  const ticks = Number(f[11]) + Number(f[12]) + (children ? Number(f[13]) + Number(f[14]) : 0);
  return (ticks * 1000) / ticksPerSecond;
}

const parentOf = (pid: number) => Number(statFields(pid)?.[1] ?? 0);

/**
 * The processes of the embedded PostgreSQL of a data folder: the postmaster named in
 * DATA_DIR/pg/postmaster.pid and its children (backends, checkpointer, WAL writer…).
 */
export function postgresPids(dataDir: string): number[] {
  let postmaster: number;
  try {
    postmaster = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return [];
  }
  if (!statFields(postmaster)) return [];
  const children = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => parentOf(pid) === postmaster);
  return [postmaster, ...children];
}

/** Proportional set size (shared pages divided among their users), or null if unreadable. */
export function pssBytes(pid: number): number | null {
  try {
    const match = /^Pss:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export type Memory = { processes: number; rssBytes: number; pssBytes: number | null };

/** RSS and PSS summed over processes (PSS null if unreadable); processes gone meanwhile are left out. */
export function memoryOf(pids: number[]): Memory {
  let processes = 0;
  let rss = 0;
  let pss: number | null = 0;
  for (const pid of pids) {
    // PSS first: a process that ends in between then has no RSS either and is left out.
    const p = pssBytes(pid);
    const r = rssBytes(pid);
    if (r === null) continue;
    processes++;
    rss += r;
    pss = p === null || pss === null ? null : pss + p;
  }
  return { processes, rssBytes: rss, pssBytes: pss };
}

/** CPU milliseconds summed over processes (those still running). */
export const cpuMsOf = (pids: number[]) => pids.reduce((total, pid) => total + cpuMs(pid), 0);

/** CPU of a set of processes found again later: `delta()` counts new processes in full. */
export function cpuSnapshot(pids: () => number[]) {
  const before = new Map(pids().map((pid) => [pid, cpuMs(pid)]));
  return { delta: () => pids().reduce((total, pid) => total + cpuMs(pid) - (before.get(pid) ?? 0), 0) };
}
