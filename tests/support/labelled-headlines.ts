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

const CANDIDATES = [
  resolve(import.meta.dirname, "../fixtures/headlines/headlines-dev.jsonl"),
  resolve(import.meta.dirname, "../../../shared/data/headlines-dev.jsonl"),
];

/** Every labelled headline of the development set. */
export function loadHeadlines(): LabelledHeadline[] {
  const file = CANDIDATES.find((candidate) => existsSync(candidate));
  if (!file) throw new Error(`no headlines-dev.jsonl in ${CANDIDATES.join(" or ")}`);
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as LabelledHeadline);
}
