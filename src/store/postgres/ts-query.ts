import { foldSearchTerm, parseSearchQuery, type SearchTerm } from "../search-query.js";

/**
 * The tsquery of what a user typed (the language is in search-query.ts) as SQL, adding its values to `params`.
 * Each term matches either reading the items' search vector holds (migration 3): its English stems, as
 * to_tsquery('english') reads the term, or its searchable form (search-text.ts: folded, Thai and Chinese split
 * into a phrase of words) read by 'simple'. So `scams` finds "scam", `lua dao` finds "lừa đảo" and 妙瓦底 finds
 * 緬甸妙瓦底, in one query. Null when nothing searchable is left.
 */
export function tsQuerySql(text: string, params: unknown[]): string | null {
  return tsQuerySqlParts(text, params)?.all ?? null;
}

/**
 * tsQuerySql's query (`all`) and its required part alone (`required`: without the exclusions), which
 * pg-search.ts holds to the title's words. Both use the same `params`. Null when nothing searchable is left.
 */
export function tsQuerySqlParts(text: string, params: unknown[]): { all: string; required: string } | null {
  const query = parseSearchQuery(text);
  if (query === null) return null;
  const term = (t: SearchTerm): string => {
    params.push(tsTerm(t));
    const english = `to_tsquery('english', $${params.length})`;
    const folded = foldSearchTerm(t);
    if (folded === null) return english;
    params.push(tsTerm(folded));
    return `(${english} || to_tsquery('simple', $${params.length}))`;
  };
  const groups = query.all.map((group) =>
    group.length === 1 ? term(group[0] as SearchTerm) : `(${group.map(term).join(" || ")})`,
  );
  const required = groups.join(" && ");
  return { all: [required, ...query.none.map((t) => `(!!${term(t)})`)].join(" && "), required };
}

/**
 * A to_tsquery expression for what a user typed, in one reading (the English one: words as typed): only
 * letters and digits reach it, joined by `&`, `|`, `!`, `<->` and `:*`, so no text breaks the parse. Null
 * when nothing searchable is left. tsQuerySql joins this reading with the searchable one, term by term.
 */
export function toTsQuery(text: string): string | null {
  const query = parseSearchQuery(text);
  if (query === null) return null;
  const groups = query.all.map((group) =>
    group.length === 1 ? tsTerm(group[0] as SearchTerm) : `(${group.map(tsTerm).join(" | ")})`,
  );
  return [...groups, ...query.none.map((term) => `!${tsTerm(term)}`)].join(" & ");
}

/** One term: word, prefix:*, or (a <-> phrase) (its last word a prefix:*), where stop words keep their distance. */
function tsTerm(term: SearchTerm): string {
  if (term.kind === "phrase") return `(${term.words.join(" <-> ")}${term.prefix ? ":*" : ""})`;
  return `${term.word}${term.prefix ? ":*" : ""}`;
}
