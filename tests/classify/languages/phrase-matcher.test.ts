import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  buildPhraseMatcher,
  findPhrases,
  MatchableText,
} from "../../../src/classify/languages/phrase-matcher.js";
import { matchingText } from "../../../src/text/matching-text.js";

interface Row {
  title: string;
  summary?: string;
}

/** A real headline of a development set (never a held-out one), found by its exact title. */
function dev(set: string, title: string): Row {
  const row = readFileSync(join(import.meta.dirname, `../../fixtures/headlines/lang/${set}.jsonl`), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Row)
    .find((r) => r.title === title);
  if (!row) throw new Error(`no headline ${JSON.stringify(title)} in ${set}.jsonl: update the test`);
  return row;
}

/** What a matcher of (spelling, payload) pairs finds in a text: each payload with the text quoted as written. */
function find(entries: ReadonlyArray<readonly [string, string]>, language: string, text: string) {
  const { display, match } = matchingText(text, language);
  const [found = []] = findPhrases(
    buildPhraseMatcher([entries], language),
    new MatchableText(match, language),
  );
  return found.map((m) => ({
    payload: m.payloads[0],
    quoted: display.slice(m.start, m.end),
  }));
}

describe("findPhrases in Thai", () => {
  it("does not fire a word inside a longer word: ทุก (every) is not found in ตกทุกข์ (in distress)", () => {
    // tests/fixtures/headlines/lang/th-dev.jsonl, https://thaipublica.org/2025/03/mission-to-help-thai-people-in-distress-abroad
    const { title } = dev("th-dev", "เปิดเรื่องเล่า “ภารกิจ” ช่วยคนไทยตกทุกข์ในต่างแดน หลากปัญหาร้อยเรื่องราว");
    expect(title).toContain("ทุก");
    expect(find([["ทุก", "every"]], "th", title)).toEqual([]);
    // The same spelling standing as its own word is found:
    // tests/fixtures/headlines/lang/th-dev.jsonl, https://www.realnewsthailand.net/article/45038/4
    const { title: orders } = dev(
      "th-dev",
      "“ธรรมนัส” สั่งทุกหน่วยงานเร่งปราบปรามการค้ามนุษย์-สแกมเมอร์ อย่างจริงจัง ป้องกันไม่ให้ประชาชนถูกหลอกไปทำงานเป็นสแกมเมอร์",
    );
    expect(find([["ทุก", "every"]], "th", orders)).toEqual([{ payload: "every", quoted: "ทุก" }]);
  });

  it("does not find แรง (force) inside แรงงาน (labour), and finds ค้ามนุษย์ after การ (its own words)", () => {
    // tests/fixtures/headlines/lang/th-dev-2.jsonl, https://www.matichon.co.th/region/news_5376149
    const { title } = dev(
      "th-dev-2",
      "แรงงานเขมร 13 คนลักลอบเข้าไทย ทหารจับกุมดำเนินคดี แฉอยู่กัมพูชา อดอยากต้องเสี่ยงข้ามมาไทย",
    );
    expect(find([["แรง", "force"]], "th", title)).toEqual([]);
    expect(find([["แรงงาน", "labour"]], "th", title)).toEqual([{ payload: "labour", quoted: "แรงงาน" }]);
    // tests/fixtures/headlines/lang/th-dev.jsonl, https://www.realnewsthailand.net/article/45038/4
    const { title: orders } = dev(
      "th-dev",
      "“ธรรมนัส” สั่งทุกหน่วยงานเร่งปราบปรามการค้ามนุษย์-สแกมเมอร์ อย่างจริงจัง ป้องกันไม่ให้ประชาชนถูกหลอกไปทำงานเป็นสแกมเมอร์",
    );
    expect(find([["ค้ามนุษย์", "trafficking"]], "th", orders)).toEqual([
      { payload: "trafficking", quoted: "ค้ามนุษย์" },
    ]);
  });
});

describe("findPhrases in Chinese", () => {
  it("finds a spelling in running text with no spaces", () => {
    // tests/fixtures/headlines/lang/zh-dev.jsonl, http://www.infzm.com/contents/210567?source=101&source_1=220633
    const { title } = dev("zh-dev", "缅北电诈大劝返:回国靠“黄牛”插队,多地政府赴滇督战");
    expect(find([["电诈", "telecom scam"]], "zh", title)).toEqual([
      { payload: "telecom scam", quoted: "电诈" },
    ]);
    expect(find([["劝返", "persuaded home"]], "zh", title)).toEqual([
      { payload: "persuaded home", quoted: "劝返" },
    ]);
  });

  it("finds a simplified spelling in traditional text and quotes it as written", () => {
    // tests/fixtures/headlines/lang/zh-dev.jsonl, https://www.hk01.com/… (緬甸詐騙營21歲男…)
    const { title } = dev("zh-dev", "緬甸詐騙營21歲男一個月業績 僅 157萬 慘遭電棍打穿耳膜全身傷");
    expect(find([["诈骗营", "scam compound"]], "zh", title)).toEqual([
      { payload: "scam compound", quoted: "詐騙營" },
    ]);
  });

  it("takes the longest spelling that starts at a place", () => {
    // tests/fixtures/headlines/lang/zh-dev.jsonl, https://fjcqjt.top/?p=2442
    const { title } = dev("zh-dev", "电诈团伙转移阵地至泰国,马来西亚组织呼吁加速拯救受害者");
    expect(
      find(
        [
          ["电诈", "short"],
          ["电诈团伙", "long"],
        ],
        "zh",
        title,
      ),
    ).toEqual([{ payload: "long", quoted: "电诈团伙" }]);
  });
});

