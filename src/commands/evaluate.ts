import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { classifyItem, languageOfInput } from "../classify/classify-item.js";
import { type EvaluationReport, evaluateClassifier, type LabelledExample } from "../classify/evaluate.js";
import { type CompiledWatchlist, EMPTY_WATCHLIST } from "../classify/watchlist/compile-watchlist.js";
import { UsageError } from "../errors.js";
import { readJsonLines } from "./read-json-lines.js";

const LABELS = new Set(["sea_trafficking", "trafficking_other_region", "hard_negative", "negative"]);

/** Reads one labelled .jsonl set; a bad line is an error naming file and line. */
export function readLabelledSet(path: string): LabelledExample[] {
  return readJsonLines(path, "a labelled set").map(({ row, where }) => {
    const r = row as Partial<LabelledExample> | null;
    if (!r || typeof r.title !== "string" || !LABELS.has(String(r.label))) {
      throw new UsageError(
        'expected a "title" string and a "label" of sea_trafficking, trafficking_other_region, hard_negative or negative',
        { where },
      );
    }
    return r as LabelledExample;
  });
}

function pct(x: number): string {
  return x.toFixed(3);
}

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
}

/**
 * Evaluates the classifier on every labelled set in a directory; one report per file name. `flag` names the
 * option the folder came from, for the message when it is missing.
 */
export function evaluateSets(
  fixtureDir: string,
  flag?: string,
  watchlist: CompiledWatchlist = EMPTY_WATCHLIST,
): Array<{ name: string; examples: LabelledExample[]; report: EvaluationReport }> {
  if (!existsSync(fixtureDir)) {
    throw new UsageError(`no such folder of labelled sets${flag ? ` (${flag})` : ""}`, {
      where: fixtureDir,
      hint: "give --dir a folder of labelled .jsonl files, or leave it out to use the sets shipped with tracewire",
    });
  }
  // The English sets sit at the top; each other language's sets in lang/ ("lang/vi-dev.jsonl").
  const files = readdirSync(fixtureDir, { recursive: true, encoding: "utf8" })
    .map((f) => f.split("\\").join("/"))
    .filter((f) => f.endsWith(".jsonl"))
    .sort();
  if (files.length === 0) {
    throw new UsageError("no labelled .jsonl sets found", {
      where: fixtureDir,
      hint: "give --dir a folder of labelled .jsonl files, or leave it out to use the sets shipped with tracewire",
    });
  }
  return files.map((f) => {
    const examples = readLabelledSet(join(fixtureDir, f));
    return {
      name: f.replace(/\.jsonl$/, ""),
      examples,
      report: evaluateClassifier(examples, (e) => classifyItem(e, watchlist)),
    };
  });
}

/** A held-out set is named "*-holdout*" (lang/vi-holdout) or "*holdout-N" (collected-holdout-1). */
function isHeldOut(name: string): boolean {
  return /holdout/.test(name);
}

/** One report per language over the given sets, in the order languages first appear. */
export function evaluateByLanguage(
  sets: ReadonlyArray<{ name: string; examples: readonly LabelledExample[] }>,
  watchlist: CompiledWatchlist = EMPTY_WATCHLIST,
): Array<{ language: string; report: EvaluationReport }> {
  const byLanguage = new Map<string, LabelledExample[]>();
  for (const set of sets) {
    for (const example of set.examples) {
      const language = typeof example.language === "string" ? example.language : languageOfInput(example);
      const list = byLanguage.get(language) ?? [];
      list.push(example);
      byLanguage.set(language, list);
    }
  }
  return [...byLanguage].map(([language, examples]) => ({
    language,
    report: evaluateClassifier(examples, (e) => classifyItem(e, watchlist)),
  }));
}

/** A header row and its underline. */
function heading(head: readonly string[], widths: readonly number[]): string[] {
  return [
    row(head, widths),
    row(
      head.map((h) => "-".repeat(h.length)),
      widths,
    ),
  ];
}

/** The relevance cells every table shows: n, precision, recall, F1, hard negatives marked relevant, SEA accuracy. */
function relevanceCells(report: EvaluationReport): string[] {
  const r = report.relevance;
  return [
    String(report.count),
    pct(r.precision),
    pct(r.recall),
    pct(r.f1),
    pct(r.hardNegativeFpr),
    pct(report.seaAccuracy),
  ];
}

function languageTable(
  title: string,
  results: Array<{ language: string; report: EvaluationReport }>,
): string[] {
  const widths = [10, 4, 9, 6, 5, 12, 7];
  const lines = [
    "",
    title,
    ...heading(["language", "n", "precision", "recall", "F1", "hard-neg FPR", "SEA acc"], widths),
  ];
  for (const { language, report } of results) lines.push(row([language, ...relevanceCells(report)], widths));
  return lines;
}

/**
 * `tracewire eval`: a printable table with, per labelled set, relevance precision/recall/F1, the share of
 * hard negatives marked relevant, SEA accuracy, topic and country micro-F1, then the keyword baseline
 * ("trafficking" anywhere) on the same sets.
 */
export function runEvaluation(
  fixtureDir: string,
  flag?: string,
  options: { heldOutMisses?: boolean; watchlist?: CompiledWatchlist } = {},
): string {
  const watchlist = options.watchlist ?? EMPTY_WATCHLIST;
  const results = evaluateSets(fixtureDir, flag, watchlist);
  const head = ["set", "n", "precision", "recall", "F1", "hard-neg FPR", "SEA acc", "topic F1", "country F1"];
  const nameWidth = Math.max(24, ...results.map((r) => r.name.length + 10));
  const widths = [nameWidth, 4, 9, 6, 5, 12, 7, 8, 10];
  const lines = heading(head, widths);
  for (const { name, report } of results) {
    lines.push(
      row([name, ...relevanceCells(report), pct(report.topicMicroF1), pct(report.countryMicroF1)], widths),
    );
  }
  for (const { name, report } of results) {
    const b = report.baseline;
    lines.push(
      row(
        [
          `${name} (keyword)`,
          String(report.count),
          pct(b.precision),
          pct(b.recall),
          pct(b.f1),
          pct(b.hardNegativeFpr),
          "-",
          "-",
          "-",
        ],
        widths,
      ),
    );
  }
  lines.push(...languageTable("by language, every set:", evaluateByLanguage(results, watchlist)));
  const heldOut = results.filter((r) => isHeldOut(r.name));
  if (heldOut.length > 0)
    lines.push(...languageTable("by language, held-out sets only:", evaluateByLanguage(heldOut, watchlist)));
  // A held-out set stays held out: its misses are listed only on request, so nobody tunes a lexicon on them.
  const listed = options.heldOutMisses ? results : results.filter((r) => !isHeldOut(r.name));
  const misses = listed.flatMap(({ name, report }) =>
    report.misses.map(
      (m) => `  ${name}: ${m.kind === "false_positive" ? "FP" : "FN"} ${m.title} — ${m.reason}`,
    ),
  );
  if (misses.length > 0) lines.push("", "misses:", ...misses);
  if (!options.heldOutMisses && heldOut.length > 0)
    lines.push(
      "",
      "(misses of held-out sets are not listed: --held-out-misses lists them, after which they are no longer held out)",
    );
  return `${lines.join("\n")}\n`;
}
