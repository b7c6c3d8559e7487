/** One line of the printed table. */
export type Row = { measure: string; value: string; note?: string };

export type SuiteContext = {
  /** A scratch folder for this suite, removed when the run ends. */
  tmp: string;
  /** The run's scratch folder, shared by the suites (the demo data folder lives there). */
  runTmp: string;
  log: (message: string) => void;
};

/** A benchmark: `bench/run.ts` runs each in turn and prints and saves what they return. */
export type Suite = {
  name: string;
  title: string;
  run: (context: SuiteContext) => Promise<{ rows: Row[]; data: Record<string, unknown> }>;
};

const int = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const one = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
export const fmt = { int: (n: number) => int.format(n), one: (n: number) => one.format(n) };

export function printTable(title: string, rows: Row[]) {
  const w1 = Math.max(...rows.map((r) => r.measure.length), 10);
  const w2 = Math.max(...rows.map((r) => r.value.length), 5);
  console.log(`\n${title}`);
  console.log(`${'─'.repeat(w1)}  ${'─'.repeat(w2)}  ${'─'.repeat(30)}`);
  for (const r of rows)
    console.log(`${r.measure.padEnd(w1)}  ${r.value.padStart(w2)}  ${r.note ?? ''}`.trimEnd());
}

export type Spread = { median: number; min: number; max: number; values: number[] };

/** Median and range of a few rounds' values. */
export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], values };
}

/** "1,234 (1,100–1,300)" with the given number format. */
export const withRange = (s: Spread, format: (n: number) => string) =>
  `${format(s.median)} (${format(s.min)}–${format(s.max)})`;
