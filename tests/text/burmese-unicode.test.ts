import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MY } from "../../src/classify/languages/my.js";
import {
  buildPhraseMatcher,
  findPhrases,
  MatchableText,
} from "../../src/classify/languages/phrase-matcher.js";
import { isZawgyi, toUnicodeBurmese } from "../../src/text/burmese-unicode.js";
import { matchingText } from "../../src/text/matching-text.js";

interface Row {
  title: string;
  summary?: string;
  url: string;
  note?: string;
}

/** The Burmese development set (never the held-out one). */
const MY_DEV: Row[] = readFileSync(
  join(import.meta.dirname, "../fixtures/headlines/lang/my-dev.jsonl"),
  "utf8",
)
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as Row);

function row(title: string): Row {
  const found = MY_DEV.find((r) => r.title === title);
  if (!found) throw new Error(`no headline ${JSON.stringify(title)} in my-dev.jsonl: update the test`);
  return found;
}

/** The my pack's relevance spellings, to show the converted text is what the pack reads. */
const MY_RELEVANCE = buildPhraseMatcher(
  [MY.relevance.map(([spellings, , gloss]) => [spellings, gloss] as const)],
  "my",
);

/** The relevance spellings the my pack finds in a text (already Unicode or not). */
function relevanceIn(text: string) {
  const [found = []] = findPhrases(MY_RELEVANCE, new MatchableText(text, "my"));
  return found;
}

describe("toUnicodeBurmese", () => {
  // tests/fixtures/headlines/lang/my-dev.jsonl, http://thevoicemyanmar.com/feature/14734-nsk
  // (note: "Zawgyi-encoded as published; Vietnamese girl trafficked to China as a bride")
  const zawgyi = row("နယ္စပ္က တ႐ုတ္မယား");

  it("detects a headline published in Zawgyi and converts it to Unicode Burmese", () => {
    expect(zawgyi.note).toMatch(/^Zawgyi-encoded as published/);
    expect(isZawgyi(zawgyi.title)).toBe(true);
    const unicode = toUnicodeBurmese(zawgyi.title);
    expect(unicode).not.toBe(zawgyi.title);
    expect(isZawgyi(unicode)).toBe(false);
    // The Zawgyi bytes spell nothing the pack knows; the converted text holds the pack's "တရုတ်မယား".
    expect(unicode).toContain("တရုတ်မယား");
    expect(relevanceIn(zawgyi.title)).toEqual([]);
    const found = relevanceIn(unicode);
    expect(found.map((m) => unicode.slice(m.start, m.end))).toContain("တရုတ်မယား");
  });

  it("converts every item the development set marks as Zawgyi, and none it does not", () => {
    for (const r of MY_DEV) {
      const published = r.note?.startsWith("Zawgyi-encoded as published") ?? false;
      expect({ title: r.title, zawgyi: isZawgyi(r.title) }).toEqual({ title: r.title, zawgyi: published });
      if (published) expect(isZawgyi(toUnicodeBurmese(r.title))).toBe(false);
    }
  });

  it("is what matchingText does first, so the converted form is the one quoted back", () => {
    const { display, match } = matchingText(zawgyi.title, "my");
    expect(display).toBe(toUnicodeBurmese(zawgyi.title));
    expect(match).toContain("တရုတ်မယား");
  });

  it("passes Unicode Burmese through unchanged", () => {
    // tests/fixtures/headlines/lang/my-dev.jsonl, https://www.moi.gov.mm/article/30018
    const unicode = row("လူကုန်ကူးမှု သတိပြုပါ");
    expect(isZawgyi(unicode.title)).toBe(false);
    expect(toUnicodeBurmese(unicode.title)).toBe(unicode.title);
    expect(toUnicodeBurmese(unicode.summary ?? "")).toBe(unicode.summary ?? "");
  });

  it("passes text without Burmese through unchanged", () => {
    // tests/fixtures/headlines/lang/th-dev.jsonl, https://www.bangkokbiznews.com/news/994125
    const thai = "สถานทูตไทย ณ เวียงจันทน์ เตือนคนไทยถูกหลอกไปทำงานสามเหลี่ยมทองคำ";
    // tests/fixtures/headlines/headlines-dev.jsonl, https://vodenglish.news/eerie-silence-descends-on-notorious-sihanoukville-scam-compounds/
    const english = "Eerie Silence Descends on Notorious Sihanoukville Scam Compounds";
    for (const text of [thai, english, ""]) {
      expect(isZawgyi(text)).toBe(false);
      expect(toUnicodeBurmese(text)).toBe(text);
    }
  });
});
