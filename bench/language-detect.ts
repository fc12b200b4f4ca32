/**
 * language_detect_accuracy: the share of the labelled headlines (title + lead, every language, no language
 * declared) whose language tracewire detects right, beside franc-min alone on the same items; and the worst
 * single language, so a language the average hides still shows.
 */
import { francAll } from "franc-min";
import { detectLanguage } from "../src/text/item-language.js";
import { loadAllHeadlines } from "../tests/support/labelled-headlines.js";
import { atLeast, type Figures } from "./measure.js";

const FRANC_CODES: Readonly<Record<string, string>> = {
  eng: "en",
  ind: "id",
  zlm: "ms",
  tgl: "tl",
  vie: "vi",
  tha: "th",
  khm: "km",
  mya: "my",
  lao: "lo",
  kor: "ko",
  jpn: "ja",
  cmn: "zh",
};

export function benchLanguageDetect(): Figures {
  const perLanguage = new Map<string, { right: number; francRight: number; total: number }>();
  for (const h of loadAllHeadlines()) {
    const language = h.language ?? "en";
    const text = `${h.title} ${h.summary ?? ""}`.trim();
    const tally = perLanguage.get(language) ?? { right: 0, francRight: 0, total: 0 };
    tally.total += 1;
    if (detectLanguage(text) === language) tally.right += 1;
    const franc = francAll(text)[0]?.[0] ?? "und";
    if ((FRANC_CODES[franc] ?? franc) === language) tally.francRight += 1;
    perLanguage.set(language, tally);
  }
  let right = 0;
  let francRight = 0;
  let total = 0;
  let worst = { language: "", share: 1, franc: 1 };
  for (const [language, tally] of perLanguage) {
    right += tally.right;
    francRight += tally.francRight;
    total += tally.total;
    const share = tally.right / tally.total;
    if (share < worst.share) worst = { language, share, franc: tally.francRight / tally.total };
  }
  process.stderr.write(
    ` (${[...perLanguage].map(([l, t]) => `${l} ${t.right}/${t.total}`).join(", ")}; worst: ${worst.language})`,
  );
  return {
    language_detect_accuracy: atLeast((100 * right) / total, "%", 95, (100 * francRight) / total),
    language_detect_worst: atLeast(100 * worst.share, "%", 80, 100 * worst.franc),
  };
}
