import { type ChildProcess, spawn } from 'node:child_process';
import { sleep } from './net.ts';
import { cpuMs } from './proc.ts';

export type Started = {
  name: string;
  pid: number;
  /** From just before spawning to the first answer of the ready URL. */
  msToReady: number;
  /** CPU the process had used by then, with that of the children it waited for (pg_ctl). */
  cpuMsToReady: number;
  /** The last few kB of the child's stdout and stderr (for error messages). */
  output: () => string;
  stop: () => Promise<void>;
};

const running = new Set<ChildProcess>();

// Whatever happens to the benchmark, no server is left behind.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const child of running) child.kill('SIGKILL');
    process.exit(130);
  });
}

/** Stops every child still running (SIGTERM, then SIGKILL after a grace period). */
export async function stopAll() {
  await Promise.all([...running].map((child) => stopChild(child)));
}

async function stopChild(child: ChildProcess, graceMs = 10_000) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts a process and polls `readyUrl` every `pollMs` until it answers 2xx. The time
 * measured includes everything the process does before it listens (for eiso: opening
 * or creating the database, migrations).
 */
export async function startAndWait(options: {
  name: string;
  command: string;
  args: string[];
  cwd?: string;
  env?: Record<string, string>;
  readyUrl: string;
  pollMs?: number;
  timeoutMs?: number;
}): Promise<Started> {
  const { name, readyUrl, pollMs = 20, timeoutMs = 60_000 } = options;
  const startedAt = performance.now();
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const stop = () => stopChild(child);

  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `${name} exited (${child.exitCode ?? child.signalCode}) before answering ${readyUrl}:\n${output}`,
      );
    }
    if (performance.now() - startedAt > timeoutMs) {
      await stop();
      throw new Error(`${name} did not answer ${readyUrl} within ${timeoutMs} ms:\n${output}`);
    }
    try {
      const response = await fetch(readyUrl, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await sleep(pollMs);
  }
  const msToReady = performance.now() - startedAt;
  const cpuMsToReady = cpuMs(child.pid!, { children: true });
  return { name, pid: child.pid!, msToReady, cpuMsToReady, output: () => output, stop };
}
