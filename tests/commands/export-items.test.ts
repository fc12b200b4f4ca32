import { describe, expect, it } from "vitest";
import { exportItems } from "../../src/commands/export-items.js";
import type { StoredItem } from "../../src/model/item.js";

const item: StoredItem = {
  id: "a1",
  feedId: "voa-east-asia",
  outlet: "VOA",
  url: "https://www.voanews.com/a/7000001.html",
  link: "https://www.voanews.com/a/7000001.html",
  guid: null,
  title: '=HYPERLINK("http://evil.example") Cambodia scam compound raid',
  summary: "",
  publishedAt: "2026-11-24T10:00:00.000Z",
  publishedEstimated: false,
  firstSeenAt: "2026-11-24T10:05:00.000Z",
  language: "en",
  classification: {
    relevant: true,
    sea: true,
    topics: ["scam_compounds", "law_enforcement"],
    countries: ["KH"],
    urgency: "breaking",
    score: 0.9,
    reasons: ["'scam compound' + 'raid' → relevant, KH"],
    entities: [],
    version: "1",
  },
  storyId: "a1",
  feedIds: ["voa-east-asia", "voa-top"],
};

describe("exportItems", () => {
  it("writes one JSON line per item with the classification fields", () => {
    const line = JSON.parse(exportItems([item], "jsonl").trim());
    expect(line).toMatchObject({
      title: item.title,
      url: item.url,
      link: item.link,
      outlet: "VOA",
      feed: "voa-east-asia,voa-top",
      published: item.publishedAt,
      relevant: true,
      sea: true,
      topics: ["scam_compounds", "law_enforcement"],
      countries: ["KH"],
      urgency: "breaking",
    });
  });

  it("writes CSV that a spreadsheet cannot run as a formula", () => {
    const csv = exportItems([item], "csv");
    const [header, row] = csv.trim().split("\n");
    expect(header).toMatch(/^published,title,url,link,outlet,feed,relevant/);
    expect(row).toContain(`"'=HYPERLINK(""http://evil.example"") Cambodia scam compound raid"`);
  });

  it("writes a Markdown table with linked titles", () => {
    const md = exportItems([item], "md");
    expect(md.split("\n")[0]).toBe(
      "| published | title | outlet | relevant | countries | topics | urgency |",
    );
    expect(md).toContain("](https://www.voanews.com/a/7000001.html) | VOA | yes | KH |");
  });

  it("writes the Markdown table's times in the reader's zone, and keeps JSON lines in ISO UTC", () => {
    expect(exportItems([item], "md", false, "Asia/Bangkok")).toMatch(/^\| 24 Nov 2026 17:00 ICT \| \[/);
    expect(exportItems([item], "md", false)).toMatch(/^\| 24 Nov 2026 10:00 UTC \| \[/);
    expect(JSON.parse(exportItems([item], "jsonl", true, "Asia/Bangkok")).published).toBe(item.publishedAt);
  });
});

describe("exportItems with watched entities (issue 17)", () => {
  const mentions = [
    { id: "prince-group", name: "Prince Group", alias: "太子集团", field: "title" as const },
    { id: "chen-zhi", name: "Chen Zhi", alias: "Chen Zhi", field: "summary" as const },
  ];
  const naming: StoredItem = { ...item, classification: { ...item.classification!, entities: mentions } };

  it("carries each mention in JSON lines: id, name, alias as written, field", () => {
    expect(JSON.parse(exportItems([naming], "jsonl").trim()).entities).toEqual(mentions);
    expect(JSON.parse(exportItems([item], "jsonl").trim()).entities).toEqual([]);
  });

  it("carries the entity ids in a CSV column", () => {
    const [header, row] = exportItems([naming], "csv").trim().split("\n");
    const columns = header!.split(",");
    expect(columns).toContain("entities");
    expect(row).toContain("prince-group; chen-zhi");
  });
});
