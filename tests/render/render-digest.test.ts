import { describe, expect, it } from "vitest";
import { planDigestSections } from "../../src/render/render-digest.js";
import { buildDigest, itemFromHeadline, readHeadlines, storyOf } from "./build-digest.js";

describe("planDigestSections", () => {
  it("groups the 80-story digest by the lead's first country, with readable names like Cambodia (KH)", () => {
    const sections = planDigestSections(buildDigest(80, "country"));
    const labels = sections.map((s) => s.label);
    expect(labels).toContain("Cambodia (KH)");
    expect(labels).toContain("Myanmar (MM)");
    const cambodia = sections.find((s) => s.key === "KH")!;
    for (const story of cambodia.stories) expect(story.lead.classification?.countries[0]).toBe("KH");
  });

  it("orders sections largest first and puts Other last", () => {
    const sections = planDigestSections(buildDigest(80, "country"));
    expect(sections.at(-1)?.label).toBe("Other");
    const named = sections.slice(0, -1).map((s) => s.stories.length);
    expect(named).toEqual([...named].sort((a, b) => b - a));
  });

  it("lists the newest story first inside a section", () => {
    for (const section of planDigestSections(buildDigest(80, "country"))) {
      const times = section.stories.map((s) => Date.parse(s.lead.publishedAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
    }
  });

  it("groups by topic when the subscription asks for it", () => {
    const sections = planDigestSections(buildDigest(80, "topic"));
    expect(sections.map((s) => s.label)).toContain("Scam compounds");
    const scams = sections.find((s) => s.key === "scam_compounds")!;
    for (const story of scams.stories) expect(story.lead.classification?.topics[0]).toBe("scam_compounds");
  });

  it("keeps every story exactly once, even when the digest lists one twice", () => {
    const digest = buildDigest(80, "country");
    digest.stories.push(digest.stories[3]!);
    const ids = planDigestSections(digest).flatMap((s) => s.stories.map((x) => x.id));
    expect(ids).toHaveLength(80);
    expect(new Set(ids).size).toBe(80);
  });

  it("puts an unclassified item under Other", () => {
    const h = readHeadlines()[0]!;
    const story = storyOf("s1", { ...itemFromHeadline(h, 0), classification: null });
    const sections = planDigestSections({
      subscriptionId: "x",
      generatedAt: "",
      groupBy: "country",
      stories: [story],
    });
    expect(sections).toEqual([{ key: "other", label: "Other", stories: [story] }]);
  });
});
