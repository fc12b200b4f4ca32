import { TOPICS, type Topic } from "../model/classification.js";
import { TOPIC_TERMS } from "./lexicon/topic-terms.js";
import { buildTermTrie, matchTerms } from "./term-trie.js";

const TRIE = buildTermTrie<Topic>(TOPIC_TERMS);

/** Topics with the first phrase that suggested each. */
export interface TopicFinding {
  topics: Topic[];
  cues: Map<Topic, string>;
}

/**
 * Picks topics from cue phrases. Only drug_trafficking is kept for items that are not relevant, so a
 * drug story can still be routed as such; topics come out in vocabulary order.
 */
export function pickTopics(tokens: readonly string[], relevant: boolean): TopicFinding {
  const cues = new Map<Topic, string>();
  for (const m of matchTerms(TRIE, tokens)) {
    for (const topic of m.payloads) {
      if (!cues.has(topic)) cues.set(topic, m.phrase);
    }
  }
  const topics: Topic[] = [];
  for (const topic of TOPICS) {
    if (!cues.has(topic)) continue;
    if (!relevant && topic !== "drug_trafficking") continue;
    topics.push(topic);
  }
  return { topics, cues };
}
