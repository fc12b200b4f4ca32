import type { Urgency } from "../model/classification.js";
import { URGENCY_TERMS } from "./lexicon/urgency-terms.js";
import { buildTermTrie, matchTerms } from "./term-trie.js";

const TRIE = buildTermTrie<"breaking" | "background">(URGENCY_TERMS);

/** Urgency with the phrase that set it, or null when nothing did. */
export interface UrgencyFinding {
  urgency: Urgency;
  cue: string | null;
}

/**
 * Rates urgency: a title that opens like an explainer ("How…", "Why…", "Analysis:") or asks a question is
 * background; else a breaking cue in the title wins; else a background cue anywhere; else a breaking cue in
 * the summary; else normal.
 */
export function rateUrgency(tokens: readonly string[], summaryStart: number, title: string): UrgencyFinding {
  const marks = matchTerms(TRIE, tokens).map((m) => ({
    kind: m.payloads[0] as "breaking" | "background",
    opening: m.start === 0,
    inTitle: m.start < summaryStart,
    cue: m.phrase,
  }));
  const found = urgencyFromCues(marks, title);
  return { urgency: found.urgency, cue: found.cue === null ? null : found.question ? "?" : found.cue };
}

/** An urgency cue found in an item, wherever it was found and however it is quoted. */
export interface UrgencyMark<C> {
  kind: "breaking" | "background";
  /** The cue opens the title ("How…", "Analysis:"). */
  opening: boolean;
  inTitle: boolean;
  cue: C;
}

/**
 * The rule every language shares: a title that opens like an explainer or asks a question is background; else
 * a breaking cue in the title wins; else a background cue anywhere; else a breaking cue in the summary.
 */
export function urgencyFromCues<C>(
  marks: readonly UrgencyMark<C>[],
  title: string,
): { urgency: Urgency; cue: C | null; question: boolean } {
  let titleBreaking: C | null = null;
  let background: C | null = null;
  let summaryBreaking: C | null = null;
  let opening: C | null = null;
  for (const m of marks) {
    if (m.opening && m.kind === "background") opening = m.cue;
    if (m.kind === "breaking") {
      if (m.inTitle) titleBreaking ??= m.cue;
      else summaryBreaking ??= m.cue;
    } else if (m.inTitle || background === null) {
      background ??= m.cue;
    }
  }
  if (opening !== null) return { urgency: "background", cue: opening, question: false };
  if (/[?？]\s*$/.test(title)) return { urgency: "background", cue: null, question: true };
  if (titleBreaking !== null) return { urgency: "breaking", cue: titleBreaking, question: false };
  if (background !== null) return { urgency: "background", cue: background, question: false };
  if (summaryBreaking !== null) return { urgency: "breaking", cue: summaryBreaking, question: false };
  return { urgency: "normal", cue: null, question: false };
}
