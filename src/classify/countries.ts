import { ACRONYM_COUNTRIES, GAZETTEER, SEA_CODES, SEA_REGION_PHRASES } from "./lexicon/gazetteer.js";
import { buildTermTrie, matchTerms } from "./term-trie.js";

/** Countries found in an item, most prominent (earliest, title first) first. */
export interface CountryFinding {
  countries: string[];
  /** The story is placed in Southeast Asia by a country or a regional phrase. */
  sea: boolean;
  /** First Southeast Asian place named, as written ("myawaddy"), for reasons. */
  seaPlace: string | null;
  /** First place named at all, as written. */
  firstPlace: string | null;
  /** Token index of every place match, for proximity checks. */
  placeAt: ReadonlyArray<{ start: number; code: string; phrase: string }>;
}

const REGION = "region";
const PLACE_TRIE = buildTermTrie<string>([
  ...GAZETTEER.map(([pattern, code]) => [pattern, code] as const),
  [SEA_REGION_PHRASES, REGION],
]);

/** Single-word demonyms and names ("kenyans"), for rules such as "traffic <people>". */
export const PLACE_WORDS: ReadonlySet<string> = new Set(
  [...PLACE_TRIE.next.entries()].filter(([, node]) => node.payloads !== null).map(([word]) => word),
);

/** Finds the countries an item names, with a gazetteer, plus acronyms on the original text; never throws. */
export function findCountries(
  tokens: readonly string[],
  summaryStart: number,
  title: string,
  summary: string,
): CountryFinding {
  const countries: string[] = [];
  const placeAt: Array<{ start: number; code: string; phrase: string }> = [];
  let sea = false;
  let seaPlace: string | null = null;
  let firstPlace: string | null = null;
  let titleCount = 0;
  for (const m of matchTerms(PLACE_TRIE, tokens)) {
    const code = m.payloads[0] as string;
    if (code === "") continue;
    if (code === REGION) {
      sea = true;
      seaPlace ??= m.phrase;
      firstPlace ??= m.phrase;
      continue;
    }
    placeAt.push({ start: m.start, code, phrase: m.phrase });
    firstPlace ??= m.phrase;
    if (SEA_CODES.has(code)) {
      sea = true;
      seaPlace ??= m.phrase;
    }
    if (!countries.includes(code)) {
      countries.push(code);
      if (m.start < summaryStart) titleCount = countries.length;
    }
  }
  // Acronyms: title ones go after the title's names, in the order they appear; summary ones at the end.
  const inTitle: Array<{ at: number; code: string }> = [];
  for (const [pattern, code] of ACRONYM_COUNTRIES) {
    if (countries.includes(code)) continue;
    const at = title.search(pattern);
    if (at >= 0) inTitle.push({ at, code });
    else if (pattern.test(summary)) countries.push(code);
  }
  inTitle.sort((a, b) => a.at - b.at);
  countries.splice(titleCount, 0, ...inTitle.map((x) => x.code));
  return { countries, sea, seaPlace, firstPlace, placeAt };
}
