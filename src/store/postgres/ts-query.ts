import { searchTerms } from "../schema.js";

/**
 * A to_tsquery expression for what a user typed: only its words (so no operator or quote can break the
 * parse), all required, the last one (of three letters or more) as a prefix. Null when no word is left.
 */
export function toTsQuery(text: string): string | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  return terms
    .map((term, i) => (i === terms.length - 1 && term.length >= 3 ? `${term}:*` : term))
    .join(" & ");
}
