/**
 * An item's language: the one its feed or the item itself declares, unless the item's own script says
 * otherwise (a feed declared "en" that carries a Thai headline); else detected, by script where the script
 * decides it (Thai, Lao, Khmer, Burmese, Korean, Japanese, Chinese), by Vietnamese letters, and for the other
 * Latin-script languages by a statistical detector.
 */
import { detectLatinLanguage } from "./latin-language.js";
import { scriptOf } from "./scripts.js";

// ISO 639-2/3 and legacy codes seen in feeds, mapped to the two-letter codes tracewire uses.
const ALIASES: Readonly<Record<string, string>> = {
  fil: "tl",
  tgl: "tl",
  in: "id",
  ind: "id",
  zlm: "ms",
  zsm: "ms",
  msa: "ms",
  may: "ms",
  vie: "vi",
  tha: "th",
  khm: "km",
  mya: "my",
  bur: "my",
  lao: "lo",
  kor: "ko",
  jpn: "ja",
  zho: "zh",
  chi: "zh",
  cmn: "zh",
  yue: "zh",
  eng: "en",
};

/** The primary language of a BCP 47 tag, lowercased and aliased ("zh-Hant-TW" → "zh", "fil" → "tl"). */
export function baseLanguage(tag: string | null | undefined): string | null {
  if (typeof tag !== "string") return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  if (!/^[a-z]{2,3}$/.test(primary)) return null;
  return ALIASES[primary] ?? primary;
}

/** Languages whose script tells them apart; text without that script is not in that language. */
const SCRIPT_DECIDED: ReadonlySet<string> = new Set(["th", "lo", "km", "my", "ko", "ja", "zh"]);

const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

// Any letter of a script that decides its language; most items have none, and a regex says so fastest.
const SCRIPT_DECIDED_LETTER =
  /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u1100-\u11ff\uf900-\ufaff]/;

/** The language a text's script decides, or null for Latin and other scripts (or too little text). */
export function scriptLanguage(text: string): string | null {
  if (!SCRIPT_DECIDED_LETTER.test(text.length > 400 ? text.slice(0, 400) : text)) return null;
  const counts = { thai: 0, lao: 0, khmer: 0, myanmar: 0, han: 0, kana: 0, hangul: 0, latin: 0, other: 0 };
  const limit = Math.min(text.length, 400);
  for (let i = 0; i < limit; i++) counts[scriptOf(text.charCodeAt(i))]++;
  if (counts.kana >= 2) return "ja";
  const [script, count] = (["thai", "lao", "khmer", "myanmar", "hangul", "han"] as const)
    .map((s) => [s, counts[s]] as const)
    .reduce((a, b) => (b[1] > a[1] ? b : a));
  if (count < 2 || count < counts.latin / 2) return null;
  return { thai: "th", lao: "lo", khmer: "km", myanmar: "my", hangul: "ko", han: "zh" }[script];
}

/** Detects the language of a title (and summary) with no declaration: a code such as "vi", or "und". */
export function detectLanguage(text: string): string {
  const byScript = scriptLanguage(text);
  if (byScript) return byScript;
  const sample = text.slice(0, 400);
  if ((sample.match(VIETNAMESE_LETTERS)?.length ?? 0) >= 2) return "vi";
  return detectLatinLanguage(sample) ?? "und";
}

/**
 * The language of an item: `declared` (the feed's, else the item's own xml:lang or dc:language) unless the
 * script contradicts it, else detected from the text.
 */
export function itemLanguage(declared: string | null | undefined, text: string): string {
  const base = baseLanguage(declared);
  const byScript = scriptLanguage(text);
  if (base === null) return byScript ?? detectLanguage(text);
  if (byScript === base) return base;
  // A Thai or Chinese feed carrying a headline in Latin letters (often English): read what is there.
  if (byScript === null)
    return SCRIPT_DECIDED.has(base) && text.trim().length > 0 ? detectLanguage(text) : base;
  // Japanese headlines may be all kanji, and a Chinese feed may quote Japanese: trust those declarations.
  if ((base === "ja" && byScript === "zh") || (base === "zh" && byScript === "ja")) return base;
  return byScript;
}
