/** Runs the real `tracewire` CLI (src/main.ts through tsx) in a child process and collects what it printed. */
import { spawn } from "node:child_process";
import { resolve } from "node:path";

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const MAIN = resolve(import.meta.dirname, "../../src/main.ts");

/** Environment variables a test must not inherit from the developer's shell. */
const SCRUBBED = [
  "DATABASE_URL",
  "FEEDS_FILE",
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

/** Spawns `tracewire ...args` with the given environment (on top of a scrubbed copy of this one). */
export function runCli(
  args: string[],
  options: { env?: Record<string, string>; input?: string; cwd?: string; timeoutMs?: number } = {},
): Promise<CliResult> {
  const env: Record<string, string | undefined> = { ...process.env, LOG_LEVEL: "warn", NO_COLOR: "1" };
  for (const key of SCRUBBED) delete env[key];
  Object.assign(env, options.env);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", MAIN, ...args], {
      env,
      cwd: options.cwd ?? process.cwd(),
      stdio: ["pipe", "pipe", "pipe"],
    });
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
      resolvePromise({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? "");
  });
}
