import { Converter } from "opencc-js/t2cn";
import { describe, expect, it } from "vitest";
import { toSimplifiedChinese } from "../../src/text/simplified-chinese.js";

describe("toSimplifiedChinese", () => {
  it("folds every Han character as OpenCC's Taiwan and Hong Kong converters fold it alone", () => {
    const taiwan = Converter({ from: "tw", to: "cn" });
    const hongKong = Converter({ from: "hk", to: "cn" });
    const differing: string[] = [];
    for (const [low, high] of [
      [0x3400, 0x9fff],
      [0xf900, 0xfaff],
      [0x20000, 0x3134f],
    ] as const) {
      for (let codePoint = low; codePoint <= high; codePoint++) {
        const char = String.fromCodePoint(codePoint);
        const expected = hongKong(taiwan(char));
        if (toSimplifiedChinese(char) !== expected) differing.push(char);
      }
    }
    expect(differing).toEqual([]);
  });

  it("folds a traditional spelling character by character and leaves other text alone", () => {
    expect(toSimplifiedChinese("金貝園區 著名")).toBe("金贝园区 着名");
    expect(toSimplifiedChinese("Jin Bei 金贝")).toBe("Jin Bei 金贝");
  });
});
