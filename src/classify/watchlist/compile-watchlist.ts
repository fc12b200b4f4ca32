/**
 * Compiles the watchlist into one phrase matcher over every alias and every context word, in every script,
 * once per watchlist revision: tagging an item then costs one scan of its title and one of its summary,
 * however many names are watched.
 */
import type { WatchedEntity } from "../../model/entity.js";
import { foldLatinMarks } from "../../text/latin-marks.js";
import { matchingText } from "../../text/matching-text.js";
import { buildPhraseMatcher, type PhraseMatcher } from "../languages/phrase-matcher.js";
import { buildTermTrie, type TrieNode } from "../term-trie.js";

/** What a spelling in the matcher stands for: an alias of an entity, or a context word of some entities. */
export type WatchHit =
  | { kind: "alias"; entity: number; ambiguous: boolean }
  | { kind: "context"; entity: number };

/** The lexicons of the matcher, in this order. */
export const ALIASES = 0;
export const CONTEXT = 1;

/** A watchlist ready for tagging. Build it with compileWatchlist. */
export interface CompiledWatchlist {
  readonly entries: readonly WatchedEntity[];
  readonly byId: ReadonlyMap<string, WatchedEntity>;
  readonly matcher: PhraseMatcher<WatchHit>;
  /**
   * The aliases and context words that can stand in plain ASCII text, as word tries over the English reader's
   * tokens: the same matches as `matcher` on such text, for a fraction of the cost.
   */
  readonly plain: { aliases: TrieNode<WatchHit>; context: TrieNode<WatchHit> };
}

/** The form names are matched in: the matching text of any language, with Latin marks folded. */
function nameMatchingForm(text: string): string {
  return foldLatinMarks(matchingText(text, "und").match);
}

// "|", "{" and "}" are the lexicon syntax of the phrase matcher; in a name they are punctuation.
function spelling(text: string): string {
  return nameMatchingForm(text.replace(/[|{}]/g, " ")).trim();
}

/** Compiles entries for tagEntities and classifyItem. */
export function compileWatchlist(entries: readonly WatchedEntity[]): CompiledWatchlist {
  const aliases: Array<readonly [string, WatchHit]> = [];
  const context: Array<readonly [string, WatchHit]> = [];
  entries.forEach((entry, entity) => {
    const ambiguous = new Set(entry.ambiguousAliases.map(spelling));
    const seen = new Set<string>();
    for (const alias of [entry.name, ...entry.aliases]) {
      const form = spelling(alias);
      if (form.length === 0 || seen.has(form)) continue;
      seen.add(form);
      aliases.push([form, { kind: "alias", entity, ambiguous: ambiguous.has(form) }]);
    }
    for (const word of new Set(entry.context.map(spelling))) {
      if (word.length > 0) context.push([word, { kind: "context", entity }]);
    }
  });
  const ascii = (pairs: Array<readonly [string, WatchHit]>) =>
    pairs.filter(([form]) => /^[\x00-\x7f]*$/.test(form));
  return {
    entries,
    byId: new Map(entries.map((entry) => [entry.id, entry])),
    matcher: buildPhraseMatcher<WatchHit>([aliases, context], "und"),
    plain: { aliases: buildTermTrie(ascii(aliases)), context: buildTermTrie(ascii(context)) },
  };
}

/** No watched names: classification tags nothing. */
export const EMPTY_WATCHLIST: CompiledWatchlist = compileWatchlist([]);
