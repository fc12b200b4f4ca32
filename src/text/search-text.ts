/**
 * The text the archive's search index holds, and what a query word is turned into, so both are alike in
 * every script: NFKC, lower case, traditional Chinese folded to simplified, Latin diacritics folded
 * (Vietnamese "lừa đảo" is "lua dao"), and words of scripts written without spaces split apart. Thai, Lao,
 * Khmer and Burmese are split into words by ICU's dictionaries (Intl.Segmenter); Chinese and Japanese are
 * split into single characters, so a query (matched as a phrase of adjacent pieces) finds its characters
 * anywhere in a run. ICU's Chinese words depend on their neighbours (园区 is one word in 电诈园区, 妙瓦底 three)
 * and a query has none, where single characters match the same way in both. Only text that holds such a
 * script pays for the splitting (a regex test first); English text costs a normalisation and a lower-casing.
 */
import { toSimplifiedChinese } from "./simplified-chinese.js";
import { segmenterFor } from "./word-boundaries.js";

/** Thai, Lao, Khmer and Burmese: words without spaces, split with ICU's dictionaries. */
const SEGMENTED_RUN = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\ua9e0-\ua9ff\uaa60-\uaa7f]+/gu;
const SEGMENTED = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\ua9e0-\ua9ff\uaa60-\uaa7f]/u;
/** Chinese characters (with 々 and 〇) and Japanese kana (with ー): indexed one character each. */
const CJK_CHAR = /[\u3005\u3007\u3040-\u30ff\u31f0-\u31ff\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/gu;
const CJK = /[\u3005\u3007\u3040-\u30ff\u31f0-\u31ff\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u;
/** Latin letters that may carry a diacritic, and combining diacritics left without a precomposed letter. */
const LATIN_MARKED = /[\u00c0-\u024f\u1e00-\u1eff]|[\u0300-\u036f]/gu;
const COMBINING_DIACRITIC = /[\u0300-\u036f]/gu;
/** Latin letters with a stroke, which Unicode does not decompose. */
const STROKED: Readonly<Record<string, string>> = { đ: "d", ł: "l", ø: "o", ħ: "h", ŧ: "t", ƀ: "b", ɨ: "i" };

const foldedLatin = new Map<string, string>();

/**
 * The searchable form of some text: words separated by single spaces, in lower case, with traditional Chinese
 * as simplified, Latin diacritics removed, and Thai, Lao, Khmer, Burmese, Chinese and Japanese split into
 * words (Chinese and Japanese into characters). The same function serves the index and the query.
 */
export function searchText(text: string): string {
  // Thai ำ and Lao ຳ come apart under NFKC, and ICU's dictionaries only know them whole.
  let s = text
    .normalize("NFKC")
    .replace(/\u0e4d\u0e32/gu, "\u0e33")
    .replace(/\u0ecd\u0eb2/gu, "\u0eb3");
  s = s.toLowerCase();
  s = toSimplifiedChinese(s);
  s = s.replace(LATIN_MARKED, foldLatin);
  if (SEGMENTED.test(s)) s = s.replace(SEGMENTED_RUN, segmentRun);
  if (CJK.test(s)) s = s.replace(CJK_CHAR, " $& ");
  return s.replace(/\s+/gu, " ").trim();
}

/** True when the text holds a script written without spaces (its words are split by searchText). */
export function hasUnspacedScript(text: string): boolean {
  return SEGMENTED.test(text) || CJK.test(text);
}

/** One Latin letter without its diacritics (đ as d); remembered, as few letters recur. */
function foldLatin(letter: string): string {
  let folded = foldedLatin.get(letter);
  if (folded === undefined) {
    folded = STROKED[letter] ?? letter.normalize("NFD").replace(COMBINING_DIACRITIC, "");
    foldedLatin.set(letter, folded);
  }
  return folded;
}

/** A run of Thai, Lao, Khmer or Burmese as its words, one space between them and around the run. */
function segmentRun(run: string): string {
  let out = " ";
  for (const piece of segmenterFor("und").segment(run)) out += `${piece.segment} `;
  return out;
}
