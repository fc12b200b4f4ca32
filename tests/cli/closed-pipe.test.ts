/**
 * A closed stdout (issue 14.3): `tracewire search scam | head -1` and the like end quietly with exit 0, no stack
 * trace, whatever the verb, and a poll whose reader went away still finishes its work: the next run finds
 * nothing left claimed by a crashed process.
 */
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OutletWorld, startOutletWorld } from "../support/outlet-world.js";
import { type CliResult, runCli, startCli } from "../support/run-cli.js";

const REPO = resolve(import.meta.dirname, "../..");
const MAIN = resolve(REPO, "src/main.ts");

let world: OutletWorld;
let subscriptionId: string;

beforeAll(async () => {
  world = await startOutletWorld();
  const subscribe = await runCli(["subscribe", "console", "--mode", "alert", "--scope", "all"], {
    env: world.env,
  });
  expect(subscribe.code).toBe(0);
  subscriptionId = subscribe.stdout.trim();
});

afterAll(async () => {
  await world.close();
});

/** Runs the CLI with a stdout whose reader has already gone away, so every write meets EPIPE. */
function runIntoClosedPipe(args: string[]): Promise<CliResult> {
  const { child, result } = startCli(args, { env: world.env });
  child.stdout?.destroy();
  return result;
}

describe("a closed stdout", () => {
  it("ends a poll quietly with exit 0, and the poll still finishes: nothing is left claimed", async () => {
    const poll = await runIntoClosedPipe(["poll"]);
    expect(poll.code).toBe(0);
    // At most one word on stderr: the console delivery whose write met the closed pipe (retried next run).
    for (const line of poll.stderr.split("\n").filter(Boolean))
      expect(line).toMatch(/"msg":"console: write EPIPE"/);
    expect(poll.stderr).not.toMatch(/at .*\.ts:\d+|unexpected/);
    const again = await runCli(["poll"], { env: world.env });
    expect(again.code).toBe(0);
    expect(`${again.stdout}${again.stderr}`).not.toMatch(/crash|claimed/i);
    const search = await runCli(["search", "scam", "--limit", "1"], { env: world.env });
    expect(search.stdout.trim()).not.toBe("");
  });

  it.each([
    [["search", "scam"]],
    [["export"]],
    [["export", "--format", "md"]],
    [["feeds"]],
    [["feeds", "export", "--opml"]],
    [["subscriptions"]],
  ])("ends `tracewire %s` quietly with exit 0", async (args) => {
    const out = await runIntoClosedPipe(args);
    expect(out.stderr).toBe("");
    expect(out.code).toBe(0);
  });

  it("ends `tracewire preview ID` quietly with exit 0", async () => {
    const out = await runIntoClosedPipe(["preview", subscriptionId]);
    expect(out.stderr).toBe("");
    expect(out.code).toBe(0);
  });

  it("`tracewire export | <reader of one line>` prints that line and the pipeline exits 0 under pipefail", async () => {
    const full = await runCli(["export"], { env: world.env });
    // More than a pipe holds (64 KiB on Linux), so export is still writing when the reader goes away; bash's
    // `read` takes the pipe byte by byte up to the first newline and no further.
    expect(full.stdout.length).toBeGreaterThan(66 * 1024);
    const reader = `{ IFS= read -r line; printf '%s\\n' "$line"; }`;
    const command = `set -o pipefail; "${process.execPath}" --import tsx "${MAIN}" export | ${reader}`;
    const shell = spawn("bash", ["-c", command], {
      cwd: REPO,
      env: { ...process.env, ...world.env, LOG_LEVEL: "warn", NO_COLOR: "1" },
    });
    let stdout = "";
    let stderr = "";
    shell.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    shell.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    const code = await new Promise<number | null>((done) => shell.on("close", done));
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout.split("\n").filter(Boolean)).toEqual([full.stdout.split("\n")[0]]);
  });
});
