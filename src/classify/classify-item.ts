/**
 * The classify stage. Takes a normalised item (title, summary, outlet, url, language) and returns a
 * Classification: relevant, sea, topics, countries, urgency, score and the reasons that decided them.
 * Pure: no I/O, no clock, lexicons compiled once at module load. Never throws on any string input.
 */
import type { Classification, ClassifyInput } from "../model/classification.js";
import { findCountries, PLACE_WORDS } from "./countries.js";
import { detectLanguage } from "./detect-language.js";
import { RELEVANCE_THRESHOLD, scoreRelevance } from "./relevance.js";
import { tokenizeText } from "./tokenize-text.js";
import { pickTopics } from "./topics.js";
import { rateUrgency } from "./urgency.js";

/** Bump when rules or lexicons change, so `tracewire reclassify` knows what is stale. */
export const CLASSIFIER_VERSION = "1.0.0";

// Long bodies add nothing a headline and lead do not say, and would slow the stage down.
const MAX_TITLE = 1_000;
const MAX_SUMMARY = 3_000;

function text(value: unknown, max: number): string {
  if (typeof value !== "string") return "";
  return value.length > max ? value.slice(0, max) : value;
}

function quote(phrases: readonly string[]): string {
  return phrases.map((p) => `'${p}'`).join(" + ");
}

function isEnglishTag(language: unknown): boolean {
  if (typeof language !== "string" || language.trim() === "") return true;
  return /^en\b/i.test(language.trim());
}

/** Classifies one item: relevance, Southeast Asia, topics, countries, urgency, with reasons. */
export function classifyItem(input: ClassifyInput): Classification {
  const title = text(input?.title, MAX_TITLE);
  const summary = text(input?.summary, MAX_SUMMARY);
  const { tokens, summaryStart } = tokenizeText(title, summary);
  const places = findCountries(tokens, summaryStart, title, summary);
  const relevance = scoreRelevance(tokens, PLACE_WORDS, places.sea);
  const guess = detectLanguage(title.length > 0 ? title : summary, tokens);
  const foreign = guess === "other" || !isEnglishTag(input?.language);
  const reasons: string[] = [];
  const relevant = relevance.relevant;

  if (relevant) {
    let near = "";
    if (relevance.cueAt >= 0 && places.placeAt.length > 0) {
      let closest = places.placeAt[0]!;
      for (const p of places.placeAt) {
        if (Math.abs(p.start - relevance.cueAt) < Math.abs(closest.start - relevance.cueAt)) closest = p;
      }
      near = ` near '${closest.phrase}'`;
    } else if (places.seaPlace) {
      near = ` near '${places.seaPlace}'`;
    }
    const where = places.countries.length > 0 ? `, ${places.countries.slice(0, 4).join(" ")}` : "";
    reasons.push(`${quote(relevance.cues.slice(0, 3))}${near} → relevant${where}`);
  } else if (foreign) {
    reasons.push("language not supported");
  } else if (relevance.discounted) {
    const context = relevance.lookalikes.length > 0 ? ` with ${quote(relevance.lookalikes.slice(0, 2))}` : "";
    reasons.push(`'${relevance.discounted}'${context} (${relevance.discount}) → not relevant`);
  } else if (relevance.cues.length > 0) {
    const why = relevance.discount ? ` (${relevance.discount})` : "";
    reasons.push(
      `${quote(relevance.cues.slice(0, 3))} below threshold ${relevance.raw} < ${RELEVANCE_THRESHOLD}${why} → not relevant`,
    );
  } else if (relevance.lookalikes.some((p) => /traffic|smuggl|scam|fraud|slave/.test(p))) {
    reasons.push(`${quote(relevance.lookalikes.slice(0, 2))} only → not relevant`);
  } else {
    reasons.push("no trafficking or scam-compound terms → not relevant");
  }

  const sea = places.sea;
  if (relevant)
    reasons.push(sea ? `'${places.seaPlace}' → Southeast Asia` : "no Southeast Asian place → sea: false");

  const topicFinding = pickTopics(tokens, relevant);
  if (topicFinding.topics.length > 0) {
    const parts = topicFinding.topics.slice(0, 4).map((t) => `'${topicFinding.cues.get(t)}' → ${t}`);
    reasons.push(parts.join(", "));
  }
  const urgency = rateUrgency(tokens, summaryStart, title);
  if (urgency.cue) reasons.push(`'${urgency.cue}' → ${urgency.urgency}`);

  return {
    relevant,
    sea,
    topics: topicFinding.topics,
    countries: places.countries,
    urgency: urgency.urgency,
    score: relevance.score,
    reasons,
    version: CLASSIFIER_VERSION,
  };
}
