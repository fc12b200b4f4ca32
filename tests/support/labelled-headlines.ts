/**
 * The labelled real headlines of tests/fixtures/headlines/ (see each set's .source.txt), for tests that need
 * real item text.
 */
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

export interface LabelledHeadline {
  title: string;
  summary?: string;
  outlet: string;
  url: string;
  date?: string;
  label: "sea_trafficking" | "trafficking_other_region" | "hard_negative" | "negative";
  topics?: string[];
  country_codes?: string[];
  /** The item's language; the English sets leave it out. */
  language?: string;
}

/** Every labelled headline of one set in tests/fixtures/headlines (default: the development set). */
export function loadHeadlines(set = "headlines-dev"): LabelledHeadline[] {
  return readFileSync(resolve(import.meta.dirname, `../fixtures/headlines/${set}.jsonl`), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as LabelledHeadline);
}

/** Every labelled headline of every set, English and the region's languages (tests/fixtures/headlines/lang/). */
export function loadAllHeadlines(): LabelledHeadline[] {
  const root = resolve(import.meta.dirname, "../fixtures/headlines");
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".jsonl"));
  return files.sort().flatMap((file) =>
    readFileSync(resolve(root, file), "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as LabelledHeadline),
  );
}
