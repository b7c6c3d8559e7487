// The part of autocannon's API the benchmarks use (the package ships no types).
declare module 'autocannon' {
  type Histogram = {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p50: number;
    p90: number;
    p99: number;
  };
  export type Result = {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
    latency: Histogram;
    requests: Histogram & { sent: number };
    throughput: Histogram;
  };
  export type Options = {
    url: string;
    connections?: number;
    duration?: number;
    method?: string;
    headers?: Record<string, string>;
    /** A sequence each connection sends in turn, over and over. */
    requests?: Array<{ method?: string; path: string; headers?: Record<string, string> }>;
    timeout?: number;
    warmup?: { connections?: number; duration?: number };
  };
  export default function autocannon(options: Options): PromiseLike<Result> & { stop: () => void };
}
