/**
 * Runs the CLI as users run it: the compiled dist/src/main.js (built by `npm run build` when missing or when
 * asked), in a child process with a scrubbed environment, its peak RSS followed from /proc.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { watchPeakRss } from "../tests/support/peak-rss.js";

const ROOT = resolve(import.meta.dirname, "..");
export const MAIN_JS = resolve(ROOT, "dist/src/main.js");

/** Builds dist/ with `npm run build` (always when `fresh`, else only when it is missing). */
export function ensureBuilt(fresh: boolean): void {
  if (!fresh && existsSync(MAIN_JS)) return;
  try {
    execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "pipe" });
  } catch (error) {
    // tsc still emits when other files have type errors; only a missing entry point stops the bench.
    if (!existsSync(MAIN_JS)) throw error;
  }
}

export interface RunningCli {
  child: ChildProcess;
  /** Resolves with the exit code and peak RSS (MB) when the process ends. */
  done: Promise<{ code: number | null; peakRssMb: number; stderr: string; stdout: string }>;
  peakRssMb(): number;
}

/**
 * Spawns `node [...nodeArgs] dist/src/main.js ...args` with only the given variables on top of PATH and HOME
 * (nodeArgs: flags NODE_OPTIONS refuses, such as --cpu-prof).
 */
export function spawnTracewire(
  args: string[],
  env: Record<string, string>,
  nodeArgs: string[] = [],
  options: { captureStdout?: boolean } = {},
): RunningCli {
  const child = spawn(process.execPath, [...nodeArgs, MAIN_JS, ...args], {
    env: { PATH: process.env["PATH"] ?? "", HOME: process.env["HOME"] ?? "", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", options.captureStdout ? "pipe" : "ignore", "pipe"],
  });
  let stdout = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString("utf8");
  });
  const rss = watchPeakRss(child.pid ?? 0, 20);
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  let peak = 0;
  const done = new Promise<{ code: number | null; peakRssMb: number; stderr: string; stdout: string }>(
    (resolveDone) => {
      child.on("close", (code) => {
        peak = Math.max(peak, rss.stop());
        resolveDone({ code, peakRssMb: peak, stderr, stdout });
      });
    },
  );
  return {
    child,
    done,
    peakRssMb: () => {
      peak = Math.max(peak, rss.stop());
      return peak;
    },
  };
}

/** Polls `url` until it answers 200; resolves with Date.now() of that answer. */
export async function waitForOk(url: string, timeoutMs: number, everyMs = 5): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status === 200) return Date.now();
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const { createServer } = await import("node:net");
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}
