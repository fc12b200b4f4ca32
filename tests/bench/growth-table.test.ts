/**
 * The growth table `npm run bench` prints: a column per archive size, smallest first, each later value with
 * its ratio to the first; and the names the scale run gives its figures (earlier names kept at the main size).
 */
import { describe, expect, it } from "vitest";
import { formatGrowthTable, scaledName } from "../../bench/growth-table.js";

describe("formatGrowthTable", () => {
  it("prints one column per size, smallest first, with each later value's growth over the first", () => {
    const table = formatGrowthTable([
      {
        figure: "search_p95_ms",
        unit: "ms",
        values: new Map([
          [1_000_000, 30],
          [10_000, 10],
          [100_000, 15],
        ]),
      },
      { figure: "worker_rss_mb", unit: "MB", values: new Map([[100_000, 120]]) },
    ]);
    const [header, search, rss] = table.split("\n");
    expect(header).toMatch(/^figure\s+unit\s+10k items\s+100k items\s+1M items$/);
    expect(search).toMatch(/^search_p95_ms\s+ms\s+10\.0\s+15\.0 \(1\.5×\)\s+30\.0 \(3\.0×\)$/);
    // A figure measured at one size only: dashes elsewhere, no ratio against a missing first value.
    expect(rss).toMatch(/^worker_rss_mb\s+MB\s+–\s+120\s+–$/);
  });
});

describe("scaledName", () => {
  it("keeps the plain name at the main size and suffixes the others", () => {
    expect(scaledName("search_p95_ms", 100_000, 100_000)).toBe("search_p95_ms");
    expect(scaledName("search_p95_ms", 1_000_000, 100_000)).toBe("search_p95_ms_1m");
    expect(scaledName("search_p95_ms_postgres", 1_000_000, 100_000)).toBe("search_p95_ms_postgres_1m");
    expect(scaledName("web_p95_ms", 10_000, 100_000)).toBe("web_p95_ms_10k");
  });
});
