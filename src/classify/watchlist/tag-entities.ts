/**
 * Entity tagging: which watched names an item mentions, in title or summary, in any script, on word
 * boundaries, case and Latin marks folded, traditional and simplified Chinese alike. An ambiguous alias
 * ("Zhao Wei", "陈志", "KNA") counts only when the item also holds one of its entity's context words or
 * another, unambiguous alias of it. Pure and fast: it is all that re-tagging runs over the archive when the
 * watchlist changes.
 */
import type { ClassifyInput } from "../../model/classification.js";
import type { EntityMention } from "../../model/entity.js";
import { baseLanguage } from "../../text/item-language.js";
import { foldLatinMarks } from "../../text/latin-marks.js";
import { matchingText } from "../../text/matching-text.js";
import { findPhrases, MatchableText } from "../languages/phrase-matcher.js";
import { ALIASES, CONTEXT, type CompiledWatchlist } from "./compile-watchlist.js";

/** A mention with where it stands in its field, for the reasons and for relevance. */
export interface LocatedMention extends EntityMention {
  start: number;
  end: number;
}

const MAX_FIELD = 3_000;

// Typographic punctuation English headlines carry; matching folds none of it.
const PLAIN_PUNCTUATION = new Set([0xa0, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d]);

/** Whether the text is ASCII but for plain punctuation: then its matching form is just its lower case. */
function isPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 && !PLAIN_PUNCTUATION.has(code)) return false;
  }
  return true;
}

function field(value: unknown): string {
  if (typeof value !== "string") return "";
  return value.length > MAX_FIELD ? value.slice(0, MAX_FIELD) : value;
}

/** Every watched entity the item names, once each (its first mention, title before summary), with offsets. */
export function locateEntities(
  input: ClassifyInput,
  watchlist: CompiledWatchlist,
  language?: string,
): LocatedMention[] {
  if (watchlist.entries.length === 0) return [];
  const title = field(input?.title);
  const summary = field(input?.summary);
  if (title.length === 0 && summary.length === 0) return [];
  // One scan of title and lead together; a mention's offset says which it stands in.
  const joined = summary.length > 0 ? `${title}\n${summary}` : title;
  let display = joined;
  let match = joined.toLowerCase();
  if (!isPlain(joined)) {
    const prepared = matchingText(joined, "und");
    display = prepared.display;
    match = foldLatinMarks(prepared.match);
  }
  const summaryStart = display.length === joined.length ? title.length + 1 : display.indexOf("\n") + 1;
  const groups = findPhrases(
    watchlist.matcher,
    new MatchableText(match, language ?? baseLanguage(input?.language) ?? "en"),
  );
  const aliases = groups[ALIASES] ?? [];
  if (aliases.length === 0) return [];
  // Context counts anywhere in the item: a headline names the man, its lead says which casino he runs.
  const contextOf = new Set<number>();
  const sureOf = new Set<number>();
  for (const m of groups[CONTEXT] ?? []) for (const hit of m.payloads) contextOf.add(hit.entity);
  for (const m of aliases)
    for (const hit of m.payloads) if (hit.kind === "alias" && !hit.ambiguous) sureOf.add(hit.entity);
  const found = new Map<number, LocatedMention>();
  for (const m of aliases) {
    for (const hit of m.payloads) {
      if (hit.kind !== "alias" || found.has(hit.entity)) continue;
      if (hit.ambiguous && !contextOf.has(hit.entity) && !sureOf.has(hit.entity)) continue;
      const entry = watchlist.entries[hit.entity];
      if (!entry) continue;
      const inTitle = m.start < summaryStart;
      found.set(hit.entity, {
        id: entry.id,
        name: entry.name,
        alias: display.slice(m.start, m.end),
        field: inTitle ? "title" : "summary",
        start: inTitle ? m.start : m.start - summaryStart,
        end: inTitle ? m.end : m.end - summaryStart,
      });
    }
  }
  return [...found.values()];
}

/** The watched entities an item names, one mention per entity (title before summary), in order of appearance. */
export function tagEntities(
  input: ClassifyInput,
  watchlist: CompiledWatchlist,
  language?: string,
): EntityMention[] {
  return locateEntities(input, watchlist, language).map(({ id, name, alias, field }) => ({
    id,
    name,
    alias,
    field,
  }));
}
