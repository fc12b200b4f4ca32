/**
 * The language of Latin-script text that is not Vietnamese (told by its letters first): English, Indonesian,
 * Malay or Filipino, or another language tracewire does not read. franc (trigram profiles, franc-min's 82
 * languages) is the detector: of eld, franc and tinyld it is the one that knows all four — eld has no
 * Indonesian, tinyld no Malay — see bench/language-detect.ts for the figures on real headlines.
 */
import { francAll } from "franc-min";

const TO_TWO_LETTER: Readonly<Record<string, string>> = {
  eng: "en",
  ind: "id",
  zlm: "ms",
  tgl: "tl",
  vie: "vi",
};

// Headlines are short; below this many letters the trigram statistics say little.
const MIN_LETTERS = 12;
// English is most of what tracewire reads, and trigrams of a short English headline often look Portuguese or
// Dutch: English wins when franc rates it this close to the top (real English headlines score 0.55 and up when
// not first; Indonesian, Malay, Filipino and Spanish ones under 0.5), or when English function words say so.
const ENGLISH_MARGIN = 0.55;
const ENGLISH_WORDS = new Set([
  "the",
  "of",
  "and",
  "to",
  "in",
  "for",
  "on",
  "with",
  "from",
  "after",
  "as",
  "by",
  "is",
  "are",
]);

function englishWords(text: string): number {
  let count = 0;
  for (const word of text.toLowerCase().split(/[^a-z]+/)) if (ENGLISH_WORDS.has(word)) count++;
  return count;
}

/** The detected language ("en", "id", "ms", "tl", "vi" or an ISO 639-3 code), or null when too short to tell. */
export function detectLatinLanguage(text: string): string | null {
  const letters = text.replace(/[^\p{L}]/gu, "").length;
  if (letters < MIN_LETTERS) return null;
  const scores = francAll(text, { minLength: MIN_LETTERS });
  const [top] = scores;
  if (!top || top[0] === "und") return null;
  if (top[0] !== "eng") {
    const english = scores.find(([code]) => code === "eng");
    if ((english && english[1] >= ENGLISH_MARGIN) || englishWords(text) >= 2) return "en";
  }
  return TO_TWO_LETTER[top[0]] ?? top[0];
}
