import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tokenizeText } from "../../../src/classify/tokenize-text.js";
import { compileWatchlist } from "../../../src/classify/watchlist/compile-watchlist.js";
import { locateEntities, tagEntities } from "../../../src/classify/watchlist/tag-entities.js";
import { readEntitySet } from "../../../src/commands/evaluate-entities.js";
import type { WatchedEntity } from "../../../src/model/entity.js";
import { loadAllHeadlines } from "../../support/labelled-headlines.js";
import { SHIPPED } from "./shipped-watchlist.js";

function ids(title: string, summary = "", language?: string): string[] {
  return tagEntities({ title, summary, language: language ?? null }, SHIPPED).map((m) => m.id);
}

describe("entity tagging with the shipped watchlist", () => {
  it("finds a name in every script the press writes it in, traditional and simplified alike", () => {
    expect(ids("柬埔寨太子集团被美国制裁", "", "zh")).toContain("prince-group");
    expect(ids("柬埔寨太子集團被美國制裁", "", "zh")).toContain("prince-group");
    expect(ids("Treasury sanctions Prince Group")).toEqual(["prince-group"]);
    expect(ids("TREASURY SANCTIONS PRINCE GROUP")).toEqual(["prince-group"]);
  });

  it("says which alias it saw, as written, and whether in the headline or the lead", () => {
    const [mention] = tagEntities(
      { title: "US and UK act against scam network", summary: "The sanctions name Cambodia's Prince Group." },
      SHIPPED,
    );
    expect(mention).toEqual({
      id: "prince-group",
      name: expect.stringContaining("Prince Group"),
      alias: "Prince Group",
      field: "summary",
    });
  });

  it("matches whole words only", () => {
    expect(ids("Prince Harry wins phone-hacking case against Mirror Group")).toEqual([]);
    expect(ids("Sacramento Kings beat the Lakers in overtime")).toEqual([]);
  });

  it("counts an ambiguous alias only beside its context", () => {
    // The actress is not the casino chairman; the chairman is named beside his casino.
    expect(ids("Zhao Wei's new film opens in Beijing")).toEqual([]);
    expect(ids("US sanctions Zhao Wei, the Golden Triangle casino boss")).toContain("zhao-wei");
  });

  it("tags each entity once, title before lead", () => {
    const mentions = tagEntities(
      {
        title: "Huione Pay under pressure",
        summary: "Huione Guarantee and Huione Pay were named by FinCEN.",
      },
      SHIPPED,
    );
    expect(mentions.filter((m) => m.id === "huione")).toHaveLength(1);
    expect(mentions[0]?.field).toBe("title");
  });
});

describe("entity tagging with a watchlist an operator edited", () => {
  const entry = (over: Partial<WatchedEntity>): WatchedEntity => ({
    id: "jin-bei",
    name: "Jin Bei",
    kind: "company",
    countries: ["KH"],
    aliases: ["Jin Bei"],
    ambiguousAliases: [],
    context: [],
    sources: [],
    note: null,
    ...over,
  });

  it("folds Latin marks, so a Vietnamese spelling finds the plain one", () => {
    const watchlist = compileWatchlist([
      entry({ id: "ly-yong-phat", name: "Ly Yong Phat", aliases: ["Ly Yong Phat"] }),
    ]);
    expect(tagEntities({ title: "Mỹ trừng phạt tài phiệt Lý Yong Phát" }, watchlist)).toEqual([
      { id: "ly-yong-phat", name: "Ly Yong Phat", alias: "Lý Yong Phát", field: "title" },
    ]);
  });

  it("reads a Thai or Khmer alias inside unspaced text on word boundaries", () => {
    const watchlist = compileWatchlist([entry({ aliases: ["Jin Bei", "จินเป่ย"] })]);
    expect(tagEntities({ title: "ตำรวจบุกค้นคาสิโนจินเป่ยในสีหนุวิลล์" }, watchlist).map((m) => m.alias)).toEqual([
      "จินเป่ย",
    ]);
  });

  it("takes any text an operator types as an alias without breaking", () => {
    const watchlist = compileWatchlist([entry({ aliases: ["Jin {Bei", "a|b}", "  "] })]);
    expect(tagEntities({ title: "Jin Bei casino raided" }, watchlist).map((m) => m.id)).toEqual(["jin-bei"]);
  });
});

describe("the fast path for plain English text", () => {
  it("tags exactly what the full scan tags, on every labelled headline and entity set item", () => {
    const items = [
      ...loadAllHeadlines(),
      ...readEntitySet(join(import.meta.dirname, "../../fixtures/entities/entities-holdout.jsonl")),
      {
        title: "PRINCE GROUP's Chen Zhi and Huione-linked firms; Kings Romans (Zhao Wei)",
        summary: "KK Park, Shwe Kokko",
      },
    ];
    let compared = 0;
    for (const item of items) {
      const title = item.title;
      const summary = item.summary ?? "";
      const full = locateEntities({ title, summary }, SHIPPED, "en");
      const fast = locateEntities({ title, summary }, SHIPPED, "en", tokenizeText(title, summary));
      expect({ title, mentions: fast }).toEqual({ title, mentions: full });
      if (full.length > 0) compared++;
    }
    expect(compared).toBeGreaterThan(20);
  });
});
