import { describe, expect, it } from "vitest";
import { fitRaw, LIMITS, truncate, truncateEscaped } from "../../src/render/limits.js";
import { escapeSlackText } from "../../src/render/no-ping.js";

describe("truncate", () => {
  it.each([
    ["short", 10, "short"],
    ["exactly ten", 11, "exactly ten"],
    ["Scam compounds in Myanmar", 10, "Scam comp…"],
    ["trailing space cut", 10, "trailing…"],
    ["abc", 1, "…"],
    ["abc", 0, ""],
  ])("cuts %j to %i as %j", (input, n, expected) => {
    expect(truncate(input, n)).toBe(expected);
  });

  it("never splits an emoji's surrogate pair", () => {
    const out = truncate("🔴🔴🔴🔴", 4);
    expect(out).toBe("🔴…");
    expect(out.length).toBeLessThanOrEqual(4);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(out)).toBe(false);
  });

  it("keeps a Khmer title whole when it fits and cuts it between code points when not", () => {
    const khmer = "ការជួញដូរមនុស្ស";
    expect(truncate(khmer, 100)).toBe(khmer);
    expect(truncate(khmer, 5)).toBe(`${[...khmer].slice(0, 4).join("")}…`);
  });
});

describe("truncateEscaped", () => {
  it("fits a title full of ampersands into the budget after escaping, with no half escape", () => {
    const out = truncateEscaped("&".repeat(1000), 50, escapeSlackText);
    expect(out.length).toBeLessThanOrEqual(50);
    expect(out).toMatch(/^(&amp;)+…$/);
  });

  it("returns the raw prefix that fits once escaped", () => {
    expect(fitRaw("a<b<c<d", 10, escapeSlackText)).toBe("a<b…");
  });
});

describe("LIMITS", () => {
  it("states the documented Slack and Discord numbers", () => {
    expect(LIMITS.slack.blocksPerMessage).toBe(50);
    expect(LIMITS.slack.headerText).toBe(150);
    expect(LIMITS.slack.sectionText).toBe(3000);
    expect(LIMITS.discord.embedsPerMessage).toBe(10);
    expect(LIMITS.discord.totalEmbedChars).toBe(6000);
    expect(LIMITS.discord.content).toBe(2000);
  });
});
