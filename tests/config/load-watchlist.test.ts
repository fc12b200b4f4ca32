import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadWatchlist, parseWatchlist } from "../../src/config/load-watchlist.js";
import { watchlistJsonSchema } from "../../src/config/watchlist-schema.js";

const REQUIRED = [
  "kk-park",
  "shwe-kokko",
  "dongmei",
  "kings-romans",
  "prince-group",
  "huione",
  "chen-zhi",
  "she-zhijiang",
  "zhao-wei",
  "saw-chit-thu",
  "kna-bgf",
  "dkba",
  "kokang-families",
  "ly-yong-phat",
];

describe("the shipped watchlist.json (issue 17)", () => {
  const entries = loadWatchlist("watchlist.json");

  it("holds every entry issue 17 names, each with at least one public http(s) source", () => {
    const ids = entries.map((entry) => entry.id);
    for (const id of REQUIRED) expect(ids).toContain(id);
    for (const entry of entries) {
      expect(entry.sources.length).toBeGreaterThan(0);
      for (const source of entry.sources) expect(source.url).toMatch(/^https?:\/\//);
    }
  });

  it("keeps the actress 赵薇/趙薇 out of Zhao Wei the casino chairman's spellings", () => {
    const zhaoWei = entries.find((entry) => entry.id === "zhao-wei");
    expect(zhaoWei?.aliases).toContain("赵伟");
    expect(zhaoWei?.aliases).not.toContain("赵薇");
    expect(zhaoWei?.aliases).not.toContain("趙薇");
  });

  it("ships a watchlist.schema.json generated from the same rules", () => {
    expect(JSON.parse(readFileSync("watchlist.schema.json", "utf8"))).toEqual(watchlistJsonSchema());
  });
});

describe("parseWatchlist", () => {
  const entry = {
    id: "kk-park",
    name: "KK Park",
    kind: "compound",
    countries: ["MM"],
    aliases: ["KK Park"],
    sources: [{ title: "t", url: "https://example.org/kk" }],
  };

  it("names the file, the entry and the field of every problem at once", () => {
    const text = JSON.stringify({
      entries: [
        { ...entry, sources: [] },
        { ...entry, id: "Bad Id", kind: "casino" },
      ],
    });
    const message = (() => {
      try {
        parseWatchlist("w.json", text);
        return "";
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain('w.json: entries[0] (id "kk-park").sources');
    expect(message).toContain('w.json: entries[1] (id "Bad Id").id');
    expect(message).toContain('w.json: entries[1] (id "Bad Id").kind');
  });

  it("refuses a repeated id and an ambiguous alias that is not an alias, or has no context words", () => {
    expect(() => parseWatchlist("w.json", JSON.stringify({ entries: [entry, entry] }))).toThrow(
      'w.json: entries[1] (id "kk-park").id: duplicate of entries[0]',
    );
    expect(() =>
      parseWatchlist(
        "w.json",
        JSON.stringify({ entries: [{ ...entry, ambiguousAliases: ["KK"], context: ["Myawaddy"] }] }),
      ),
    ).toThrow('"KK" is not one of its aliases');
    expect(() =>
      parseWatchlist("w.json", JSON.stringify({ entries: [{ ...entry, ambiguousAliases: ["KK Park"] }] })),
    ).toThrow("ambiguous aliases need context words");
  });

  it("says which file is missing and what to do", () => {
    expect(() => loadWatchlist("/nonexistent/watchlist.json")).toThrow(/file not found/);
  });
});
