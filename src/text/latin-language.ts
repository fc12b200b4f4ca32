/**
 * The language of Latin-script text that is not Vietnamese (told by its letters first): English, Indonesian,
 * Malay or Filipino, or another language tracewire does not read.
 *
 * franc-min (trigram profiles) says which family a text belongs to; two things it gets wrong on headlines are
 * fixed here. Short English headlines often score as Portuguese or Dutch, so English wins when franc rates it
 * close to the top or English function words say so. And no detector tells Indonesian from Malay on a
 * headline (measured on the labelled sets: franc 43 of 74 Indonesian and 17 of 42 Malay; eld has no
 * Indonesian, tinyld no Malay), so within that family the spellings the two standards write differently
 * decide: polisi/polis, uang/wang, karena/kerana, korban/mangsa, narkoba/dadah … The figures are in
 * bench/language-detect.ts and the README.
 */
import { createRequire } from "node:module";

type FrancAll = typeof import("franc-min").francAll;
let franc: FrancAll | null = null;

/** franc-min, loaded on the first Latin-script text with no declared language (a poll of English feeds never is). */
function francAll(...args: Parameters<FrancAll>): ReturnType<FrancAll> {
  franc ??= (createRequire(import.meta.url)("franc-min") as typeof import("franc-min")).francAll;
  return franc(...args);
}

// Headlines are short; below this many letters the trigram statistics say little.
const MIN_LETTERS = 12;
// Real English headlines score 0.55 and up when franc puts another language first; Indonesian, Malay,
// Filipino and Spanish ones under 0.5.
const ENGLISH_MARGIN = 0.55;
const ENGLISH_WORDS = new Set("the of and to in for on with from after as by is are".split(" "));

// franc's codes of the Malay family (Indonesian, Malay and their close neighbours it confuses them with).
const MALAY_FAMILY = new Set(["ind", "zlm", "zsm", "msa", "sun", "jav", "min", "mad", "bjn", "ace", "ban"]);
// Philippine languages franc confuses with Tagalog on short text.
const PHILIPPINE = new Set(["tgl", "ceb", "ilo", "hil", "war", "bcl", "pam", "pag"]);

const INDONESIAN = new Set(
  "polisi kepolisian polri polda polres bareskrim uang bisa kantor karena setelah sindikat korban narkoba pemerintah wni tki pmi cpmi tppo kbri kemlu kamboja daring terkait usai kasus kejahatan informasi pernyataan pengadilan kemarin perdagangan warga jakarta indonesia pekerja migran dipulangkan diamankan tersangka ungkap mengungkap".split(
    " ",
  ),
);
const MALAY = new Set(
  "polis pdrm wang boleh pejabat kerana selepas sindiket mangsa dadah kerajaan kemboja pemerdagangan ialah daripada berkata semalam ringgit kes siasatan jenayah maklumat kenyataan menerusi seramai warganegara mahkamah kakitangan pihak berkuasa malaysia sabah sarawak johor selangor kuala lumpur bukit aman wisma putra atipsom".split(
    " ",
  ),
);

const MALAY_FUNCTION_WORDS = new Set(
  "yang dan di ke dari untuk dengan ini itu tidak akan pada dalam oleh telah sudah bagi juga atau kepada para seorang selepas setelah karena kerana ada bisa boleh masih lagi hingga sejak antara serta saat ketika warga".split(
    " ",
  ),
);

const TAGALOG_WORDS = new Set("ang ng mga sa na si ni ay para nang kay mula hindi".split(" "));

function count(words: readonly string[], set: ReadonlySet<string>): number {
  let n = 0;
  for (const word of words) if (set.has(word)) n++;
  return n;
}

/** Indonesian or Malay, by the words the two standards spell differently; Indonesian on a tie (the larger press). */
function indonesianOrMalay(words: readonly string[]): "id" | "ms" {
  return count(words, MALAY) > count(words, INDONESIAN) ? "ms" : "id";
}

/** The detected language ("en", "id", "ms", "tl" or another ISO 639-3 code), or null when too short to tell. */
export function detectLatinLanguage(text: string): string | null {
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  const letters = text.replace(/[^\p{L}]/gu, "").length;
  if (letters < MIN_LETTERS) return count(words, ENGLISH_WORDS) > 0 ? "en" : null;
  const scores = francAll(text, { minLength: MIN_LETTERS });
  const top = scores[0]?.[0];
  if (top === undefined || top === "und") return null;
  if (top === "eng") return "en";
  const englishWords = count(words, ENGLISH_WORDS);
  // A Malay-family or Philippine reading needs that family's own small words ("yang", "di"; "ang", "ng"):
  // trigrams alone call "Singapore hangs man for trafficking 1kg cannabis" Malay.
  const malayWords = count(words, MALAY_FUNCTION_WORDS);
  const tagalogWords = count(words, TAGALOG_WORDS);
  if (MALAY_FAMILY.has(top) && malayWords > 0 && englishWords < 3) return indonesianOrMalay(words);
  if ((PHILIPPINE.has(top) && tagalogWords > 0) || tagalogWords >= 2)
    return englishWords >= 3 && tagalogWords === 0 ? "en" : "tl";
  if ((MALAY_FAMILY.has(top) || PHILIPPINE.has(top)) && englishWords > 0) return "en";
  const english = scores.find(([code]) => code === "eng")?.[1] ?? 0;
  if (english >= ENGLISH_MARGIN || englishWords >= 2) return "en";
  if (top === "vie") return "vi";
  return top;
}
