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
import { matchTerms } from "../term-trie.js";
import type { TokenizedText } from "../tokenize-text.js";
import { ALIASES, CONTEXT, type CompiledWatchlist, type WatchHit } from "./compile-watchlist.js";

/** A mention with where it stands in its field, for the reasons and for relevance. */
export interface LocatedMention extends EntityMention {
  start: number;
  end: number;
}

const MAX_FIELD = 3_000;

// Anything but ASCII and the typographic punctuation English headlines carry (which matching folds none of).
const NOT_PLAIN = /[^\x00-\x7f\u00a0\u2013\u2014\u2018\u2019\u201c\u201d]/;

/** Whether the text is ASCII but for plain punctuation: then its matching form is just its lower case. */
function isPlain(text: string): boolean {
  return !NOT_PLAIN.test(text);
}

function field(value: unknown): string {
  if (typeof value !== "string") return "";
  return value.length > MAX_FIELD ? value.slice(0, MAX_FIELD) : value;
}

/** One alias found: what it stands for, and where (title or summary, offsets into that field). */
interface AliasHit {
  hits: readonly WatchHit[];
  inTitle: boolean;
  start: number;
  end: number;
  /** The alias as written; computed only for the hits that become mentions. */
  text: () => string;
}

/** What one scan of an item found: its aliases in order, and the entities whose context words it holds. */
interface Scan {
  aliases: AliasHit[];
  context: Set<number>;
}

/** The scan over the English reader's tokens, for plain ASCII text (see CompiledWatchlist.plain). */
function scanTokens(
  watchlist: CompiledWatchlist,
  title: string,
  summary: string,
  words: TokenizedText,
): Scan {
  const context = new Set<number>();
  const aliases: AliasHit[] = [];
  const found = matchTerms(watchlist.plain.aliases, words.tokens);
  if (found.length === 0) return { aliases, context };
  for (const m of matchTerms(watchlist.plain.context, words.tokens))
    for (const hit of m.payloads) context.add(hit.entity);
  for (const m of found) {
    const inTitle = m.start < words.summaryStart;
    const text = inTitle ? title : summary;
    // The words as they stand in the text, for the reason: the first place they stand together.
    const spelled = new RegExp(
      `(?<![\\p{L}\\p{N}])${words.tokens.slice(m.start, m.end).join("[^\\p{L}\\p{N}]+")}(?![\\p{L}\\p{N}])`,
      "iu",
    ).exec(text);
    const at = spelled?.index ?? 0;
    const written = spelled?.[0] ?? m.phrase;
    aliases.push({ hits: m.payloads, inTitle, start: at, end: at + written.length, text: () => written });
  }
  return { aliases, context };
}

/** The scan of any text: folded, on word boundaries in every script. */
function scanText(watchlist: CompiledWatchlist, title: string, summary: string, locale: string): Scan {
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
  const groups = findPhrases(watchlist.matcher, new MatchableText(match, locale));
  const context = new Set<number>();
  const aliases: AliasHit[] = [];
  const found = groups[ALIASES] ?? [];
  if (found.length === 0) return { aliases, context };
  for (const m of groups[CONTEXT] ?? []) for (const hit of m.payloads) context.add(hit.entity);
  for (const m of found) {
    const inTitle = m.start < summaryStart;
    const shift = inTitle ? 0 : summaryStart;
    aliases.push({
      hits: m.payloads,
      inTitle,
      start: m.start - shift,
      end: m.end - shift,
      text: () => display.slice(m.start, m.end),
    });
  }
  return { aliases, context };
}

/**
 * Every watched entity the item names, once each (its first mention, title before summary), with offsets.
 * `words`, the English reader's tokens of this very title and summary, lets plain text skip the folding scan.
 */
export function locateEntities(
  input: ClassifyInput,
  watchlist: CompiledWatchlist,
  language?: string,
  words?: TokenizedText,
): LocatedMention[] {
  if (watchlist.entries.length === 0) return [];
  const title = field(input?.title);
  const summary = field(input?.summary);
  if (title.length === 0 && summary.length === 0) return [];
  const scan =
    words && isPlain(title) && isPlain(summary)
      ? scanTokens(watchlist, title, summary, words)
      : scanText(watchlist, title, summary, language ?? baseLanguage(input?.language) ?? "en");
  if (scan.aliases.length === 0) return [];
  // Context counts anywhere in the item: a headline names the man, its lead says which casino he runs.
  const sureOf = new Set<number>();
  for (const a of scan.aliases)
    for (const hit of a.hits) if (hit.kind === "alias" && !hit.ambiguous) sureOf.add(hit.entity);
  const found = new Map<number, LocatedMention>();
  for (const a of scan.aliases) {
    for (const hit of a.hits) {
      if (hit.kind !== "alias" || found.has(hit.entity)) continue;
      if (hit.ambiguous && !scan.context.has(hit.entity) && !sureOf.has(hit.entity)) continue;
      const entry = watchlist.entries[hit.entity];
      if (!entry) continue;
      found.set(hit.entity, {
        id: entry.id,
        name: entry.name,
        alias: a.text(),
        field: a.inTitle ? "title" : "summary",
        start: a.start,
        end: a.end,
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
