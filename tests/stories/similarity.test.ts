import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareItems, compareTokenIds, countShared, jaccard } from "../../src/stories/similarity.js";
import { itemTokenSets } from "../../src/stories/title-tokens.js";
import { TokenDictionary } from "../../src/stories/token-ids.js";

describe("jaccard", () => {
  it.each([
    [["a", "b"], ["a", "b"], 1],
    [["a", "b"], ["c"], 0],
    [["a", "b", "c"], ["b", "c", "d"], 0.5],
    [[], [], 0],
  ])("%j against %j scores %d", (a, b, score) => {
    expect(jaccard(new Set(a), new Set(b))).toBe(score);
    expect(countShared(new Set(a), new Set(b))).toBe(a.filter((token) => b.includes(token)).length);
  });
});

describe("compareItems", () => {
  // headlines-dev.jsonl: both on the UN report of 29 August 2023; the titles share little, the summaries more.
  const newPaper = itemTokenSets({
    title: "Hundreds of thousands trafficked to work in online scams in South-east Asia: UN",
    summary:
      "Hundreds of thousands of people are being coerced in South-east Asia by criminal gangs into carrying out online scams, often under the threat of torture, the United Nations said on Tuesday.",
    outlet: "The New Paper (Straits Times)",
  });
  const guardian = itemTokenSets({
    title: "Gangs forcing hundreds of thousands of people into cybercrime in south-east Asia, says UN",
    summary:
      "Organised criminals use threats, torture and sexual violence to coerce victims to work in international scamming operations",
    outlet: "The Guardian",
  });

  it("scores the better of title and title-with-summary likeness", () => {
    const result = compareItems(newPaper, guardian);
    expect(result.score).toBe(
      Math.max(jaccard(newPaper.title, guardian.title), jaccard(newPaper.full, guardian.full)),
    );
    expect(result.shared).toBe(countShared(newPaper.full, guardian.full));
  });

  it("is symmetric", () => {
    expect(compareItems(newPaper, guardian)).toEqual(compareItems(guardian, newPaper));
  });
});

describe("compareTokenIds", () => {
  // Small vocabularies so that random pairs often overlap enough to matter.
  const words = fc.uniqueArray(fc.constantFrom(..."abcdefghijklmnop".split("")), { maxLength: 16 });
  const sets = fc
    .tuple(words, words)
    .map(([title, extra]) => ({ title: new Set(title), full: new Set([...title, ...extra]) }));

  it("decides every pair exactly as compareItems does, threshold and shared words included", () => {
    fc.assert(
      fc.property(sets, sets, fc.double({ min: 0.05, max: 0.95, noNaN: true }), fc.nat(4), (a, b, t, min) => {
        const dictionary = new TokenDictionary();
        const fast = compareTokenIds(dictionary.tokenIds(a), dictionary.tokenIds(b), t, min);
        const slow = compareItems(a, b);
        expect(fast).toEqual(slow.score >= t && slow.shared >= min ? slow : null);
      }),
      // Two empty items (0 / 0 words in common) once scored NaN instead of no match.
      {
        numRuns: 2000,
        examples: [[{ title: new Set(), full: new Set() }, { title: new Set(), full: new Set() }, 0.5, 0]],
      },
    );
  });
});
