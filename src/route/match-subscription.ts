/**
 * Whether one classified item belongs in one subscription, and why, in a sentence `tracewire preview` can
 * print ("country VN not in KH,MM"). Checks run in the order an operator reads a filter: entities, relevance,
 * scope, countries, topics, outlets, urgency, keywords; the first that fails is the reason. An alert
 * subscription with entities takes every item naming one of them, relevant or not (issue 17: investigators
 * follow names). Pure.
 */
import type { Urgency } from "../model/classification.js";
import type { StoredItem } from "../model/item.js";
import type { Subscription } from "../model/subscription.js";
import { baseLanguage } from "../text/item-language.js";

export interface MatchResult {
  matched: boolean;
  why: string;
}

const URGENCY_RANK: Record<Urgency, number> = { breaking: 0, normal: 1, background: 2 };

/** Decides whether an item goes to a subscription, with the reason in words. Unclassified items never match. */
export function matchSubscription(item: StoredItem, subscription: Subscription): MatchResult {
  const verdict = item.classification;
  const filter = subscription.filter;
  if (!verdict) return { matched: false, why: "not classified yet" };
  const entities = filter.entities ?? [];
  const named = verdict.entities.filter((mention) => entities.includes(mention.id));
  if (entities.length > 0 && named.length === 0) {
    return { matched: false, why: `names none of ${entities.join(",")}` };
  }
  const everyMention = entities.length > 0 && subscription.mode === "alert";
  const found: string[] = [];
  if (!everyMention) {
    if (!verdict.relevant) return { matched: false, why: `not relevant (score ${verdict.score.toFixed(2)})` };
    if (filter.scope === "sea" && !verdict.sea) return { matched: false, why: "outside Southeast Asia" };
  }
  found.push(verdict.relevant ? "relevant" : "not relevant, but names a watched entity");
  if (named.length > 0) found.push(`names ${[...new Set(named.map((m) => m.name))].join(", ")}`);

  if (filter.countries.length > 0) {
    const wanted = filter.countries.map((code) => code.toUpperCase());
    const overlap = verdict.countries.filter((code) => wanted.includes(code.toUpperCase()));
    if (overlap.length === 0) {
      const why =
        verdict.countries.length === 0
          ? `no country found (wanted ${wanted.join(",")})`
          : `${plural("country", verdict.countries)} not in ${wanted.join(",")}`;
      return { matched: false, why };
    }
    found.push(overlap.join(","));
  } else if (verdict.countries.length > 0) {
    found.push(verdict.countries.join(","));
  }

  if (filter.topics.length > 0) {
    const overlap = verdict.topics.filter((topic) => filter.topics.includes(topic));
    if (overlap.length === 0) {
      const why =
        verdict.topics.length === 0
          ? `no topic found (wanted ${filter.topics.join(",")})`
          : `${plural("topic", verdict.topics)} not in ${filter.topics.join(",")}`;
      return { matched: false, why };
    }
    found.push(overlap.join(","));
  }

  if (filter.outlets.length > 0) {
    const outlet = item.outlet.trim().toLowerCase();
    const hit = filter.outlets.some((wanted) => outlet === wanted.trim().toLowerCase());
    if (!hit) return { matched: false, why: `outlet ${item.outlet} not in ${filter.outlets.join(",")}` };
    found.push(item.outlet);
  }

  const languages = filter.languages ?? [];
  if (languages.length > 0) {
    const language = baseLanguage(item.language) ?? "und";
    if (!languages.includes(language))
      return { matched: false, why: `language ${language} not in ${languages.join(",")}` };
    found.push(`language ${language}`);
  }

  if (URGENCY_RANK[verdict.urgency] > URGENCY_RANK[filter.minUrgency]) {
    return { matched: false, why: `urgency ${verdict.urgency} below ${filter.minUrgency}` };
  }

  if (filter.keywords.length > 0) {
    const text = `${item.title}\n${item.summary}`.replace(/\s+/g, " ").toLowerCase();
    const keyword = filter.keywords.find((phrase) =>
      text.includes(phrase.replace(/\s+/g, " ").toLowerCase()),
    );
    if (!keyword)
      return { matched: false, why: `no keyword (${filter.keywords.join(", ")}) in title or summary` };
    found.push(`keyword "${keyword}"`);
  }

  found.push(`urgency ${verdict.urgency}`);
  return { matched: true, why: `matched: ${found.join(", ")}` };
}

function plural(noun: string, values: string[]): string {
  const word = values.length === 1 ? noun : noun === "country" ? "countries" : `${noun}s`;
  return `${word} ${values.join(",")}`;
}
