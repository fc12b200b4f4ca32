/**
 * Names make relevance: a watched name beside crime, enforcement or sanctions vocabulary makes an item relevant
 * even when it never says "trafficking" ("Treasury sanctions Prince Group", "Thailand extradites She Zhijiang").
 * The vocabulary is what the readers already find as topic cues (arrest, extradite, sanction, launder …, in
 * every pack's language) less the words that say only "money" or "business", and less the name itself
 * ("Huione" is a sanctions cue on its own). Countries the text does not name come from the entity's entry.
 */
import { TOPICS, type Topic } from "../../model/classification.js";
import type { WatchedEntity } from "../../model/entity.js";
import type { Findings } from "../findings.js";
import { SEA_CODES } from "../lexicon/gazetteer.js";
import type { Cue } from "../relevance.js";
import type { LocatedMention } from "./tag-entities.js";

const CRIME_TOPICS: readonly Topic[] = [
  "law_enforcement",
  "sanctions_finance",
  "corruption",
  "scam_compounds",
  "online_fraud_losses",
  "forced_labour",
  "recruitment_fake_jobs",
  "sex_trafficking",
];

// Topic cues that name money or business, not wrongdoing: "Prince Group opens a bank" is not news of a crime.
const NOT_CRIME = new Set([
  "bank",
  "banks",
  "financial",
  "finance",
  "revenue",
  "assets",
  "bitcoin",
  "crypto",
  "cryptocurrency",
  "court",
  "trial",
  "lost",
  "losses",
  "promise of",
  "promises of",
  "customer service",
  "customer care",
  "free",
  "freed",
  "mayor",
]);

/** The first crime, enforcement or sanctions cue that is not one of the names itself, with its topic. */
function crimeCue(found: Findings, mentions: readonly LocatedMention[]): { cue: Cue; topic: Topic } | null {
  const names = new Set(mentions.map((m) => m.alias.toLowerCase()));
  for (const topic of CRIME_TOPICS) {
    const cue = found.topicCues.get(topic);
    if (!cue) continue;
    const text = cue.text.toLowerCase();
    if (NOT_CRIME.has(text) || names.has(text)) continue;
    if ([...names].some((name) => name.includes(text) || text.includes(name))) continue;
    return { cue, topic };
  }
  return null;
}

/**
 * The findings with relevance granted by a watched name and a crime cue, when the readers alone did not find
 * the item relevant; null when there is no such pair. Topics are all the cues found, countries gain the
 * entities' own when the text names none.
 */
export function relevantByName(
  found: Findings,
  mentions: readonly LocatedMention[],
  entries: ReadonlyMap<string, WatchedEntity>,
): { found: Findings; cue: Cue } | null {
  if (found.relevance.relevant || mentions.length === 0) return null;
  const crime = crimeCue(found, mentions);
  if (!crime) return null;
  const countries = [...found.countries];
  if (countries.length === 0) {
    for (const m of mentions)
      for (const code of entries.get(m.id)?.countries ?? [])
        if (!countries.includes(code)) countries.push(code);
  }
  const seaCode = countries.find((code) => SEA_CODES.has(code));
  const sea = found.sea || seaCode !== undefined;
  return {
    cue: crime.cue,
    found: {
      ...found,
      relevance: { ...found.relevance, relevant: true, score: Math.max(found.relevance.score, 0.6) },
      countries,
      sea,
      seaPlace: found.seaPlace ?? (sea ? (mentions[0]?.alias ?? null) : null),
      topics: TOPICS.filter((topic) => found.topicCues.has(topic)),
    },
  };
}
