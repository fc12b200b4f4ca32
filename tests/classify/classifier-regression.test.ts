import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { classifyItem } from "../../src/classify/classify-item.js";
import { evaluateClassifier } from "../../src/classify/evaluate.js";
import { readLabelledSet } from "../../src/commands/evaluate.js";

const DIR = join(import.meta.dirname, "../fixtures/headlines");

// Floors: the figures reached when this test was written, minus a small margin. A rule change that drops a
// set below its floor is a regression; raise a floor when the classifier improves.
const FLOORS: Record<
  string,
  { f1: number; hardNegFpr: number; sea: number; country: number; topic: number }
> = {
  "headlines-dev": { f1: 0.97, hardNegFpr: 0.03, sea: 0.92, country: 0.74, topic: 0.72 },
  "collected-dev": { f1: 0.95, hardNegFpr: 0.03, sea: 0.94, country: 0.86, topic: 0.79 },
  "collected-holdout-1": { f1: 0.97, hardNegFpr: 0.03, sea: 0.94, country: 0.92, topic: 0.62 },
  "collected-holdout-2": { f1: 0.97, hardNegFpr: 0.03, sea: 0.95, country: 0.9, topic: 0.71 },
  "en-holdout-3": { f1: 0.93, hardNegFpr: 0.03, sea: 0.95, country: 0.8, topic: 0.7 },
};

const sets = readdirSync(DIR)
  .filter((f) => f.endsWith(".jsonl"))
  .map((f) => f.replace(/\.jsonl$/, ""));

describe("classifier on the labelled real headlines", () => {
  it("has a floor for every labelled set in the fixtures", () => {
    expect(sets.sort()).toEqual(Object.keys(FLOORS).sort());
  });

  it.each(sets)("%s stays at or above its floors", (name) => {
    const report = evaluateClassifier(readLabelledSet(join(DIR, `${name}.jsonl`)), classifyItem);
    const floor = FLOORS[name]!;
    expect(report.relevance.f1).toBeGreaterThanOrEqual(floor.f1);
    expect(report.relevance.hardNegativeFpr).toBeLessThanOrEqual(floor.hardNegFpr);
    expect(report.seaAccuracy).toBeGreaterThanOrEqual(floor.sea);
    expect(report.countryMicroF1).toBeGreaterThanOrEqual(floor.country);
    expect(report.topicMicroF1).toBeGreaterThanOrEqual(floor.topic);
  });

  it.each(sets)("%s: beats the keyword baseline on relevance F1", (name) => {
    const report = evaluateClassifier(readLabelledSet(join(DIR, `${name}.jsonl`)), classifyItem);
    expect(report.relevance.f1).toBeGreaterThan(report.baseline.f1);
  });
});

// The region's languages (tests/fixtures/headlines/lang/): relevance F1 when this was written, less a margin,
// and never more than 5% of hard negatives marked relevant (issue 16). A set with no relevant item has no F1.
const LANG_DIR = join(DIR, "lang");
const LANG_F1_FLOORS: Record<string, number> = {
  "id-dev": 0.9,
  "id-holdout": 0.92,
  "ja-dev": 0.95,
  "ja-holdout": 0.9,
  "km-dev": 0.95,
  "km-dev-2": 0.95,
  "km-holdout": 0.7,
  "ko-dev": 0.95,
  "ko-dev-2": 0.9,
  "ko-dev-3": 0.95,
  "ko-holdout": 0.95,
  "lo-dev": 0.95,
  "lo-dev-2": 0.88,
  "lo-holdout": 0.9,
  "ms-dev": 0.9,
  "ms-dev-2": 0.95,
  "ms-dev-3": 0.95,
  "ms-holdout": 0.75,
  "my-dev": 0.9,
  "my-holdout": 0.95,
  "th-dev": 0.93,
  "th-dev-2": 0.95,
  "th-holdout": 0.95,
  "tl-dev": 0.95,
  "tl-holdout": 0.95,
  "vi-dev": 0.95,
  "vi-dev-2": 0.95,
  "vi-holdout": 0.9,
  "zh-dev": 0.92,
  "zh-holdout": 0.92,
};

const langSets = readdirSync(LANG_DIR)
  .filter((f) => f.endsWith(".jsonl"))
  .map((f) => f.replace(/\.jsonl$/, ""));

describe("classifier on the labelled real headlines of the region's languages", () => {
  it("has a floor for every labelled set in the fixtures", () => {
    expect(langSets.sort()).toEqual(Object.keys(LANG_F1_FLOORS).sort());
  });

  it.each(langSets)(
    "%s stays at or above its F1 floor with at most 5%% of hard negatives marked relevant",
    (name) => {
      const report = evaluateClassifier(readLabelledSet(join(LANG_DIR, `${name}.jsonl`)), classifyItem);
      expect(report.relevance.f1).toBeGreaterThanOrEqual(LANG_F1_FLOORS[name]!);
      expect(report.relevance.hardNegativeFpr).toBeLessThanOrEqual(0.05);
    },
  );
});
