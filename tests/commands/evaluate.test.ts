import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readLabelledSet, runEvaluation } from "../../src/commands/evaluate.js";

const FIXTURES = join(import.meta.dirname, "../fixtures/headlines");
const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "tracewire-eval-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("runEvaluation", () => {
  it("prints one row per labelled set and one keyword-baseline row per set", () => {
    const table = runEvaluation(FIXTURES);
    const lines = table.split("\n");
    expect(lines[0]).toMatch(
      /^set\s+n\s+precision\s+recall\s+F1\s+hard-neg FPR\s+SEA acc\s+topic F1\s+country F1$/,
    );
    for (const name of ["headlines-dev", "collected-dev", "collected-holdout-1", "collected-holdout-2"]) {
      expect(lines.some((l) => new RegExp(`^${name}\\s+\\d+\\s+[01]\\.\\d{3}`).test(l))).toBe(true);
      expect(lines.some((l) => l.startsWith(`${name} (keyword)`))).toBe(true);
    }
  });

  it("prints figures computed from a small set", () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "tiny.jsonl"),
      [
        JSON.stringify({
          title: "Trafficked workers freed from scam compound in Myawaddy",
          label: "sea_trafficking",
        }),
        JSON.stringify({ title: "Singapore executes man for drug trafficking", label: "hard_negative" }),
      ].join("\n"),
    );
    const table = runEvaluation(dir);
    expect(table).toMatch(/^tiny\s+2\s+1\.000\s+1\.000\s+1\.000\s+0\.000\s+1\.000/m);
    expect(table).toMatch(/^tiny \(keyword\)\s+2\s+0\.000\s+0\.000\s+0\.000\s+1\.000/m);
  });

  it("names the file and line of a bad labelled line", () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "bad.jsonl"),
      '{"title": "ok", "label": "negative"}\n{"title": "x", "label": "maybe"}\n',
    );
    expect(() => readLabelledSet(join(dir, "bad.jsonl"))).toThrow(/label/);
    expect(() => runEvaluation(dir)).toThrow(
      expect.objectContaining({ where: `${join(dir, "bad.jsonl")}:2`, code: "USAGE" }),
    );
  });

  it("says so when the directory holds no labelled sets", () => {
    expect(() => runEvaluation(tempDir())).toThrow(/no labelled \.jsonl sets found/);
  });
});
