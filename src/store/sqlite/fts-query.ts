import { searchTerms } from "../schema.js";

/**
 * An FTS5 MATCH expression for what a user typed: every word quoted (so quotes, parentheses, AND/OR/NOT and
 * column filters are plain words), all required, the last one (of three letters or more) as a prefix. Null when no word is left.
 */
export function toFtsQuery(text: string): string | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  return terms
    .map((term, i) => `"${term}"${i === terms.length - 1 && term.length >= 3 ? "*" : ""}`)
    .join(" ");
}
