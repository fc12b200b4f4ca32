import { describe, expect, it } from "vitest";
import { hasUnspacedScript, searchText } from "../../src/text/search-text.js";

describe("searchText", () => {
  it.each([
    ["Lừa đảo", "lua dao"],
    ["ĐƯỜNG DÂY LỪA ĐẢO", "duong day lua dao"],
    // A tone typed as a combining mark (NFD input) folds the same as the precomposed letter.
    ["lu\u0300a \u0111a\u0309o", "lua dao"],
    ["Café in Phnom Penh", "cafe in phnom penh"],
    ["ＡＢＣ１２３ ﬁght", "abc123 fight"],
  ])("folds Latin diacritics and compatibility forms: %j", (text, expected) => {
    expect(searchText(text)).toBe(expected);
  });

  it("leaves English as English, in lower case", () => {
    expect(searchText("Thousands freed from Myanmar scam compounds")).toBe(
      "thousands freed from myanmar scam compounds",
    );
  });

  it("folds traditional Chinese to simplified, Taiwan and Hong Kong variants alike", () => {
    expect(searchText("電詐園區")).toBe(searchText("电诈园区"));
    expect(searchText("衞")).toBe(searchText("卫"));
    expect(searchText("著")).toBe(searchText("着"));
  });

  it("splits Chinese into characters, so a name is found wherever it stands", () => {
    expect(searchText("缅甸妙瓦底电诈园区")).toBe("缅 甸 妙 瓦 底 电 诈 园 区");
    expect(searchText("妙瓦底")).toBe("妙 瓦 底");
  });

  it("splits Thai, Khmer and Burmese into words with ICU's dictionaries", () => {
    expect(searchText("การค้ามนุษย์").split(" ")).toEqual(["การ", "ค้า", "มนุษย์"]);
    expect(searchText("ค้ามนุษย์").split(" ")).toEqual(["ค้า", "มนุษย์"]);
    expect(searchText("ការជួញដូរមនុស្ស").split(" ")).toEqual(["ការ", "ជួញដូរ", "មនុស្ស"]);
    expect(searchText("လူကုန်ကူးမှု").split(" ")).toEqual(["လူ", "ကုန်", "ကူး", "မှု"]);
  });

  it("keeps Thai ำ whole, so NFKC does not cost the dictionary its words", () => {
    expect(searchText("ตำรวจจับ").split(" ")).toEqual(["ตำรวจ", "จับ"]);
  });

  it("splits mixed text only where the script has no spaces", () => {
    expect(searchText("Myanmar: 妙瓦底 scam")).toBe("myanmar: 妙 瓦 底 scam");
  });

  it("tells which text holds a script written without spaces", () => {
    expect(hasUnspacedScript("ค้ามนุษย์")).toBe(true);
    expect(hasUnspacedScript("妙瓦底")).toBe(true);
    expect(hasUnspacedScript("lừa đảo")).toBe(false);
    expect(hasUnspacedScript("캄보디아")).toBe(false);
  });
});
