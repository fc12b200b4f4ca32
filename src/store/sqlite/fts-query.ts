import { foldSearchQuery, parseSearchQuery, type SearchTerm } from "../search-query.js";

/**
 * The indexed words a word prefix stands for (the store reads them from the index's vocabulary), or null to
 * leave the prefix to FTS5. FTS5 answers a prefix by merging the whole lists of every word under it before
 * the first hit comes out; named words are read newest first and stop at the limit.
 */
export type ExpandPrefix = (prefix: string) => string[] | null;

/**
 * An FTS5 MATCH expression for what a user typed (the language is in search-query.ts), in the searchable
 * form the index holds (search-text.ts). Every word is quoted, so FTS5's own operators and column filters are
 * plain words. A word prefix becomes the words `expand` names for it, when given. Null when nothing
 * searchable is left.
 */
export function toFtsQuery(text: string, expand?: ExpandPrefix): string | null {
  const parts = ftsParts(text, expand);
  // FTS5's NOT is binary ("a NOT b"), so exclusions follow the required part.
  return parts && [parts.required, ...parts.excluded].join(" NOT ");
}

/**
 * The required part of toFtsQuery's expression held to the title column (`{title} : (…)`): of the items
 * toFtsQuery matches, those whose title alone has every required word. Null when nothing searchable is left.
 */
export function toFtsTitleQuery(text: string, expand?: ExpandPrefix): string | null {
  const parts = ftsParts(text, expand);
  return parts && `{title} : ${parts.required}`;
}

function ftsParts(text: string, expand?: ExpandPrefix): { required: string; excluded: string[] } | null {
  const parsed = parseSearchQuery(text);
  const query = parsed && foldSearchQuery(parsed);
  if (!query) return null;
  const term = (t: SearchTerm) => ftsTerm(t, expand);
  const groups = query.all.map((group) =>
    group.length === 1 ? term(group[0] as SearchTerm) : `(${group.map(term).join(" OR ")})`,
  );
  return { required: `(${groups.join(" AND ")})`, excluded: query.none.map(term) };
}

/**
 * One term: "word", "prefix"* (or the words it expands to, ORed), or "a phrase" (FTS5 phrases are adjacent
 * tokens; "a phr"* ends in a prefix).
 */
function ftsTerm(term: SearchTerm, expand?: ExpandPrefix): string {
  if (term.kind === "phrase") return `"${term.words.join(" ")}"${term.prefix ? "*" : ""}`;
  const words = term.prefix && expand ? expand(term.word) : null;
  if (words !== null) {
    // The word as typed (stemmed by the index's tokenizer, as any word) and the indexed words it begins.
    const named = [term.word, ...words.filter((w) => w !== term.word)];
    return `(${named.map((w) => `"${w.replaceAll(`"`, `""`)}"`).join(" OR ")})`;
  }
  return `"${term.word}"${term.prefix ? "*" : ""}`;
}
