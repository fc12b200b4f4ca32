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
  let titleBreaking: string | null = null;
  let background: string | null = null;
  let summaryBreaking: string | null = null;
  let opening: string | null = null;
  for (const m of matchTerms(TRIE, tokens)) {
    if (m.start === 0 && m.payloads[0] === "background") opening = m.phrase;
    const kind = m.payloads[0];
    const inTitle = m.start < summaryStart;
    if (kind === "breaking") {
      if (inTitle) titleBreaking ??= m.phrase;
      else summaryBreaking ??= m.phrase;
    } else if (inTitle || background === null) {
      background ??= m.phrase;
    }
  }
  if (opening) return { urgency: "background", cue: opening };
  if (title.trimEnd().endsWith("?")) return { urgency: "background", cue: "?" };
  if (titleBreaking) return { urgency: "breaking", cue: titleBreaking };
  if (background) return { urgency: "background", cue: background };
  if (summaryBreaking) return { urgency: "breaking", cue: summaryBreaking };
  return { urgency: "normal", cue: null };
}
