import { describe, expect, it } from "vitest";
import { quietUntil } from "../../src/route/quiet-hours.js";

describe("quietUntil", () => {
  it.each([
    [
      "23:00 in Bangkok is quiet until 07:00",
      "2026-11-25T16:00:00Z",
      "22:00-07:00",
      "Asia/Bangkok",
      "2026-11-26T00:00:00.000Z",
    ],
    [
      "03:00 in Bangkok is quiet until 07:00 the same day",
      "2026-11-25T20:00:00Z",
      "22:00-07:00",
      "Asia/Bangkok",
      "2026-11-26T00:00:00.000Z",
    ],
    [
      "22:00 sharp is quiet",
      "2026-11-25T15:00:00Z",
      "22:00-07:00",
      "Asia/Bangkok",
      "2026-11-26T00:00:00.000Z",
    ],
    ["07:00 sharp is not", "2026-11-26T00:00:00Z", "22:00-07:00", "Asia/Bangkok", null],
    ["08:00 in Bangkok is not quiet", "2026-11-25T01:00:00Z", "22:00-07:00", "Asia/Bangkok", null],
    [
      "a daytime range that does not wrap",
      "2026-11-25T06:00:00Z",
      "12:00-14:00",
      "Asia/Bangkok",
      "2026-11-25T07:00:00.000Z",
    ],
    [
      "the same instant is not quiet in New York",
      "2026-11-25T16:00:00Z",
      "22:00-07:00",
      "America/New_York",
      null,
    ],
    // Berlin springs forward on 29 Mar 2026: the night is an hour shorter, 07:00 CEST is 05:00Z.
    [
      "a night across spring-forward ends at 07:00 summer time",
      "2026-03-28T22:00:00Z",
      "22:00-07:00",
      "Europe/Berlin",
      "2026-03-29T05:00:00.000Z",
    ],
    [
      "an end time skipped by spring-forward is taken as just after the jump",
      "2026-03-29T00:30:00Z",
      "01:00-02:30",
      "Europe/Berlin",
      "2026-03-29T01:30:00.000Z",
    ],
    // Berlin falls back on 25 Oct 2026: 02:00-03:00 happens twice.
    [
      "the first pass of a repeated hour ends at the first 02:45",
      "2026-10-25T00:30:00Z",
      "02:00-02:45",
      "Europe/Berlin",
      "2026-10-25T00:45:00.000Z",
    ],
    [
      "the second pass ends at the second 02:45",
      "2026-10-25T01:30:00Z",
      "02:00-02:45",
      "Europe/Berlin",
      "2026-10-25T01:45:00.000Z",
    ],
    ["no quiet hours, never quiet", "2026-11-25T16:00:00Z", null, "Asia/Bangkok", null],
  ])("%s", (_name, now, quiet, tz, expected) => {
    expect(quietUntil(new Date(now), quiet, tz)?.toISOString() ?? null).toBe(expected);
  });
});
