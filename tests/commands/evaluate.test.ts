import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { classifyItem } from "../../src/classify/classify-item.js";
import { evaluateClassifier } from "../../src/classify/evaluate.js";
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

/** The rows of one "by language" section, from its title to the blank line after it. */
function section(table: string, title: string): string[] {
  const lines = table.split("\n");
  const start = lines.indexOf(title);
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && l.trim() === "");
  return lines.slice(start + 3, end < 0 ? undefined : end);
}

describe("runEvaluation by language", () => {
  // Two real sets copied whole: Thai development headlines as a development set, Korean development-2
  // headlines standing in for a held-out set (the name says which is which).
  function folder(): string {
    const dir = tempDir();
    writeFileSync(join(dir, "th-dev.jsonl"), readFileSync(join(FIXTURES, "lang/th-dev.jsonl")));
    writeFileSync(join(dir, "ko-x-holdout.jsonl"), readFileSync(join(FIXTURES, "lang/ko-dev-2.jsonl")));
    return dir;
  }

  function figures(set: string): string {
    const r = evaluateClassifier(
      readLabelledSet(join(FIXTURES, `lang/${set}.jsonl`)),
      classifyItem,
    ).relevance;
    return [r.precision, r.recall, r.f1, r.hardNegativeFpr].map((x) => x.toFixed(3)).join("\\s+");
  }

  it("prints a row per language present, over every set and over held-out sets only", () => {
    const table = runEvaluation(folder());
    const every = section(table, "by language, every set:");
    expect(every.map((l) => l.split(/\s+/)[0]).sort()).toEqual(["ko", "th"]);
    expect(every.find((l) => l.startsWith("th"))).toMatch(
      new RegExp(`^th\\s+\\d+\\s+${figures("th-dev")}\\s`),
    );
    expect(every.find((l) => l.startsWith("ko"))).toMatch(
      new RegExp(`^ko\\s+\\d+\\s+${figures("ko-dev-2")}\\s`),
    );
    const heldOut = section(table, "by language, held-out sets only:");
    expect(heldOut.map((l) => l.split(/\s+/)[0])).toEqual(["ko"]);
  });

  it("lists the misses of development sets but not of held-out sets unless asked", () => {
    const dir = folder();
    const misses = (set: string) =>
      evaluateClassifier(readLabelledSet(join(FIXTURES, `lang/${set}.jsonl`)), classifyItem).misses;
    // Both sets have items the classifier gets wrong today; when a pack gets all of one right, pick another set.
    expect(misses("th-dev").length).toBeGreaterThan(0);
    expect(misses("ko-dev-2").length).toBeGreaterThan(0);
    const table = runEvaluation(dir);
    for (const m of misses("th-dev"))
      expect(table).toContain(`th-dev: ${m.kind === "false_positive" ? "FP" : "FN"} ${m.title} — `);
    for (const m of misses("ko-dev-2")) expect(table).not.toContain(m.title);
    expect(table).toContain("(misses of held-out sets are not listed: --held-out-misses lists them");

    const asked = runEvaluation(dir, undefined, { heldOutMisses: true });
    for (const m of misses("ko-dev-2"))
      expect(asked).toContain(`ko-x-holdout: ${m.kind === "false_positive" ? "FP" : "FN"} ${m.title} — `);
    expect(asked).not.toContain("misses of held-out sets are not listed");
  });

  it("has no held-out section when no set is held out", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "th-dev.jsonl"), readFileSync(join(FIXTURES, "lang/th-dev.jsonl")));
    const table = runEvaluation(dir);
    expect(section(table, "by language, every set:").map((l) => l.split(/\s+/)[0])).toEqual(["th"]);
    expect(table).not.toContain("held-out sets only");
    expect(table).not.toContain("misses of held-out sets");
  });
});
