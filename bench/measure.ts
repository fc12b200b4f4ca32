/**
 * Shared measuring for the benchmarks: CPU and wall clocks, percentiles, the figure record that goes to
 * bench/results.json, and the table printed at the end of a run. Nothing here knows about tracewire.
 */
import { writeFileSync } from "node:fs";

/** One measured figure, as written to bench/results.json. */
export interface Figure {
  value: number;
  unit: string;
  /** What the value is compared with in the same run (null when it stands alone). */
  reference: number | null;
  ratio: number | null;
  target: string;
  pass: boolean;
  /** Why a figure was not measured (printed, not written as a value). */
  skipped?: string;
}

export type Figures = Record<string, Figure>;

/** Milliseconds of CPU (user + system) this process has used so far. */
export function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Milliseconds since an arbitrary origin, with sub-millisecond resolution. */
export function wallMs(): number {
  return performance.now();
}

/** Runs `fn` and returns its result with the wall and CPU milliseconds it took. */
export async function measure<T>(
  fn: () => Promise<T> | T,
): Promise<{ result: T; wall: number; cpu: number }> {
  const cpu0 = cpuMs();
  const wall0 = wallMs();
  const result = await fn();
  return { result, wall: wallMs() - wall0, cpu: cpuMs() - cpu0 };
}

/** The p-th percentile (0–100) of the values, nearest-rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** The median of the values. */
export function median(values: number[]): number {
  return percentile(values, 50);
}

/** A figure with an upper bound: passes when value ≤ max. */
export function atMost(value: number, unit: string, max: number, reference: number | null = null): Figure {
  return {
    value,
    unit,
    reference,
    ratio: reference ? value / reference : null,
    target: `≤ ${max.toLocaleString("en")}`,
    pass: value <= max,
  };
}

/** A figure with a lower bound: passes when value ≥ min. */
export function atLeast(value: number, unit: string, min: number, reference: number | null = null): Figure {
  return {
    value,
    unit,
    reference,
    ratio: reference ? value / reference : null,
    target: `≥ ${min.toLocaleString("en")}`,
    pass: value >= min,
  };
}

/** A ratio figure (value = measured / reference) judged against a bound on the ratio itself. */
export function ratioFigure(
  measured: number,
  reference: number,
  unit: string,
  bound: { max?: number; min?: number },
): Figure {
  const ratio = measured / reference;
  const pass =
    (bound.max === undefined || ratio <= bound.max) && (bound.min === undefined || ratio >= bound.min);
  const target = bound.max !== undefined ? `ratio ≤ ${bound.max}` : `ratio ≥ ${bound.min}`;
  return { value: measured, unit, reference, ratio, target, pass };
}

/** A figure that was not measured in this run, with the reason. */
export function skippedFigure(unit: string, target: string, reason: string): Figure {
  return { value: Number.NaN, unit, reference: null, ratio: null, target, pass: false, skipped: reason };
}

function show(n: number | null): string {
  if (n === null || Number.isNaN(n)) return "–";
  if (Math.abs(n) >= 1000) return Math.round(n).toLocaleString("en");
  if (Math.abs(n) >= 10) return n.toFixed(1);
  return n.toFixed(3);
}

/** The figures as an aligned text table: figure, value, reference, ratio, target, pass/fail. */
export function formatTable(figures: Figures): string {
  const rows = [["figure", "value", "unit", "reference", "ratio", "target", "result"]];
  for (const [name, f] of Object.entries(figures)) {
    rows.push([
      name,
      f.skipped ? "–" : show(f.value),
      f.unit,
      show(f.reference),
      show(f.ratio),
      f.target,
      f.skipped ? `skipped (${f.skipped})` : f.pass ? "pass" : "FAIL",
    ]);
  }
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => row[col]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, col) => cell.padEnd(widths[col]!))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** Writes the measured figures (skipped ones left out) to `path` as JSON. */
export function writeResults(path: string, figures: Figures): void {
  const out: Record<string, Omit<Figure, "skipped">> = {};
  for (const [name, { skipped, ...figure }] of Object.entries(figures)) {
    if (!skipped) out[name] = figure;
  }
  writeFileSync(path, `${JSON.stringify(out, null, 2)}\n`);
}
