/**
 * The search language, parsed once for both stores: loose words are all required (English stop words
 * ignored), `"exact phrase"`, `a OR b`, `-excluded`, `prefix*`; the last loose word of two letters or more
 * (two letters: not digits) also matches as a prefix (type-ahead), even a stop word when it is the only
 * word typed ("My" on its way to "Myanmar"). Takes any text a user types and never fails: whatever is not a
 * word, a quote, a `-`, a `*` or `OR` separates words. The stores compile the result (sqlite/fts-query.ts,
 * postgres/ts-query.ts); neither sees the text itself. Words are matched in their searchable form
 * (foldSearchTerm: text/search-text.ts, as the index holds it), where a Thai or Chinese word may become a
 * phrase of the pieces it is split into.
 */
import { hasUnspacedScript, searchText } from "../text/search-text.js";
import { ENGLISH_STOP_WORDS } from "./search-stop-words.js";

/**
 * One searchable unit: a word (maybe a prefix) or a phrase of adjacent words (its last word a prefix when
 * `prefix`). Words are letters, marks and digits only.
 */
export type SearchTerm =
  | { kind: "word"; word: string; prefix: boolean }
  | { kind: "phrase"; words: string[]; prefix?: boolean };

/** What a query asks: every group must match (a group matches when any of its terms does), no excluded term may. */
export interface SearchQuery {
  all: SearchTerm[][];
  none: SearchTerm[];
}

/** At most this many words are looked at (a pasted paragraph stays a cheap query). */
const MAX_WORDS = 16;

/** Letters with their marks (Thai vowel signs, Burmese and Khmer vowels, a decomposed Vietnamese tone). */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/**
 * A token: a "-" that starts a word (so "covid-19" is two words, not an exclusion), then a quoted phrase (the
 * closing quote optional) or a run of word characters and "*"s.
 */
const TOKEN = /((?<!\S)-)?(?:"([^"]*)"?|([\p{L}\p{M}\p{N}*]+))/gu;

/** Parses what a user typed; null when nothing searchable is left (only stop words, only exclusions, nothing). */
export function parseSearchQuery(text: string): SearchQuery | null {
  const units: { negated: boolean; term: SearchTerm; or: boolean }[] = [];
  let words = 0;
  let pendingOr = false;
  let lastWasLoose = false;
  let tokens = 0;
  let onlyStopWord: string | null = null;
  for (const match of text.matchAll(TOKEN)) {
    const [, minus, phrase, bare] = match;
    tokens += 1;
    onlyStopWord =
      tokens === 1 && phrase === undefined && minus === undefined ? stopWordOf(bare ?? "") : null;
    if (bare === "OR" && minus === undefined) {
      pendingOr = units.length > 0;
      continue;
    }
    const term = phrase !== undefined ? phraseTerm(phrase) : wordTerm(bare ?? "");
    lastWasLoose = false;
    if (term === null || words >= MAX_WORDS) continue;
    words += term.kind === "phrase" ? term.words.length : 1;
    const negated = minus !== undefined;
    units.push({ negated, term, or: pendingOr && !negated });
    pendingOr = false;
    lastWasLoose = phrase === undefined && !negated && term.kind === "word" && !term.prefix;
  }
  if (tokens === 1 && onlyStopWord !== null && onlyStopWord.length >= 2) {
    return { all: [[{ kind: "word", word: onlyStopWord, prefix: true }]], none: [] };
  }
  // Type-ahead is for words typed letter by letter: a Thai or Chinese word is split into whole words first.
  const last = units.at(-1);
  if (
    lastWasLoose &&
    last?.term.kind === "word" &&
    (last.term.word.length >= 3 || /^\p{L}{2}$/u.test(last.term.word)) &&
    !hasUnspacedScript(last.term.word)
  ) {
    last.term = { ...last.term, prefix: true };
  }
  const all: SearchTerm[][] = [];
  const none: SearchTerm[] = [];
  for (const unit of units) {
    if (unit.negated) none.push(unit.term);
    else if (unit.or && all.length > 0) all.at(-1)?.push(unit.term);
    else all.push([unit.term]);
  }
  return all.length > 0 ? { all, none } : null;
}

/** A bare token as a word: its letters, marks and digits, a prefix when it ends in "*"; null for a stop word or none. */
function wordTerm(token: string): SearchTerm | null {
  const parts = token.match(WORD) ?? [];
  const word = parts.join("").toLowerCase();
  if (word === "" || ENGLISH_STOP_WORDS.has(word)) return null;
  return { kind: "word", word, prefix: /[\p{L}\p{M}\p{N}]\*+$/u.test(token) };
}

/** A bare token that is one stop word (not the operator OR), lower-cased; null for anything else. */
function stopWordOf(token: string): string | null {
  const word = token.toLowerCase();
  return token !== "OR" && ENGLISH_STOP_WORDS.has(word) ? word : null;
}

/** A quoted phrase: its words in order (stop words kept: they are part of the phrase); one word is a word. */
function phraseTerm(text: string): SearchTerm | null {
  const words = (text.match(WORD) ?? []).map((w) => w.toLowerCase());
  if (words.length === 0 || words.every((w) => ENGLISH_STOP_WORDS.has(w))) return null;
  if (words.length === 1) return wordTerm(words[0] ?? "");
  return { kind: "phrase", words };
}

/**
 * A term as the index holds its words (searchText): folded, and split where the script has no spaces, so
 * 妙瓦底 becomes the phrase 妙 瓦 底 and ค้ามนุษย์ the phrase ค้า มนุษย์, matched adjacent and in order. Null
 * when nothing searchable is left of it.
 */
export function foldSearchTerm(term: SearchTerm): SearchTerm | null {
  const words = term.kind === "word" ? [term.word] : term.words;
  const folded = words.flatMap((word) => searchText(word).match(WORD) ?? []);
  const prefix = term.kind === "word" ? term.prefix : term.prefix === true;
  if (folded.length === 0) return null;
  if (folded.length === 1) return { kind: "word", word: folded[0] ?? "", prefix };
  return prefix ? { kind: "phrase", words: folded, prefix } : { kind: "phrase", words: folded };
}

/** The whole query in its searchable form (foldSearchTerm); null when nothing searchable is left. */
export function foldSearchQuery(query: SearchQuery): SearchQuery | null {
  const all = query.all
    .map((group) => group.flatMap((term) => foldSearchTerm(term) ?? []))
    .filter((group) => group.length > 0);
  const none = query.none.flatMap((term) => foldSearchTerm(term) ?? []);
  return all.length > 0 ? { all, none } : null;
}
