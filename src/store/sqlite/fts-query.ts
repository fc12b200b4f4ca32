import { foldSearchQuery, parseSearchQuery, type SearchTerm } from "../search-query.js";

/**
 * An FTS5 MATCH expression for what a user typed (the language is in search-query.ts), in the searchable
 * form the index holds (search-text.ts). Every word is quoted, so FTS5's own operators and column filters are
 * plain words. Null when nothing searchable is left.
 */
export function toFtsQuery(text: string): string | null {
  const parsed = parseSearchQuery(text);
  const query = parsed && foldSearchQuery(parsed);
  if (!query) return null;
  const groups = query.all.map((group) =>
    group.length === 1 ? ftsTerm(group[0] as SearchTerm) : `(${group.map(ftsTerm).join(" OR ")})`,
  );
  // FTS5's NOT is binary ("a NOT b"), so exclusions follow the required part.
  return [`(${groups.join(" AND ")})`, ...query.none.map(ftsTerm)].join(" NOT ");
}

/** One term: "word", "prefix"*, or "a phrase" (FTS5 phrases are adjacent tokens; "a phr"* ends in a prefix). */
function ftsTerm(term: SearchTerm): string {
  if (term.kind === "phrase") return `"${term.words.join(" ")}"${term.prefix ? "*" : ""}`;
  return `"${term.word}"${term.prefix ? "*" : ""}`;
}
