/**
 * Whether dist/ is older than the sources it is built from: the compiled CLI the benchmarks spawn must be the
 * code on disk, or a quick run measures (and fails on) yesterday's build.
 */
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");

/** The newest modification time (ms) of any .ts file under `dir`. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** True when dist/src/main.js is missing or any file in src/ changed after it was written. */
export function distIsStale(): boolean {
  try {
    return newestSource(join(ROOT, "src")) > statSync(join(ROOT, "dist/src/main.js")).mtimeMs;
  } catch {
    return true;
  }
}
