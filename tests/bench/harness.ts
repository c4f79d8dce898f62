/**
 * What every bench section shares: how a section is declared, how a timing is sampled and summarised,
 * and how results are printed. Sections report figures; they never fail on timing, only on errors or
 * on wrong results (a wrong result makes its timing meaningless).
 */

export interface BenchOptions {
  /** Rebuild cached datasets instead of reusing them. */
  regenerate: boolean;
}

export interface BenchContext {
  options: BenchOptions;
  log(line?: string): void;
}

export interface SectionOutcome {
  /** Problems that make the run fail: wrong counts, wrong results. Never timings. */
  failures: string[];
}

export interface BenchSection {
  /** What to type after `npm run bench --` to run only this section. */
  name: string;
  /** One line saying what it measures and against which budget (DESIGN.md §6). */
  summary: string;
  run(context: BenchContext): Promise<SectionOutcome>;
}

export interface Timing {
  samples: number[];
  median: number;
  p95: number;
  min: number;
  max: number;
}

/** Nearest-rank percentile of ascending `sorted` samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('no samples');
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarise(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { samples: [...samples], median, p95: percentile(sorted, 95), min: sorted[0]!, max: sorted.at(-1)! };
}

/** Runs `work` `warmup` times untimed, then `runs` times timed, one after the other. */
export async function time<T>(
  work: () => Promise<T>,
  options: { warmup: number; runs: number },
): Promise<Timing & { last: T }> {
  let last: T | undefined;
  for (let i = 0; i < options.warmup; i++) last = await work();
  const samples: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const started = performance.now();
    last = await work();
    samples.push(performance.now() - started);
  }
  return { ...summarise(samples), last: last as T };
}

export const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

export const count = (value: number): string => value.toLocaleString('en-US');

/** A plain-text table; columns whose header starts with a space are right-aligned. */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, column) =>
    Math.max(header.trim().length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const right = headers.map((header) => header.startsWith(' '));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (right[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [
    line(headers.map((header) => header.trim())),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
  ].join('\n');
}
