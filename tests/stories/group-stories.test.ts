import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { StoredItem } from "../../src/model/item.js";
import { groupStories } from "../../src/stories/group-stories.js";
import { buildStoredItem } from "../route/build-stored-item.js";

interface FixtureItem {
  title: string;
  summary: string;
  outlet: string;
  url: string;
  publishedAt: string;
}
const fixture = JSON.parse(
  readFileSync(new URL("./fixtures/story-clusters.json", import.meta.url), "utf8"),
) as {
  clusters: { event: string; items: FixtureItem[] }[];
  apart: { why: string; windowDays: number; items: FixtureItem[] }[];
};

function toItems(items: FixtureItem[], prefix: string): StoredItem[] {
  return items.map((item, index) => buildStoredItem({ ...item, id: `${prefix}-${index}` }));
}

function storyOf(assignments: { itemId: string; storyId: string }[], itemId: string): string | undefined {
  return assignments.find((assignment) => assignment.itemId === itemId)?.storyId;
}

describe("groupStories", () => {
  it.each(fixture.clusters.map((cluster) => [cluster.event, cluster.items] as const))(
    "reports of one event from several outlets become one story: %s",
    (_event, items) => {
      const stored = toItems(items, "c");
      const assignments = groupStories(stored, []);
      const earliest = [...stored].sort(
        (a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt) || a.id.localeCompare(b.id),
      )[0]!;
      expect(assignments.map((assignment) => assignment.storyId)).toEqual(stored.map(() => earliest.id));
    },
  );

  it.each(fixture.apart.map((pair) => [pair.why, pair.windowDays, pair.items] as const))(
    "different events in the same place stay apart: %s",
    (_why, windowDays, items) => {
      const stored = toItems(items, "a");
      const assignments = groupStories(stored, [], { windowDays });
      expect(new Set(assignments.map((assignment) => assignment.storyId)).size).toBe(stored.length);
    },
  );

  it("all clusters in one batch come out as exactly as many stories as there are events", () => {
    const stored = fixture.clusters.flatMap((cluster, index) => toItems(cluster.items, `e${index}`));
    const assignments = groupStories(stored, []);
    expect(new Set(assignments.map((assignment) => assignment.storyId))).toEqual(
      new Set(["e0-0", "e1-0", "e2-0", "e3-0"]),
    );
  });

  it("a new report joins the story a recent report already leads", () => {
    const [reuters, japanToday] = toItems(fixture.clusters[1]!.items.slice(0, 2), "r");
    const recent = { ...japanToday!, id: "jt", storyId: "older-lead" };
    const assignments = groupStories([{ ...reuters!, id: "reuters" }], [recent]);
    expect(assignments).toEqual([{ itemId: "reuters", storyId: "older-lead" }]);
  });

  it("a recent item never grouped before leads the story a new report joins", () => {
    const [first, second] = toItems(fixture.clusters[2]!.items.slice(0, 2), "p");
    const assignments = groupStories([{ ...second!, id: "new" }], [{ ...first!, id: "old", storyId: null }]);
    expect(assignments).toEqual([
      { itemId: "old", storyId: "old" },
      { itemId: "new", storyId: "old" },
    ]);
  });

  it("the same canonical URL is one story even when the title was rewritten a week later", () => {
    const [reuters] = toItems(fixture.clusters[1]!.items.slice(1, 2), "u");
    const rewritten = {
      ...reuters!,
      id: "rewrite",
      title: "Myanmar cybercrime kingpin dead, family handed over to China",
      publishedAt: "2023-11-28T00:00:00.000Z",
    };
    const assignments = groupStories([rewritten], [{ ...reuters!, storyId: "lead" }]);
    expect(assignments).toEqual([{ itemId: "rewrite", storyId: "lead" }]);
  });

  it("the same headline outside the window is a new story", () => {
    const [item] = toItems(fixture.clusters[1]!.items.slice(0, 1), "w");
    const later = {
      ...item!,
      id: "later",
      url: `${item!.url}?later`,
      publishedAt: "2023-11-30T00:00:00.000Z",
    };
    expect(groupStories([later], [{ ...item!, storyId: item!.id }], { windowDays: 3 })).toEqual([
      { itemId: "later", storyId: "later" },
    ]);
    expect(groupStories([later], [{ ...item!, storyId: item!.id }], { windowDays: 10 })).toEqual([
      { itemId: "later", storyId: item!.id },
    ]);
  });

  it("the earliest report in a batch leads even when it arrives last", () => {
    const stored = toItems(fixture.clusters[2]!.items, "o").reverse();
    const assignments = groupStories(stored, []);
    expect(new Set(assignments.map((assignment) => assignment.storyId))).toEqual(new Set(["o-0"]));
    expect(storyOf(assignments, "o-3")).toBe("o-0");
  });

  it("an empty batch assigns nothing", () => {
    expect(groupStories([], toItems(fixture.clusters[0]!.items, "x"))).toEqual([]);
  });

  it("groups a batch of 10,000 new items against 5,000 recent ones", () => {
    const rows = [
      ...new Map(
        [
          ...fixture.clusters.flatMap((cluster) => cluster.items),
          ...fixture.apart.flatMap((pair) => pair.items),
        ].map((row) => [row.title, row]),
      ).values(),
    ];
    const base = Date.parse("2024-01-01T00:00:00Z");
    // One real headline every four hours, cycling: copies of one headline are more than 3 days apart, so
    // only the real clusters within one cycle group.
    const all = Array.from({ length: 15_000 }, (_, k) => {
      const row = rows[k % rows.length]!;
      return buildStoredItem({
        ...row,
        id: `i${k}`,
        url: `${row.url}#${k}`,
        publishedAt: new Date(base + k * 4 * 3_600_000).toISOString(),
      });
    });
    const recent = all.slice(0, 5_000).map((item) => ({ ...item, storyId: item.id }));
    const assignments = groupStories(all.slice(5_000), recent);
    expect(assignments).toHaveLength(10_000);
    const cycle = Math.floor(14_000 / rows.length) * rows.length;
    const thailandFirst = cycle + 8; // clusters[2] starts at index 4 + 4 = 8 of the cycle
    expect(rows[8]!.title).toMatch(/^Thailand to cut power/);
    for (const offset of [1, 2, 3]) {
      expect(storyOf(assignments, `i${thailandFirst + offset}`)).toBe(`i${thailandFirst}`);
    }
    // 23 distinct headlines a cycle form 13 stories (4 clusters, 9 single reports): about 5,650 stories.
    const stories = new Set(assignments.map((assignment) => assignment.storyId)).size;
    expect(stories).toBeGreaterThan(5_600);
    expect(stories).toBeLessThan(5_700);
  });
});
