/** Reads an English item: word tokens, the English lexicons, places by gazetteer and acronym. */
import type { Topic } from "../model/classification.js";
import { findCountries, PLACE_WORDS } from "./countries.js";
import { type Findings, nearestPlace } from "./findings.js";
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
  const words = tokenizeText(title, summary);
  const { tokens, summaryStart } = words;
  const places = findCountries(tokens, summaryStart, title, summary);
  const relevance = scoreRelevance(tokens, PLACE_WORDS, places.sea, places.placeAt);
  const nearPlace = nearestPlace(relevance.cueAt, places.placeAt, places.seaPlace);
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
    words,
  };
}
