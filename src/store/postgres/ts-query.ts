import { parseSearchQuery, type SearchTerm } from "../search-query.js";

/**
 * A to_tsquery expression for what a user typed (the language is in search-query.ts): only letters and digits
 * reach it, joined by `&`, `|`, `!`, `<->` and `:*`, so no text breaks the parse. Null when nothing searchable
 * is left. Run with the 'english' configuration the items' search column is built with (migrations.ts).
 */
export function toTsQuery(text: string): string | null {
  const query = parseSearchQuery(text);
  if (query === null) return null;
  const groups = query.all.map((group) =>
    group.length === 1 ? tsTerm(group[0] as SearchTerm) : `(${group.map(tsTerm).join(" | ")})`,
  );
  return [...groups, ...query.none.map((term) => `!${tsTerm(term)}`)].join(" & ");
}

/** One term: word, prefix:*, or (a <-> phrase), where stop words inside keep their distance. */
function tsTerm(term: SearchTerm): string {
  if (term.kind === "phrase") return `(${term.words.join(" <-> ")})`;
  return `${term.word}${term.prefix ? ":*" : ""}`;
}
