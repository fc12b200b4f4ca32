/**
 * The form of a text that lexicons are matched against, beside the form quoted back to a reader. Matching
 * folds what should not tell words apart: Unicode compatibility forms (NFKC: full-width Latin, composed
 * Vietnamese), letter case, the two places Vietnamese writers put a tone mark ("hoà"/"hòa"), traditional and
 * simplified Chinese; Zawgyi-encoded Burmese is converted to Unicode first. Diacritics that change a word
 * (Vietnamese "lừa" is not "lúa") are kept.
 */
import { toUnicodeBurmese } from "./burmese-unicode.js";
import { toSimplifiedChinese } from "./simplified-chinese.js";

/** `match` is what lexicons are matched against; `display` has the same length and is what reasons quote. */
export interface MatchingText {
  display: string;
  match: string;
}

// Old-style tone placement (on the first vowel of oa, oe, uy) folded to the new style (on the second).
const TONE_PLACEMENT: Readonly<Record<string, string>> = {
  òa: "oà",
  óa: "oá",
  ỏa: "oả",
  õa: "oã",
  ọa: "oạ",
  òe: "oè",
  óe: "oé",
  ỏe: "oẻ",
  õe: "oẽ",
  ọe: "oẹ",
  ùy: "uỳ",
  úy: "uý",
  ủy: "uỷ",
  ũy: "uỹ",
  ụy: "uỵ",
};
const OLD_TONE_PLACEMENT = /[òóỏõọ][ae]|[ùúủũụ]y/g;

/** Folds the old Vietnamese tone placement to the new one; length-preserving on NFC text. */
export function foldToneMarks(text: string): string {
  return text.replace(OLD_TONE_PLACEMENT, (pair) => TONE_PLACEMENT[pair] ?? pair);
}

/** Prepares a title, summary or lexicon spelling for matching in the given language ("zh", "vi", ...). */
export function matchingText(text: string, language: string): MatchingText {
  let display = toUnicodeBurmese(text).normalize("NFKC");
  let match = display.toLowerCase();
  if (match.length !== display.length) display = match;
  match = foldToneMarks(match);
  // Japanese kanji are not traditional Chinese: folding them would change words.
  if (language !== "ja") match = toSimplifiedChinese(match);
  if (match.length !== display.length) display = match;
  return { display, match };
}
