import { describe, expect, it } from "vitest";
import { evaluateClassifier, keywordBaseline, type LabelledExample } from "../../src/classify/evaluate.js";
import type { Classification, ClassifyInput } from "../../src/model/classification.js";

// A stand-in classifier with known answers, so the figures can be checked by hand.
function verdict(relevant: boolean, extra: Partial<Classification> = {}): Classification {
  return {
    relevant,
    sea: false,
    topics: [],
    countries: [],
    urgency: "normal",
    score: relevant ? 1 : 0,
    reasons: [relevant ? "yes" : "no"],
    entities: [],
    version: "test",
    ...extra,
  };
}

const examples: LabelledExample[] = [
  { title: "a trafficking", label: "sea_trafficking", topics: ["scam_compounds"], country_codes: ["KH"] },
  { title: "b", label: "sea_trafficking", topics: ["forced_labour"], country_codes: ["MM", "TH"] },
  { title: "c", label: "trafficking_other_region", country_codes: ["RO"] },
  { title: "d drug trafficking", label: "hard_negative" },
  { title: "e", label: "hard_negative" },
  { title: "f", label: "negative" },
];

const answers: Record<string, Classification> = {
  "a trafficking": verdict(true, {
    sea: true,
    topics: ["scam_compounds", "law_enforcement"],
    countries: ["KH"],
  }),
  b: verdict(true, { sea: false, topics: ["forced_labour"], countries: ["MM"] }),
  c: verdict(false, { countries: ["RO"] }),
  "d drug trafficking": verdict(true),
  e: verdict(false),
  f: verdict(false),
};

const classify = (input: ClassifyInput): Classification => answers[input.title] ?? verdict(false);

describe("evaluateClassifier", () => {
  const report = evaluateClassifier(examples, classify);

  it("computes relevance precision, recall and F1 from the labels", () => {
    expect(report.relevance).toMatchObject({ tp: 2, fp: 1, fn: 1, tn: 2 });
    expect(report.relevance.precision).toBeCloseTo(2 / 3);
    expect(report.relevance.recall).toBeCloseTo(2 / 3);
    expect(report.relevance.f1).toBeCloseTo(2 / 3);
  });

  it("reports the share of hard negatives marked relevant", () => {
    expect(report.relevance.hardNegativeFpr).toBeCloseTo(0.5);
  });

  it("measures SEA accuracy on items labelled relevant", () => {
    // a: sea true = label sea ✓; b: sea false ≠ label sea ✗; c: sea false = other region ✓
    expect(report.seaAccuracy).toBeCloseTo(2 / 3);
  });

  it("computes topic and country micro-F1 over relevant items that carry those labels", () => {
    // topics: tp 2 (scam_compounds, forced_labour), fp 1 (law_enforcement), fn 0
    expect(report.topicMicroF1).toBeCloseTo((2 * (2 / 3) * 1) / (2 / 3 + 1));
    // countries: tp 3 (KH, MM, RO), fp 0, fn 1 (TH)
    expect(report.countryMicroF1).toBeCloseTo((2 * 1 * 0.75) / 1.75);
  });

  it("scores the keyword baseline on the same items", () => {
    expect(report.baseline).toMatchObject({ tp: 1, fp: 1, fn: 2, tn: 2 });
    expect(report.baseline.hardNegativeFpr).toBeCloseTo(0.5);
  });

  it("lists what it got wrong with the classifier's first reason", () => {
    expect(report.misses).toEqual([
      { kind: "false_negative", title: "c", label: "trafficking_other_region", reason: "no" },
      { kind: "false_positive", title: "d drug trafficking", label: "hard_negative", reason: "yes" },
    ]);
  });

  it("returns zeros rather than NaN on an empty set", () => {
    const empty = evaluateClassifier([], classify);
    expect(empty.relevance.f1).toBe(0);
    expect(empty.seaAccuracy).toBe(0);
    expect(empty.baseline.hardNegativeFpr).toBe(0);
  });
});

describe("keywordBaseline", () => {
  it.each([
    [{ title: "Drug trafficking case" }, true],
    [{ title: "Scam compound raid", summary: "Victims of human TRAFFICKING freed" }, true],
    [{ title: "Trafficked teens tell of torture" }, false],
  ])("flags items with 'trafficking' anywhere in title or summary: %o", (input, expected) => {
    expect(keywordBaseline(input)).toBe(expected);
  });
});
