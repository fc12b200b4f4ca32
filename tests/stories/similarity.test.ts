import { describe, expect, it } from "vitest";
import { compareItems, countShared, jaccard } from "../../src/stories/similarity.js";
import { itemTokenSets } from "../../src/stories/title-tokens.js";

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
