import { describe, expect, it } from "vitest";
import { classifyItem } from "../../../src/classify/classify-item.js";
import { compileWatchlist } from "../../../src/classify/watchlist/compile-watchlist.js";
import type { WatchedEntity } from "../../../src/model/entity.js";
import { SHIPPED } from "./shipped-watchlist.js";

// An operator's entry the English lexicons know nothing of, so only the watchlist can make it count.
const JIN_BEI: WatchedEntity = {
  id: "jin-bei",
  name: "Jin Bei",
  kind: "company",
  countries: ["KH"],
  aliases: ["Jin Bei", "金贝"],
  ambiguousAliases: [],
  context: [],
  sources: [],
  note: null,
};
const WATCHLIST = compileWatchlist([JIN_BEI]);

describe("names make relevance", () => {
  it("a watched name beside enforcement vocabulary is relevant, and the reason says so", () => {
    const title = "Authorities arrest Jin Bei managers";
    expect(classifyItem({ title }).relevant).toBe(false);
    const verdict = classifyItem({ title }, WATCHLIST);
    expect(verdict.relevant).toBe(true);
    expect(verdict.countries).toEqual(["KH"]);
    expect(verdict.sea).toBe(true);
    expect(verdict.topics).toContain("law_enforcement");
    expect(verdict.reasons[0]).toBe("names Jin Bei as 'Jin Bei' + 'arrest' → relevant, KH");
    expect(verdict.entities).toEqual([{ id: "jin-bei", name: "Jin Bei", alias: "Jin Bei", field: "title" }]);
  });

  it("a watched name in business news alone is tagged but not relevant", () => {
    const verdict = classifyItem({ title: "Jin Bei opens a new hotel tower and a bank branch" }, WATCHLIST);
    expect(verdict.relevant).toBe(false);
    expect(verdict.entities.map((e) => e.id)).toEqual(["jin-bei"]);
    expect(verdict.reasons).toContain("names Jin Bei as 'Jin Bei'");
  });

  it("quotes a name in its own script in the reason", () => {
    const verdict = classifyItem({ title: "柬埔寨太子集团董事长陈志被捕", language: "zh" }, SHIPPED);
    expect(verdict.relevant).toBe(true);
    expect(verdict.reasons.join(" ")).toContain("as '太子集团'");
  });

  it("the issue's own examples are relevant with the shipped watchlist", () => {
    for (const title of [
      "Treasury sanctions Prince Group",
      "Thailand extradites She Zhijiang",
      "Cambodia arrests Prince Group chairman",
    ]) {
      const verdict = classifyItem({ title }, SHIPPED);
      expect({ title, relevant: verdict.relevant, sea: verdict.sea }).toEqual({
        title,
        relevant: true,
        sea: true,
      });
      expect(verdict.entities.length).toBeGreaterThan(0);
    }
  });
});
