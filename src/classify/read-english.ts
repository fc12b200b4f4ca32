/** Reads an English item: word tokens, the English lexicons, places by gazetteer and acronym. */
import type { Topic } from "../model/classification.js";
import { findCountries, PLACE_WORDS } from "./countries.js";
import type { Findings } from "./findings.js";
import type { Cue } from "./relevance.js";
import { scoreRelevance } from "./relevance.js";
import { tokenizeText } from "./tokenize-text.js";
import { pickTopics } from "./topics.js";
import { rateUrgency } from "./urgency.js";

function cue(text: string): Cue {
  return { text, gloss: null };
}

/** Finds what the English lexicons say about a title and summary. */
export function readEnglish(title: string, summary: string): Findings {
  const { tokens, summaryStart } = tokenizeText(title, summary);
  const places = findCountries(tokens, summaryStart, title, summary);
  const relevance = scoreRelevance(tokens, PLACE_WORDS, places.sea, places.placeAt);
  let nearPlace: string | null = places.seaPlace;
  if (relevance.cueAt >= 0 && places.placeAt.length > 0) {
    let closest = places.placeAt[0] as (typeof places.placeAt)[number];
    for (const p of places.placeAt) {
      if (Math.abs(p.start - relevance.cueAt) < Math.abs(closest.start - relevance.cueAt)) closest = p;
    }
    nearPlace = closest.phrase;
  }
  const topicFinding = pickTopics(tokens, relevance.relevant);
  const topicCues = new Map<Topic, Cue>();
  for (const [topic, phrase] of topicFinding.cues) topicCues.set(topic, cue(phrase));
  const urgency = rateUrgency(tokens, summaryStart, title);
  return {
    relevance,
    countries: places.countries,
    sea: places.sea,
    seaPlace: places.seaPlace,
    nearPlace,
    topics: topicFinding.topics,
    topicCues,
    urgency: urgency.urgency,
    urgencyCue: urgency.cue === null ? null : cue(urgency.cue),
  };
}
