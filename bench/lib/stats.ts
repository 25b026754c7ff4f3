// Timing helpers for the bench scripts: run a step N times after a warm-up, report p50/p95/max.
import { performance } from "node:perf_hooks";

export interface Figure {
  name: string;
  runs: number;
  p50: number;
  p95: number;
  max: number;
  target?: string;
}

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** Times `step(i)` `runs` times, after `warmup` untimed calls (JIT, plan caches, connections). */
export async function measure(name: string, runs: number, step: (i: number) => Promise<unknown>, options: { warmup?: number; target?: string } = {}): Promise<Figure> {
  const warmup = options.warmup ?? 5;
  for (let i = 0; i < warmup; i++) await step(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await step(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { name, runs, p50: percentile(samples, 50), p95: percentile(samples, 95), max: samples.at(-1)!, target: options.target };
}

export function printTable(figures: Figure[]) {
  const rows = figures.map((f) => [f.name, String(f.runs), ms(f.p50), ms(f.p95), ms(f.max), f.target ?? ""]);
  const header = ["figure", "runs", "p50 ms", "p95 ms", "max ms", "target"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of rows) console.log(line(row));
}

const ms = (value: number) => value.toFixed(2);
