/**
 * Whether what a reader searched for is the name of a country or place, in any language tracewire reads
 * ("Cambodia", "柬埔寨", "កម្ពុជា", "Myawaddy"): then a search also finds items tagged with that country, in every
 * language, not only those whose text spells the name the way the reader typed it.
 */
import { LANGUAGES } from "../model/language.js";
import { matchingText } from "../text/matching-text.js";
import { findCountries } from "./countries.js";
import { packFor } from "./languages/packs.js";
import { findPhrases, MatchableText } from "./languages/phrase-matcher.js";
import { tokenizeText } from "./tokenize-text.js";

const MAX_QUERY = 80;

/** The ISO country code a query names when the whole query is one place name, else null. */
export function placeOfQuery(query: string): string | null {
  const text = query.trim();
  if (text === "" || text.length > MAX_QUERY) return null;
  const { tokens } = tokenizeText(text, "");
  const english = findCountries(tokens, tokens.length, text, "");
  const only = english.placeAt[0];
  if (english.placeAt.length === 1 && only && only.phrase.split(" ").length === tokens.length)
    return only.code;
  for (const language of LANGUAGES) {
    const pack = language === "en" ? null : packFor(language);
    if (!pack) continue;
    const { match } = matchingText(text, language);
    const [, places = []] = findPhrases(pack.matcher, new MatchableText(match, language));
    const hit = places[0];
    if (places.length !== 1 || !hit) continue;
    const covered = match.slice(0, hit.start).trim() === "" && match.slice(hit.end).trim() === "";
    const code = hit.payloads.find((p) => p.lexicon === "places");
    if (covered && code?.lexicon === "places" && code.code !== "region") return code.code;
  }
  return null;
}
