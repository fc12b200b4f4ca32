/**
 * How long the event loop stalls while another process holds SQLite's write lock (issue 15.3): a child process
 * takes BEGIN IMMEDIATE on the file for HOLD_MS while this process writes through the store; the event loop's
 * longest gap between two ticks of a 10 ms interval timer is printed with the write's outcome. Not part of `npm run bench`.
 * Usage: npx tsx bench/sqlite-lock-stall.ts [HOLD_MS=8000] [SRC_ROOT=../src] (SRC_ROOT compares another checkout)
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Store } from "../src/store/store.js";

const holdMs = Number(process.argv[2] ?? 8000);
const srcRoot = resolve(process.argv[3] ?? join(import.meta.dirname, "../src"));
const { openStore } = (await import(join(srcRoot, "store/open-store.ts"))) as {
  openStore: (url: string) => Promise<Store>;
};
const dir = mkdtempSync(join(tmpdir(), "tracewire-lock-"));
const file = join(dir, "tracewire.db");
const store = await openStore(`sqlite:${file}`);
const holder = spawn(
  process.execPath,
  [
    "--import",
    "tsx",
    join(import.meta.dirname, "../tests/store/sqlite-lock-holder.ts"),
    file,
    String(holdMs),
  ],
  { stdio: ["ignore", "pipe", "inherit"] },
);
await once(holder.stdout, "data");
// The gap between ticks, not perf_hooks' histogram: a loop blocked for the whole wait never samples at all.
let last = performance.now();
let maxGapMs = 0;
const ticker = setInterval(() => {
  const now = performance.now();
  maxGapMs = Math.max(maxGapMs, now - last);
  last = now;
}, 10);
const started = performance.now();
const outcome = await store.setMeta("lock-stall", "x").then(
  () => "written",
  (error: { code?: string }) => `failed (${error.code ?? error})`,
);
const waitedMs = Math.round(performance.now() - started);
maxGapMs = Math.max(maxGapMs, performance.now() - last);
clearInterval(ticker);
console.log(
  JSON.stringify({ holdMs, outcome, waitedMs, eventLoopMaxStallMs: Math.round(maxGapMs), srcRoot }),
);
if (holder.exitCode === null) await once(holder, "exit");
await store.close();
rmSync(dir, { recursive: true, force: true });
