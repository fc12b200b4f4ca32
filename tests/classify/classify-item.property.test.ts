import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyItem } from "../../src/classify/classify-item.js";
import { TOPICS, URGENCIES } from "../../src/model/classification.js";

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.lorem(),
);

describe("classifyItem on arbitrary input", () => {
  it("never throws and always returns a well-formed verdict", () => {
    fc.assert(
      fc.property(
        text,
        fc.option(text),
        fc.option(text),
        fc.option(text),
        (title, summary, outlet, language) => {
          const c = classifyItem({ title, summary, outlet, language });
          expect(typeof c.relevant).toBe("boolean");
          expect(typeof c.sea).toBe("boolean");
          for (const t of c.topics) expect(TOPICS).toContain(t);
          for (const code of c.countries) expect(code).toMatch(/^[A-Z]{2}$/);
          expect(URGENCIES).toContain(c.urgency);
          expect(c.score).toBeGreaterThanOrEqual(0);
          expect(c.score).toBeLessThanOrEqual(1);
          expect(c.reasons.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("never throws when lexicon words are mixed into random text", () => {
    const words = fc.constantFrom(
      "trafficking",
      "scam",
      "compound",
      "Myawaddy",
      "drug",
      "traffic",
      "sold",
      "wives",
      "fake",
      "jobs",
      "US",
      "not",
      "rescued",
      "?",
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string()), { maxLength: 40 }), (parts) => {
        const c = classifyItem({ title: parts.join(" "), summary: parts.reverse().join("-") });
        for (const code of c.countries) expect(code).toMatch(/^[A-Z]{2}$/);
      }),
      { numRuns: 500 },
    );
  });
});
