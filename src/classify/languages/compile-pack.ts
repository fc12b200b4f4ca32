/** A language pack compiled into phrase matchers, once per language, on first use. */
import type { Topic } from "../../model/classification.js";
import { SEA_CODES } from "../lexicon/gazetteer.js";
import type { RelevanceKind } from "../lexicon/relevance-terms.js";
import { ROMANISED_HOTSPOTS } from "../lexicon/romanised-hotspots.js";
import type { LanguagePack } from "./language-pack.js";
import { buildPhraseMatcher, type PhraseMatcher } from "./phrase-matcher.js";

/** The default weight of each kind, as in the English lexicon; a pack entry may override it. */
export const KIND_WEIGHTS: Readonly<Record<RelevanceKind, number>> = {
  human: 3.5,
  compound: 3.5,
  trafficking: 3,
  forced: 3,
  recruit: 2,
  pig: 2,
  hotspot: 2,
  scam: 1.5,
  captive: 1.5,
  smuggling: 1.5,
  exploit: 1.5,
  workers: 1.5,
  weakScam: 1,
  plight: 1,
  negDrug: 0,
  negWildlife: 0,
  negArms: 0,
  negAntiquities: 0,
  negTraffic: 0,
  negHistorical: 0,
  negLocalScam: 0,
  negation: 0,
};

/** What one relevance spelling stands for. */
export interface PackTerm {
  kind: RelevanceKind;
  weight: number;
  gloss: string;
}

/** What a spelling of any of a pack's four lexicons stands for. */
export type PackHit =
  | { lexicon: "relevance"; term: PackTerm }
  | { lexicon: "places"; code: string }
  | { lexicon: "topics"; topic: Topic }
  | { lexicon: "urgency"; urgency: "breaking" | "background" };

/** The order of the lexicons in the matcher, so findPhrases' answer can be read by name. */
export const LEXICONS = ["relevance", "places", "topics", "urgency"] as const;

export interface CompiledPack {
  language: string;
  /** The four lexicons in one matcher, in the order of LEXICONS. */
  matcher: PhraseMatcher<PackHit>;
  /** Southeast Asian countries whose naming earns the scam words their bonus (SEA less the home countries). */
  bonusCodes: ReadonlySet<string>;
}

/** Compiles a pack; the romanised hotspot names (KK Park, Myawaddy …) are known in every language. */
export function compilePack(pack: LanguagePack): CompiledPack {
  const language = pack.language;
  const home = new Set(pack.homeCountries ?? []);
  return {
    language,
    matcher: buildPhraseMatcher<PackHit>(
      [
        pack.relevance.map(([spellings, kind, gloss, weight]) => {
          const term: PackTerm = { kind, weight: weight ?? KIND_WEIGHTS[kind], gloss };
          return [spellings, { lexicon: "relevance", term }] as [string, PackHit];
        }),
        [...ROMANISED_HOTSPOTS, ...pack.places].map(
          ([spellings, code]) => [spellings, { lexicon: "places", code }] as [string, PackHit],
        ),
        pack.topics.map(
          ([spellings, topic]) => [spellings, { lexicon: "topics", topic }] as [string, PackHit],
        ),
        pack.urgency.map(
          ([spellings, urgency]) => [spellings, { lexicon: "urgency", urgency }] as [string, PackHit],
        ),
      ],
      language,
    ),
    bonusCodes: new Set([...SEA_CODES].filter((code) => !home.has(code))),
  };
}
