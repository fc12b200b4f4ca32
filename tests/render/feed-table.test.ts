import { describe, expect, it } from "vitest";
import type { FeedStatusRow } from "../../src/model/feed.js";
import { renderFeedTable } from "../../src/render/feed-table.js";

const NOW = new Date("2026-11-25T08:00:00Z");

function row(overrides: Partial<FeedStatusRow>): FeedStatusRow {
  return {
    id: "dw-asia",
    outlet: "DW",
    url: "https://rss.dw.com/rdf/rss-en-asia",
    state: "ok",
    lastStatus: 200,
    lastError: null,
    lastErrorCode: null,
    consecutiveFailures: 0,
    itemsSeen: 40,
    lastNewItemAt: "2026-11-25T07:57:00.123Z",
    lastPolledAt: "2026-11-25T07:59:30.000Z",
    nextAttemptAt: null,
    ...overrides,
  };
}

const ROWS: FeedStatusRow[] = [
  row({}),
  row({
    id: "voa-east-asia-pacific",
    outlet: "Voice of America",
    state: "failing",
    lastStatus: 503,
    lastError: "HTTP 503 from https://www.voanews.com/api/zq$omeqvi",
    consecutiveFailures: 3,
    itemsSeen: 7,
    lastNewItemAt: "2026-11-22T08:00:00Z",
    lastPolledAt: "2026-11-25T05:00:00Z",
    nextAttemptAt: "2026-11-25T08:05:00Z",
  }),
  row({
    id: "unodc",
    outlet: "UNODC",
    state: "new",
    lastStatus: null,
    itemsSeen: 0,
    lastNewItemAt: null,
    lastPolledAt: null,
  }),
];

describe("renderFeedTable", () => {
  it("prints a summary, then aligned columns with relative times, the error under a failing feed", () => {
    expect(renderFeedTable(ROWS, { now: NOW, color: false })).toBe(
      [
        "3 feeds: 1 ok, 1 failing, 1 not polled yet, 0 disabled",
        "",
        "STATE    FEED                   OUTLET            HTTP  ITEMS  LAST POLL  LAST NEW ITEM",
        "ok       dw-asia                DW                 200     40  just now   2 min ago",
        "failing  voa-east-asia-pacific  Voice of America   503      7  3 h ago    3 d ago",
        "  └ HTTP 503 from https://www.voanews.com/api/zq$omeqvi (3 failures in a row; next try in 5 min)",
        "new      unodc                  UNODC                -      0  never      never",
        "",
      ].join("\n"),
    );
  });

  it("without colour carries no escape sequence, so piped output is plain", () => {
    expect(renderFeedTable(ROWS, { now: NOW, color: false })).not.toContain("\u001b[");
  });

  it.each([
    ["failing", "\u001b[31m"],
    ["new", "\u001b[2m"],
    ["disabled", "\u001b[2m"],
  ] as const)("at a terminal paints a %s feed's row", (state, code) => {
    const text = renderFeedTable([row({ state })], { now: NOW, color: true });
    const line = text.split("\n").find((l) => l.includes("dw-asia"))!;
    expect(line.startsWith(code)).toBe(true);
    expect(line.endsWith("\u001b[0m")).toBe(true);
  });

  it("leaves a healthy feed's row unpainted at a terminal", () => {
    const text = renderFeedTable([row({})], { now: NOW, color: true });
    expect(text).not.toContain("\u001b[");
  });

  it.each([
    ["2026-11-25T07:59:00Z", "next try now"],
    ["2026-11-25T10:00:00Z", "next try in 2 h"],
    [null, "in a row)"],
  ])("says when a failing feed is tried again (next attempt %s)", (nextAttemptAt, expected) => {
    const text = renderFeedTable([row({ state: "failing", consecutiveFailures: 1, nextAttemptAt })], {
      now: NOW,
      color: false,
    });
    expect(text).toContain(expected);
    expect(text).toContain("1 failure in a row");
  });
});
