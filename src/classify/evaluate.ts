import type { Classification, ClassifyInput, Topic } from "../model/classification.js";

/** Labels used in tests/fixtures/headlines (see shared/data/README.md). */
export type HeadlineLabel = "sea_trafficking" | "trafficking_other_region" | "hard_negative" | "negative";

/** One labelled real headline. */
export interface LabelledExample extends ClassifyInput {
  label: HeadlineLabel;
  topics?: Topic[] | null;
  country_codes?: string[] | null;
}

/** Relevance figures for one classifier over one set. */
export interface RelevanceFigures {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of hard negatives marked relevant; 0 when the set has none. */
  hardNegativeFpr: number;
}

/** An item the classifier got wrong on relevance. */
export interface Miss {
  kind: "false_positive" | "false_negative";
  title: string;
  label: HeadlineLabel;
  reason: string;
}

/** Everything `tracewire eval` prints for one set. */
export interface EvaluationReport {
  count: number;
  relevance: RelevanceFigures;
  /** On items labelled relevant: share whose `sea` matches the label. */
  seaAccuracy: number;
  topicMicroF1: number;
  countryMicroF1: number;
  /** The keyword baseline: "trafficking" anywhere in title + summary. */
  baseline: RelevanceFigures;
  misses: Miss[];
}

const KEYWORD = /trafficking/i;

function ratio(num: number, den: number): number {
  return den === 0 ? 0 : num / den;
}

function harmonic(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Whether a label means "relevant" (human trafficking, anywhere). */
export function isRelevantLabel(label: HeadlineLabel): boolean {
  return label === "sea_trafficking" || label === "trafficking_other_region";
}

/** The keyword baseline a Google-Alerts user gets: "trafficking" anywhere in title or summary. */
export function keywordBaseline(input: ClassifyInput): boolean {
  return KEYWORD.test(`${input.title ?? ""} ${input.summary ?? ""}`);
}

interface Counter {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  hardNeg: number;
  hardNegHit: number;
}

function figures(c: Counter): RelevanceFigures {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  return {
    tp: c.tp,
    fp: c.fp,
    fn: c.fn,
    tn: c.tn,
    precision,
    recall,
    f1: harmonic(precision, recall),
    hardNegativeFpr: ratio(c.hardNegHit, c.hardNeg),
  };
}

function count(c: Counter, predicted: boolean, gold: boolean, hardNegative: boolean): void {
  if (predicted && gold) c.tp++;
  else if (predicted) c.fp++;
  else if (gold) c.fn++;
  else c.tn++;
  if (hardNegative) {
    c.hardNeg++;
    if (predicted) c.hardNegHit++;
  }
}

function setOverlap(
  predicted: readonly string[],
  gold: readonly string[],
  into: { tp: number; fp: number; fn: number },
) {
  const g = new Set(gold);
  const p = new Set(predicted);
  for (const x of p) {
    if (g.has(x)) into.tp++;
    else into.fp++;
  }
  for (const x of g) if (!p.has(x)) into.fn++;
}

function microF1(c: { tp: number; fp: number; fn: number }): number {
  return harmonic(ratio(c.tp, c.tp + c.fp), ratio(c.tp, c.tp + c.fn));
}

/**
 * Scores a classifier on labelled examples: relevance P/R/F1, hard-negative false-positive rate, SEA
 * accuracy, topic and country micro-F1 (on items labelled relevant that carry those labels), and the
 * keyword baseline's relevance figures. Pure: the classifier is passed in.
 */
export function evaluateClassifier(
  examples: readonly LabelledExample[],
  classify: (input: ClassifyInput) => Classification,
): EvaluationReport {
  const ours: Counter = { tp: 0, fp: 0, fn: 0, tn: 0, hardNeg: 0, hardNegHit: 0 };
  const base: Counter = { tp: 0, fp: 0, fn: 0, tn: 0, hardNeg: 0, hardNegHit: 0 };
  const topics = { tp: 0, fp: 0, fn: 0 };
  const countries = { tp: 0, fp: 0, fn: 0 };
  let seaRight = 0;
  let seaTotal = 0;
  const misses: Miss[] = [];
  for (const ex of examples) {
    const gold = isRelevantLabel(ex.label);
    const hard = ex.label === "hard_negative";
    const verdict = classify(ex);
    count(ours, verdict.relevant, gold, hard);
    count(base, keywordBaseline(ex), gold, hard);
    if (verdict.relevant !== gold) {
      misses.push({
        kind: gold ? "false_negative" : "false_positive",
        title: ex.title,
        label: ex.label,
        reason: verdict.reasons[0] ?? "",
      });
    }
    if (!gold) continue;
    seaTotal++;
    if (verdict.sea === (ex.label === "sea_trafficking")) seaRight++;
    if (Array.isArray(ex.topics)) setOverlap(verdict.topics, ex.topics, topics);
    if (Array.isArray(ex.country_codes)) setOverlap(verdict.countries, ex.country_codes, countries);
  }
  return {
    count: examples.length,
    relevance: figures(ours),
    seaAccuracy: ratio(seaRight, seaTotal),
    topicMicroF1: microF1(topics),
    countryMicroF1: microF1(countries),
    baseline: figures(base),
    misses,
  };
}
