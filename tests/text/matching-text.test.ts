import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { foldToneMarks, matchingText } from "../../src/text/matching-text.js";
import { wordBoundaries } from "../../src/text/word-boundaries.js";

const LANG = join(import.meta.dirname, "../fixtures/headlines/lang");

/** A real headline of a development set, found by its exact title (never a held-out set). */
function devTitle(set: string, title: string): string {
  const rows = readFileSync(join(LANG, `${set}.jsonl`), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as { title: string });
  const row = rows.find((r) => r.title === title);
  if (!row) throw new Error(`no headline ${JSON.stringify(title)} in ${set}.jsonl: update the test`);
  return row.title;
}

describe("matchingText", () => {
  it("folds full-width Latin (NFKC) the way IMEs type it, so ＫＫ園區 matches a headline's kk園區", () => {
    // tests/fixtures/headlines/lang/zh-dev.jsonl, https://tw.news.yahoo.com/ (緬甸政府 kk園區635棟… -102109893.html)
    const title = devTitle("zh-dev", "緬甸政府 kk園區635棟非法建築已全部拆除");
    const typed = matchingText("ＫＫ園區", "zh").match;
    expect(typed).toBe("kk园区");
    expect(matchingText(title, "zh").match).toContain(typed);
    expect(matchingText("ＫＫ Ｐａｒｋ", "en")).toEqual({ display: "KK Park", match: "kk park" });
  });

  it("folds case for matching and keeps the headline's capitals for quoting", () => {
    // tests/fixtures/headlines/lang/ms-dev.jsonl, an all-capitals ministry notice:
    // https://iportal.favotech.io/wisma/article/ketibaan-10-orang-mangsa-sindiket-jenayah-penipuan-tawaran-pekerjaan-dari-kemboja
    const title = devTitle(
      "ms-dev",
      "KETIBAAN 10 ORANG MANGSA SINDIKET JENAYAH PENIPUAN TAWARAN PEKERJAAN DARI KEMBOJA",
    );
    const { display, match } = matchingText(title, "ms");
    expect(display).toBe(title);
    expect(match).toBe(title.toLowerCase());
    expect(match).toContain("penipuan tawaran pekerjaan");
  });

  it("folds the old Vietnamese tone placement (Hóa, túy) to the new one (Hoá, tuý), same length", () => {
    // tests/fixtures/headlines/lang/vi-dev.jsonl, https://thuonghieucongluan.com.vn/news-tag89801/NG%C6%AF%E1%BB%9CI%20L%C3%80O
    const title = devTitle(
      "vi-dev",
      "Thanh Hóa: Bắt đối tượng người Lào vận chuyển trái phép 18.000 viên ma túy tổng hợp",
    );
    const { display, match } = matchingText(title, "vi");
    expect(display).toBe(title);
    expect(match.length).toBe(display.length);
    expect(match).toContain("thanh hoá");
    expect(match).toContain("ma tuý");
    // A writer using the new placement is matched by the same text.
    const newStyle = title.replace("Hóa", "Hoá").replace("túy", "tuý");
    expect(matchingText(newStyle, "vi").match).toBe(match);
    // Marks that change the word are kept: "lừa" (deceive) is not "lúa" (rice).
    expect(foldToneMarks("lừa lúa hòa hoà")).toBe("lừa lúa hoà hoà");
  });

  it("keeps Thai SARA AM whole, so a real headline with ตำรวจ matches the spelling ตำรวจ", () => {
    // tests/fixtures/headlines/lang/th-dev.jsonl, https://ch3plus.com/news/political/morning/433711
    const title = devTitle(
      "th-dev",
      "ตำรวจไทย-กัมพูชา ทลายแก๊งคอลเซ็นเตอร์ตึกใหญ่ฝั่งปอยเปต พบคนไทย-ต่างชาติกว่า 200 คน",
    );
    const { display, match } = matchingText(title, "th");
    const spelling = matchingText("ตำรวจ", "th").match;
    expect(spelling).toBe("ตำรวจ");
    expect(match.startsWith(spelling)).toBe(true);
    expect(display).toBe(title);
    expect(match.length).toBe(display.length);
    // NFKC alone splits ำ into two code points, and the spelling would no longer be found.
    expect(title.normalize("NFKC").includes("ตำรวจ")).toBe(false);
    // The segmenter finds ตำรวจ as one word: a boundary after it and none inside.
    const marks = wordBoundaries(match, "th");
    expect(marks[5]).toBe(1);
    expect([...marks.slice(1, 5)]).toEqual([0, 0, 0, 0]);
  });

  it("folds traditional Chinese to simplified for matching and quotes it as written", () => {
    // tests/fixtures/headlines/lang/zh-dev.jsonl, https://www.hk01.com/… (緬甸詐騙營21歲男…)
    const title = devTitle("zh-dev", "緬甸詐騙營21歲男一個月業績 僅 157萬 慘遭電棍打穿耳膜全身傷");
    const { display, match } = matchingText(title, "zh");
    expect(match.startsWith("缅甸诈骗营")).toBe(true);
    expect(display.startsWith("緬甸詐騙營")).toBe(true);
    expect(display).toBe(title);
    expect(match.length).toBe(display.length);
    // Simplified text is already in matching form.
    expect(matchingText("缅甸诈骗营", "zh").match).toBe("缅甸诈骗营");
  });

  it("does not fold Japanese kanji, which are not traditional Chinese", () => {
    // tests/fixtures/headlines/lang/ja-dev.jsonl, https://hanzaikiji--ichiran.com/archives/106384
    const title = devTitle(
      "ja-dev",
      "「毎週のように日本人の救出要請がある」特殊詐欺拠点が集中するカンボジア…監禁場所からSOS相次ぐ 現地の駐日大使が明かす深刻な実態",
    );
    const ja = matchingText(title, "ja").match;
    expect(ja).toContain("毎週");
    expect(ja).toContain("特殊詐欺拠点");
    expect(ja).toContain("監禁");
    // Read as Chinese, the same characters would be folded.
    const zh = matchingText(title, "zh").match;
    expect(zh).toContain("特殊诈欺");
    expect(zh).not.toBe(ja);
  });
});
