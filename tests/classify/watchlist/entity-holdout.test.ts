import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateEntitySets } from "../../../src/commands/evaluate-entities.js";
import { SHIPPED_ENTRIES } from "./shipped-watchlist.js";

const DIR = join(import.meta.dirname, "../../fixtures/entities");

describe("watchlist tagging on real held-out headlines", () => {
  const [holdout] = evaluateEntitySets(DIR, SHIPPED_ENTRIES).filter((r) => r.name === "entities-holdout");

  it("reaches recall 0.90 and precision 0.95", () => {
    expect(holdout?.evaluation.examples).toBeGreaterThanOrEqual(60);
    expect(holdout?.evaluation.recall).toBeGreaterThanOrEqual(0.9);
    expect(holdout?.evaluation.precision).toBeGreaterThanOrEqual(0.95);
  });

  it("tags none of the look-alikes", () => {
    expect(holdout?.evaluation.lookalikes).toBeGreaterThanOrEqual(10);
    expect(holdout?.evaluation.lookalikesTagged).toEqual([]);
  });
});
