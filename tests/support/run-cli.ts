/** Runs the real `tracewire` CLI (src/main.ts through tsx) in a child process and collects what it printed. */
import { type ChildProcess, spawn } from "node:child_process";
import { resolve } from "node:path";
import { watchPeakRss } from "./peak-rss.js";

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident memory of the process in MB (Linux /proc VmHWM, sampled). */
  peakRssMb: number;
}

const MAIN = resolve(import.meta.dirname, "../../src/main.ts");

/** Environment variables a test must not inherit from the developer's shell. */
const SCRUBBED = [
  "DATABASE_URL",
  "FEEDS_FILE",
  "WATCHLIST_FILE",
  "SLACK_BOT_TOKEN",
  "SLACK_SIGNING_SECRET",
  "SLACK_APP_TOKEN",
  "SLACK_API_URL",
  "DISCORD_TOKEN",
  "DISCORD_APPLICATION_ID",
  "DISCORD_API_URL",
  "DISCORD_PUBLIC_KEY",
  "TRACEWIRE_ALLOW_PRIVATE_HOSTS",
  "PORT",
];

export interface CliOptions {
  env?: Record<string, string>;
  input?: string;
  cwd?: string;
  timeoutMs?: number;
}

/** Spawns `tracewire ...args` and waits for it to end. */
export function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  return startCli(args, options).result;
}

/** Spawns `tracewire ...args` with the given environment (on top of a scrubbed copy of this one). */
export function startCli(
  args: string[],
  options: CliOptions = {},
): { child: ChildProcess; result: Promise<CliResult> } {
  const env: Record<string, string | undefined> = { ...process.env, LOG_LEVEL: "warn", NO_COLOR: "1" };
  for (const key of SCRUBBED) delete env[key];
  Object.assign(env, options.env);
  const child = spawn(process.execPath, ["--import", "tsx", MAIN, ...args], {
    env,
    cwd: options.cwd ?? process.cwd(),
    stdio: ["pipe", "pipe", "pipe"],
  });
  const result = new Promise<CliResult>((resolvePromise, reject) => {
    const rss = watchPeakRss(child.pid ?? 0);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 120_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr, peakRssMb: rss.stop() });
    });
    child.stdin.end(options.input ?? "");
  });
  return { child, result };
}
