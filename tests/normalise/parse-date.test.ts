import { describe, expect, it } from "vitest";
import { parseDate } from "../../src/normalise/parse-date.js";
import { publishedTime } from "../../src/normalise/published-time.js";

describe("parseDate", () => {
  it.each([
    ["RFC 822 with offset (VOA)", "Wed, 13 Jul 2022 19:56:14 +0000", "2022-07-13T19:56:14.000Z"],
    ["RFC 822 with GMT (Google News)", "Sun, 27 Sep 2026 02:32:00 GMT", "2026-09-27T02:32:00.000Z"],
    ["RFC 822 with -0500 (Reuters)", "Tue, 30 Jan 2018 12:29:57 -0500", "2018-01-30T17:29:57.000Z"],
    ["named zone EST", "Tue, 30 Jan 2018 12:29:57 EST", "2018-01-30T17:29:57.000Z"],
    ["named zone PDT", "Mon, 01 Jul 2024 08:00:00 PDT", "2024-07-01T15:00:00.000Z"],
    ["two-digit year", "Fri, 01 Apr 22 00:01:55 -0400", "2022-04-01T04:01:55.000Z"],
    ["single-digit day, no zone (China News)", "Sat, 3 Oct 2026 12:53:46", "2026-10-03T12:53:46.000Z"],
    ["no weekday, no seconds", "23 Jun 2026 22:10 +0300", "2026-06-23T19:10:00.000Z"],
    ["ISO 8601 Z (DW dc:date)", "2020-07-08T08:58:00Z", "2020-07-08T08:58:00.000Z"],
    ["ISO 8601 with offset and fraction", "2025-10-30T16:24:16.123+09:00", "2025-10-30T07:24:16.000Z"],
    ["ISO 8601 date only", "2026-01-14", "2026-01-14T00:00:00.000Z"],
    ["UN News noon date", "Wed, 23 Sep 2026 12:00:00 +0000", "2026-09-23T12:00:00.000Z"],
  ])("%s", (_name, input, expected) => {
    expect(parseDate(input)?.toISOString()).toBe(expected);
  });

  it.each(["", "last Tuesday", "32 Foo 2020", "2026-13-45T99:00:00Z"])("returns null for %j", (input) => {
    expect(parseDate(input)).toBeNull();
  });
});

describe("publishedTime", () => {
  const now = new Date("2026-09-23T09:00:00Z");

  it("UN News noon pubDate later today is clamped to now", () => {
    expect(publishedTime("Wed, 23 Sep 2026 12:00:00 +0000", now)).toEqual({
      publishedAt: "2026-09-23T09:00:00.000Z",
      estimated: true,
      warning: "date 2026-09-23T12:00:00.000Z is in the future: used now",
    });
  });

  it("a date up to ten minutes ahead is trusted (clock skew)", () => {
    expect(publishedTime("2026-09-23T09:09:00Z", now)).toEqual({
      publishedAt: "2026-09-23T09:09:00.000Z",
      estimated: false,
      warning: null,
    });
  });

  it("no date is now, estimated, without a warning", () => {
    expect(publishedTime(null, now)).toEqual({
      publishedAt: now.toISOString(),
      estimated: true,
      warning: null,
    });
  });
});