describe("findPhrases in Korean", () => {
  it("finds a spelling followed by a particle (캄보디아에서, 캄보디아에선)", () => {
    // tests/fixtures/headlines/lang/ko-dev.jsonl, https://www.gwellup.com/2025/09/blog-post_19.html (the lead)
    const { summary } = dev("ko-dev", "캄보디아 취업사기 주의! 한국인 감금 피해 급증 🚨");
    expect(summary).toContain("캄보디아에서");
    expect(find([["캄보디아", "KH"]], "ko", summary ?? "")).toEqual([{ payload: "KH", quoted: "캄보디아" }]);
    // tests/fixtures/headlines/lang/ko-dev.jsonl, https://mnm.seoul.co.kr/news/international/2024/03/05/20240305500009
    const { title } = dev("ko-dev", "“캄보디아에선 무기징역”…허리에 마약 2㎏ 숨긴 韓남녀 체포");
    expect(find([["캄보디아", "KH"]], "ko", title)).toEqual([{ payload: "KH", quoted: "캄보디아" }]);
  });

  it("does not find a spelling in the middle of a word: 사기 (fraud) is not found in 취업사기", () => {
    // tests/fixtures/headlines/lang/ko-dev.jsonl, https://www.gwellup.com/2025/09/blog-post_19.html
    const { title } = dev("ko-dev", "캄보디아 취업사기 주의! 한국인 감금 피해 급증 🚨");
    expect(find([["사기", "fraud"]], "ko", title)).toEqual([]);
    expect(find([["취업사기", "job scam"]], "ko", title)).toEqual([
      { payload: "job scam", quoted: "취업사기" },
    ]);
  });
});

describe("findPhrases in spaced Latin scripts", () => {
  it("matches a spelling with a space across punctuation (việc nhẹ, lương cao)", () => {
    // tests/fixtures/headlines/lang/vi-dev-2.jsonl, https://mekongasean.vn/bo-ngoai-giao-khuyen-cao-ve-loi-moi-viec-nhe-luong-cao-tai-nuoc-ngoai-post32626.html
    const { title } = dev(
      "vi-dev-2",
      "Bộ Ngoại giao khuyến cáo về lời mời 'việc nhẹ, lương cao’ tại nước ngoài",
    );
    expect(find([["việc nhẹ lương cao", "deceptive recruitment"]], "vi", title)).toEqual([
      { payload: "deceptive recruitment", quoted: "việc nhẹ, lương cao" },
    ]);
  });

  it("takes the longest spelling and does not report the shorter ones inside it", () => {
    // tests/fixtures/headlines/lang/vi-dev.jsonl, https://baomoi.net.vn/campuchia-giai-cuu-cac-nan-nhan-malaysia-khoi-trung-tam-lua-dao-truc-tuyen-c50629773.epi
    const { title } = dev(
      "vi-dev",
      "Campuchia giải cứu các nạn nhân Malaysia khỏi trung tâm lừa đảo trực tuyến",
    );
    expect(
      find(
        [
          ["lừa đảo", "fraud"],
          ["trung tâm lừa đảo", "scam centre"],
          ["trung tâm lừa đảo trực tuyến", "online scam centre"],
        ],
        "vi",
        title,
      ),
    ).toEqual([{ payload: "online scam centre", quoted: "trung tâm lừa đảo trực tuyến" }]);
  });

  it("ends a word at a non-letter: 'scam' is not found in 'Scammer'", () => {
    // tests/fixtures/headlines/lang/id-dev.jsonl,
    // https://rctiplus.com/news/detail/terkini/4697562/myanmar-tangkap-84-wni-pelaku-praktik-scammer--diserahkan-ke-kbri-bangkok
    const { title } = dev(
      "id-dev",
      "Myanmar Tangkap 84 WNI Pelaku Praktik Scammer, Diserahkan ke KBRI Bangkok",
    );
    expect(find([["scam", "scam"]], "id", title)).toEqual([]);
    expect(find([["scammer", "scammer"]], "id", title)).toEqual([{ payload: "scammer", quoted: "Scammer" }]);
  });
});
