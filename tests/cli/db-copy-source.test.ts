/**
 * `tracewire db copy` with a mistyped source (issue 14.9): exit 2, a message naming --from, and nothing created —
 * neither the misspelt source nor the destination.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "tracewire-db-copy-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("tracewire db copy --from a store that is not there", () => {
  it("exits 2 naming --from, and creates no file", async () => {
    const typo = join(dir, "tracewire.bd");
    const out = await runCli([
      "db",
      "copy",
      "--from",
      `sqlite:${typo}`,
      "--to",
      `sqlite:${join(dir, "copy.db")}`,
    ]);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toBe(
      `tracewire: --from: no SQLite database at ${typo}\n` +
        "  hint: db copy reads an existing store and never creates one; check the path (the default archive is sqlite:./data/tracewire.db)\n",
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    ["--from", (d: string) => ["--from", "mysql://db/archive", "--to", `sqlite:${join(d, "copy.db")}`]],
    ["--to", (d: string) => ["--from", `sqlite:${join(d, "archive.db")}`, "--to", "mongodb://db/archive"]],
  ])("exits 2 naming %s when an address is not a store URL", async (flag, args) => {
    const out = await runCli(["db", "copy", ...args(dir)]);
    expect(out.code).toBe(2);
    expect(out.stderr.split("\n")[0]).toMatch(
      new RegExp(`^tracewire: ${flag}: expected sqlite:PATH, .* got a (mysql|mongodb): URL$`),
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});
