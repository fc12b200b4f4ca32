/** Feed health (issue 19): silent and failing feeds read from a real SQLite store. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { feedStatus } from "../../src/commands/feed-status.js";
import type { FeedConfig } from "../../src/model/feed.js";
import { emptyFeedState } from "../../src/model/feed.js";
import { renderFeedTable } from "../../src/render/feed-table.js";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";
import { buildItem } from "../support/build-item.js";
import { tempSqliteUrl } from "../support/temp-db.js";

const NOW = new Date("2025-06-01T12:00:00.000Z");
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();
const feed = (id: string, outlet: string): FeedConfig => ({
  id,
  outlet,
  url: `https://example.org/${id}.xml`,
  interval: 15,
  language: null,
  enabled: true,
});

describe("feedStatus", () => {
  let db: ReturnType<typeof tempSqliteUrl>;
  let store: Store;

  beforeEach(async () => {
    db = tempSqliteUrl();
    store = await openStore(db.url);
    await store.migrate();
  });
  afterEach(async () => {
    await store.close();
    db.cleanup();
  });

  it("names a feed whose newest item is 40 days old as silent, and a daily one as not", async () => {
    await store.insertItems([
      ...[40, 41, 43].map((d, k) =>
        buildItem(k, { feedId: "unodc", outlet: "UNODC", publishedAt: daysAgo(d) }),
      ),
      ...[0, 1, 2].map((d, k) =>
        buildItem(10 + k, { feedId: "daily", outlet: "Daily", publishedAt: daysAgo(d) }),
      ),
    ]);
    for (const id of ["unodc", "daily"]) {
      await store.saveFeedState({
        ...emptyFeedState(id, `https://example.org/${id}.xml`),
        lastPolledAt: daysAgo(0),
      });
    }
    const rows = await feedStatus(store, [feed("unodc", "UNODC"), feed("daily", "Daily")], { now: NOW });
    expect(rows.find((r) => r.id === "unodc")?.silentSince).toBe(daysAgo(40));
    expect(rows.find((r) => r.id === "daily")?.silentSince).toBeUndefined();
    const table = renderFeedTable(rows, { now: NOW, color: false });
    expect(table.split("\n")[0]).toMatch(/, 1 silent$/);
    expect(table).toContain("  └ silent: no new item for 40 d");
  });
});
