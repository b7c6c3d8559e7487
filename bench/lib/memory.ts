import { readFileSync } from 'node:fs';

/** Resident set size of a process in bytes (Linux: VmRSS in /proc/<pid>/status), or null. */
export function rssBytes(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export type RssSummary = { peak: number; mean: number; samples: number };

/** Samples a process's RSS every `everyMs` until `stop()`, which returns peak and mean. */
export function sampleRss(pid: number, everyMs = 100) {
  const values: number[] = [];
  const take = () => {
    const value = rssBytes(pid);
    if (value !== null) values.push(value);
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop(): RssSummary {
      clearInterval(timer);
      take();
      return {
        peak: Math.max(...values),
        mean: values.reduce((a, b) => a + b, 0) / values.length,
        samples: values.length,
      };
    },
  };
}

export const mb = (bytes: number) => bytes / (1024 * 1024);
