import autocannon from 'autocannon';

export type LoadResult = {
  url: string;
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  requests: number;
  latencyMs: { mean: number; p50: number; p99: number; max: number };
  errors: number;
  non2xx: number;
};

/**
 * A bounded load with autocannon (in this process): `connections` keep-alive connections
 * for `seconds`, after a short warm-up whose numbers are thrown away.
 */
export async function runLoad(options: {
  url: string;
  connections?: number;
  seconds?: number;
  warmupSeconds?: number;
  headers?: Record<string, string>;
  /** Paths each connection requests in turn (instead of `url`'s own path). */
  paths?: string[];
}): Promise<LoadResult> {
  const { url, connections = 10, seconds = 10, warmupSeconds = 2, headers, paths } = options;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers,
    ...(paths ? { requests: paths.map((path) => ({ method: 'GET', path })) } : {}),
    timeout: 10,
    ...(warmupSeconds > 0 ? { warmup: { connections, duration: warmupSeconds } } : {}),
  });
  return {
    url,
    connections,
    seconds: result.duration,
    requestsPerSecond: result.requests.total / result.duration,
    requests: result.requests.total,
    latencyMs: {
      mean: result.latency.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
