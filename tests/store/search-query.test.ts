import { describe, expect, it } from "vitest";
import { toTsQuery } from "../../src/store/postgres/ts-query.js";
import { parseSearchQuery } from "../../src/store/search-query.js";
import { toFtsQuery } from "../../src/store/sqlite/fts-query.js";

describe("parseSearchQuery", () => {
  it.each([
    ["the scam", { all: [[{ kind: "word", word: "scam", prefix: true }]], none: [] }],
    [
      '"scam compound" raids',
      {
        all: [
          [{ kind: "phrase", words: ["scam", "compound"] }],
          [{ kind: "word", word: "raids", prefix: true }],
        ],
        none: [],
      },
    ],
    [
      "scam OR trafficking police",
      {
        all: [
          [
            { kind: "word", word: "scam", prefix: false },
            { kind: "word", word: "trafficking", prefix: false },
          ],
          [{ kind: "word", word: "police", prefix: true }],
        ],
        none: [],
      },
    ],
    [
      "myanmar -thailand",
      {
        all: [[{ kind: "word", word: "myanmar", prefix: false }]],
        none: [{ kind: "word", word: "thailand", prefix: false }],
      },
    ],
    ["traffick* the", { all: [[{ kind: "word", word: "traffick", prefix: true }]], none: [] }],
    [
      "covid-19",
      {
        all: [
          [{ kind: "word", word: "covid", prefix: false }],
          [{ kind: "word", word: "19", prefix: false }],
        ],
        none: [],
      },
    ],
  ])("reads %j", (text, expected) => {
    expect(parseSearchQuery(text)).toEqual(expected);
  });

  it.each(["", "   ", "the of and", "-scam", '"the"', "OR OR", "🙂"])(
    "finds nothing to search in %j",
    (text) => {
      expect(parseSearchQuery(text)).toBeNull();
    },
  );

  it("keeps a Thai word whole with its vowel and tone marks, and types no prefix ahead for it", () => {
    expect(parseSearchQuery("ค้ามนุษย์")).toEqual({
      all: [[{ kind: "word", word: "ค้ามนุษย์", prefix: false }]],
      none: [],
    });
  });

  it("reads no more than 16 words", () => {
    const words = Array.from({ length: 30 }, (_, i) => `word${i}`).join(" ");
    expect(parseSearchQuery(words)?.all).toHaveLength(16);
  });
});

describe("the two compilers", () => {
  it.each([
    ["the scam", '("scam"*)', "scam:*"],
    ['"scam compound"', '("scam compound")', "(scam <-> compound)"],
    ["scam OR trafficking", '(("scam" OR "trafficking"*))', "(scam | trafficking:*)"],
    ["myanmar -thailand", '("myanmar") NOT "thailand"', "myanmar & !thailand"],
    ['myanmar -"scam hub"', '("myanmar") NOT "scam hub"', "myanmar & !(scam <-> hub)"],
    ["traffick*", '("traffick"*)', "traffick:*"],
    ["NEAR(scam, 2) AND", '("near" AND "scam" AND "2")', "near & scam & 2"],
  ])("compile %j for FTS5 and Postgres", (text, fts, ts) => {
    expect(toFtsQuery(text)).toBe(fts);
    expect(toTsQuery(text)).toBe(ts);
  });
});

describe("SQLite's query in the searchable form the index holds", () => {
  it.each([
    ["妙瓦底", '("妙 瓦 底")'],
    ["電詐", '("电 诈")'],
    ["ค้ามนุษย์", '("ค้า มนุษย์")'],
    ["lừa đảo", '("lua" AND "dao"*)'],
    ["ค้ามนุ*", '("ค้า มนุ"*)'],
    ["myanmar -妙瓦底", '("myanmar") NOT "妙 瓦 底"'],
  ])("compiles %j", (text, fts) => {
    expect(toFtsQuery(text)).toBe(fts);
  });
});
