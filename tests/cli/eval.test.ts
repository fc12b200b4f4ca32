/**
 * `tracewire eval` from anywhere (issue 14.9): the labelled sets are found beside the code, not in the current
 * directory, so the command works from a temp directory, from dist/ and in the Docker image.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { Command } from "commander";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PACKAGED_SETS, packagedSetsDir } from "../../src/cli/eval.js";
import { registerVerbs } from "../../src/cli/register-verbs.js";

const REPO = resolve(import.meta.dirname, "../..");
const MAIN = join(REPO, "src/main.ts");
// tsx by absolute URL: `--import tsx` would be looked up from the (temp) working directory.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

let elsewhere: string;
beforeAll(() => {
  elsewhere = mkdtempSync(join(tmpdir(), "tracewire-eval-cwd-"));
});
afterAll(() => {
  rmSync(elsewhere, { recursive: true, force: true });
});

function evalFrom(
  cwd: string,
  args: string[] = [],
): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, ["--import", TSX, MAIN, "eval", ...args], {
    cwd,
    env: { ...process.env, LOG_LEVEL: "warn", NO_COLOR: "1" },
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString("utf8");
  });
  child.stderr.on("data", (chunk: Buffer) => {
    err += chunk.toString("utf8");
  });
  return new Promise((done) => child.on("close", (code) => done({ code, out, err })));
}

describe("tracewire eval", () => {
  it("finds the shipped labelled sets when run from a directory outside the repository", async () => {
    const run = await evalFrom(elsewhere);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    for (const name of ["headlines-dev", "collected-dev", "collected-holdout-1", "collected-holdout-2"]) {
      expect(run.out).toMatch(new RegExp(`^${name}\\s+\\d+\\s+[01]\\.\\d{3}`, "m"));
    }
    // Watchlist tagging on the shipped entity set, with the shipped watchlist.
    expect(run.out).toMatch(/^watchlist tagging \(\d+ entries\):$/m);
    expect(run.out).toMatch(/^entities-holdout\s+\d+\s+[01]\.\d{3}\s+[01]\.\d{3}\s+0 of \d+$/m);
  });

  it("reads a --dir the operator names relative to the current directory, and a missing one is exit 2", async () => {
    const run = await evalFrom(elsewhere, ["--dir", "labelled"]);
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      `tracewire: ${join(elsewhere, "labelled")}: no such folder of labelled sets (--dir)\n` +
        "  hint: give --dir a folder of labelled .jsonl files, or leave it out to use the sets shipped with tracewire\n",
    );
  });

  it("has no --dir default relative to the current directory; its help names the shipped sets", () => {
    const program = new Command("tracewire");
    registerVerbs(program);
    const verb = program.commands.find((c) => c.name() === "eval")!;
    expect(verb.options.find((o) => o.long === "--dir")?.defaultValue).toBeUndefined();
    const help = verb.helpInformation().replace(/\s+/g, " ");
    expect(help).toContain("(default: the sets shipped with tracewire)");
    expect(help).not.toContain(PACKAGED_SETS);
  });

  it.each([
    ["src/cli/eval.ts", "under tsx"],
    ["dist/src/cli/eval.js", "built"],
  ])("looks for the sets at the package root from %s (%s)", (file) => {
    expect(packagedSetsDir(join(REPO, file))).toBe(join(REPO, PACKAGED_SETS));
  });
});
