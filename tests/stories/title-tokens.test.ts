import { describe, expect, it } from "vitest";
import { itemTokenSets, stemWord, titleTokens } from "../../src/stories/title-tokens.js";

describe("titleTokens", () => {
  it.each([
    // headlines-dev.jsonl, Reuters via Google News style suffix
    [
      "Myanmar hands over to China thousands of telecom fraud suspects - Reuters",
      "Reuters",
      ["myanmar", "hand", "china", "thousand", "telecom", "fraud", "suspect"],
    ],
    [
      "Myanmar hands over to China 31,000 telecom fraud suspects",
      "Japan Today",
      ["myanmar", "hand", "china", "31000", "telecom", "fraud", "suspect"],
    ],
    [
      "Thailand will cut power to Myanmar border to stop 'scam centres' run by gangs",
      "ABC (Australia)",
      ["thailand", "cut", "power", "myanmar", "border", "stop", "scam", "center", "run", "gang"],
    ],
    [
      "Student’s alleged torture death by Cambodia scammers sparks turmoil in South Korea",
      null,
      ["student", "alleg", "tortur", "death", "cambodia", "scammer", "spark", "turmoil", "south", "korea"],
    ],
  ])("%s becomes comparable words", (title, outlet, expected) => {
    expect(titleTokens(title, outlet)).toEqual(expected);
  });

  it("keeps a dash clause that is not the outlet's name", () => {
    expect(titleTokens("Scam centres - a UN view", "Reuters")).toContain("un");
  });

  it("an empty title has no words", () => {
    expect(titleTokens("", "Reuters")).toEqual([]);
  });
});

describe("stemWord", () => {
  it.each([
    ["handed", "hand"],
    ["hands", "hand"],
    ["cutting", "cut"],
    ["centres", "center"],
    ["centers", "center"],
    ["supplies", "supply"],
    ["trafficked", "traffick"],
    ["trafficking", "traffick"],
    ["labour", "labor"],
  ])("%s and its kin meet at %s", (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });
});

describe("itemTokenSets", () => {
  it("the title set is part of the title-and-summary set", () => {
    const sets = itemTokenSets({
      title: "Thailand cuts power supply to Myanmar scam hubs",
      summary:
        "Thailand cut off power supply on Wednesday to three areas in Myanmar where online scamming hubs are concentrated.",
      outlet: "The Record (Recorded Future News)",
    });
    for (const token of sets.title) expect(sets.full.has(token)).toBe(true);
    expect(sets.full.has("wednesday")).toBe(true);
    expect(sets.title.has("wednesday")).toBe(false);
  });
});
