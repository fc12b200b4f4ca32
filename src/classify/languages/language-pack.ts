/**
 * A language pack: the lexicons that let the classifier read one language other than English, with the same
 * contract as the English classifier (relevance with look-alikes, places, topics, urgency, reasons).
 *
 * Spellings use the English lexicon's notation: "a|b" alternatives and "{x,y}" brace alternatives
 * ("lừa {đảo,gạt}"). They are matched on the item's title and summary after normalisation (NFKC, lowercase;
 * Chinese traditional folded to simplified, so write simplified; Burmese Zawgyi converted to Unicode; the two
 * Vietnamese tone placements "hoà"/"hòa" folded, so write either) and only on word boundaries: for Thai, Khmer,
 * Burmese, Lao, Chinese and Japanese the boundaries of Intl.Segmenter, never inside a longer word; for Korean a
 * spelling matches at the start of a word and may be followed by a particle ("캄보디아에서"). A space in a
 * spelling matches any run of spaces or punctuation. Longest spelling wins; matches do not overlap.
 */
import type { Topic } from "../../model/classification.js";
import type { Language } from "../../model/language.js";
import type { RelevanceKind } from "../lexicon/relevance-terms.js";

/** [spellings, kind, English gloss shown in reasons ("scam"), optional weight overriding the kind's default]. */
export type PackRelevanceEntry = readonly [
  spellings: string,
  kind: RelevanceKind,
  gloss: string,
  weight?: number,
];

/** [spellings, ISO 3166-1 alpha-2 code, or "region" for words that name Southeast Asia itself]. */
export type PackPlaceEntry = readonly [spellings: string, code: string];

export interface LanguagePack {
  language: Exclude<Language, "en">;
  relevance: readonly PackRelevanceEntry[];
  places: readonly PackPlaceEntry[];
  topics: ReadonlyArray<readonly [spellings: string, topic: Topic]>;
  urgency: ReadonlyArray<readonly [spellings: string, urgency: "breaking" | "background"]>;
  /**
   * Countries whose press writes in this language (VN for Vietnamese): naming them does not, on its own, add the
   * Southeast-Asia bonus to a scam word, because nearly every domestic fraud story names them.
   */
  homeCountries?: readonly string[];
}
