/**
 * The classify stage. Takes a normalised item (title, summary, outlet, url, language) and returns a
 * Classification: relevant, sea, topics, countries, urgency, score and the reasons that decided them.
 * English is read with the English lexicons, the region's other languages with their packs
 * (classify/languages/); reasons quote what was matched as written and say it in English.
 * Pure: no I/O, no clock, lexicons compiled once. Never throws on any string input.
 */
import type { Classification, ClassifyInput } from "../model/classification.js";
import type { EntityMention } from "../model/entity.js";
import { itemLanguage } from "../text/item-language.js";
import type { Findings } from "./findings.js";
import { packFor } from "./languages/packs.js";
import { readWithPack } from "./languages/read-with-pack.js";
import { readEnglish } from "./read-english.js";
import { type Cue, RELEVANCE_THRESHOLD } from "./relevance.js";
import { type CompiledWatchlist, EMPTY_WATCHLIST } from "./watchlist/compile-watchlist.js";
import { relevantByName } from "./watchlist/entity-relevance.js";
import { type LocatedMention, locateEntities } from "./watchlist/tag-entities.js";

/** Bump when rules or lexicons change, so `tracewire reclassify` knows what is stale. */
export const CLASSIFIER_VERSION = "2.1.0";

// Long bodies add nothing a headline and lead do not say, and would slow the stage down.
const MAX_TITLE = 1_000;
const MAX_SUMMARY = 3_000;

function text(value: unknown, max: number): string {
  if (typeof value !== "string") return "";
  return value.length > max ? value.slice(0, max) : value;
}

function show(cue: Cue): string {
  return cue.gloss === null ? `'${cue.text}'` : `'${cue.text}' (${cue.gloss})`;
}

function quote(cues: readonly Cue[]): string {
  return cues.map(show).join(" + ");
}

/** The language an input is read in: its declared one unless its script says otherwise, else detected from
 * title and lead together (a headline alone is often too short to tell Indonesian from Malay). */
export function languageOfInput(input: ClassifyInput): string {
  return readingLanguage(input, text(input?.title, MAX_TITLE), text(input?.summary, MAX_SUMMARY));
}

function readingLanguage(input: ClassifyInput, title: string, summary: string): string {
  return itemLanguage(
    typeof input?.language === "string" ? input.language : null,
    `${title} ${summary}`.trim(),
  );
}

/** Classifies one item: relevance, Southeast Asia, topics, countries, urgency, with reasons. */
export function classifyItem(
  input: ClassifyInput,
  watchlist: CompiledWatchlist = EMPTY_WATCHLIST,
): Classification {
  const title = text(input?.title, MAX_TITLE);
  const summary = text(input?.summary, MAX_SUMMARY);
  const language = readingLanguage(input, title, summary);
  const pack = language === "en" ? null : packFor(language);
  const found = pack ? readWithPack(pack, title, summary) : readEnglish(title, summary);
  // A language without a pack is still read as English (quoted English terms count), but says so when nothing did.
  const unsupported = pack === null && language !== "en" && language !== "und" ? language : null;
  const mentions = locateEntities({ title, summary }, watchlist, language, found.words);
  const byName = relevantByName(found, mentions, watchlist.byId);
  return explain(byName?.found ?? found, unsupported, mentions, byName?.cue ?? null);
}

function named(mentions: readonly EntityMention[]): string {
  return mentions
    .slice(0, 3)
    .map((m) => `${m.name} as '${m.alias}'`)
    .join(", ");
}

function explain(
  found: Findings,
  unsupported: string | null,
  mentions: readonly LocatedMention[],
  nameCue: Cue | null,
): Classification {
  const { relevance } = found;
  const reasons: string[] = [];
  const relevant = relevance.relevant;

  if (relevant && nameCue) {
    const where = found.countries.length > 0 ? `, ${found.countries.slice(0, 4).join(" ")}` : "";
    reasons.push(`names ${named(mentions)} + ${show(nameCue)} → relevant${where}`);
  } else if (relevant) {
    const near = found.nearPlace ? ` near '${found.nearPlace}'` : "";
    const where = found.countries.length > 0 ? `, ${found.countries.slice(0, 4).join(" ")}` : "";
    reasons.push(`${quote(relevance.cues.slice(0, 3))}${near} → relevant${where}`);
  } else if (unsupported) {
    reasons.push(`language '${unsupported}' not supported → not relevant`);
  } else if (relevance.discounted) {
    const context = relevance.lookalikes.length > 0 ? ` with ${quote(relevance.lookalikes.slice(0, 2))}` : "";
    reasons.push(`${show(relevance.discounted)}${context} (${relevance.discount}) → not relevant`);
  } else if (relevance.cues.length > 0) {
    const why = relevance.discount ? ` (${relevance.discount})` : "";
    reasons.push(
      `${quote(relevance.cues.slice(0, 3))} below threshold ${relevance.raw} < ${RELEVANCE_THRESHOLD}${why} → not relevant`,
    );
  } else if (relevance.lookalikes.some((c) => /traffic|smuggl|scam|fraud|slave/.test(c.gloss ?? c.text))) {
    reasons.push(`${quote(relevance.lookalikes.slice(0, 2))} only → not relevant`);
  } else {
    reasons.push("no trafficking or scam-compound terms → not relevant");
  }

  if (mentions.length > 0 && !nameCue) reasons.push(`names ${named(mentions)}`);

  if (relevant)
    reasons.push(
      found.sea ? `'${found.seaPlace}' → Southeast Asia` : "no Southeast Asian place → sea: false",
    );

  if (found.topics.length > 0) {
    const parts = found.topics.slice(0, 4).map((t) => {
      const cue = found.topicCues.get(t);
      return `${cue ? `'${cue.text}'` : "?"} → ${t}`;
    });
    reasons.push(parts.join(", "));
  }
  if (found.urgencyCue) reasons.push(`'${found.urgencyCue.text}' → ${found.urgency}`);

  return {
    relevant,
    sea: found.sea,
    topics: found.topics,
    countries: found.countries,
    urgency: found.urgency,
    score: relevance.score,
    reasons,
    entities: mentions.map(({ id, name, alias, field }) => ({ id, name, alias, field })),
    version: CLASSIFIER_VERSION,
  };
}
