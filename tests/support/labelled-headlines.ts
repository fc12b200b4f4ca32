/**
 * The labelled real headlines of ../shared/data/headlines-dev.jsonl (copied to tests/fixtures/headlines/),
 * for tests that need real item text.
 */
import { existsSync, readFileSync } from "node:fs";
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
}

/** Every labelled headline of one set in tests/fixtures/headlines (default: the shared development set). */
export function loadHeadlines(set = "headlines-dev"): LabelledHeadline[] {
  const candidates = [
    resolve(import.meta.dirname, `../fixtures/headlines/${set}.jsonl`),
    resolve(import.meta.dirname, `../../../shared/data/${set}.jsonl`),
  ];
  const file = candidates.find((candidate) => existsSync(candidate));
  if (!file) throw new Error(`no ${set}.jsonl in ${candidates.join(" or ")}`);
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as LabelledHeadline);
}
