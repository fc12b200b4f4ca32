import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/errors.js";
import {
  digestTick,
  instantOfWallClock,
  lastTickBefore,
  nextDigestTime,
  wallClockOf,
} from "../../src/route/schedule.js";

describe("nextDigestTime", () => {
  it.each([
    // Bangkok is UTC+7 all year.
    [
      "the morning digest in Bangkok",
      "0 8 * * *",
      "Asia/Bangkok",
      "2026-11-25T00:30:00Z",
      "2026-11-25T01:00:00.000Z",
    ],
    [
      "the day after once today's has fired",
      "0 8 * * *",
      "Asia/Bangkok",
      "2026-11-25T01:00:00Z",
      "2026-11-26T01:00:00.000Z",
    ],
    [
      "Friday afternoon waits for Monday on weekdays",
      "0 8 * * 1-5",
      "Asia/Bangkok",
      "2026-11-27T02:00:00Z",
      "2026-11-30T01:00:00.000Z",
    ],
    [
      "names for weekdays",
      "0 9 * * MON",
      "America/New_York",
      "2026-11-01T00:00:00Z",
      "2026-11-02T14:00:00.000Z",
    ],
    // New York leaves DST on 1 Nov 2026: 09:00 is 13:00Z on Friday 30 Oct, 14:00Z on Monday 2 Nov.
    [
      "New York before the clocks go back",
      "0 9 * * *",
      "America/New_York",
      "2026-10-30T00:00:00Z",
      "2026-10-30T13:00:00.000Z",
    ],
    [
      "New York after the clocks go back",
      "0 9 * * *",
      "America/New_York",
      "2026-11-01T12:00:00Z",
      "2026-11-01T14:00:00.000Z",
    ],
    // Berlin: 29 Mar 2026 02:00 CET -> 03:00 CEST; 25 Oct 2026 03:00 CEST -> 02:00 CET.
    [
      "a time skipped by spring-forward fires just after the jump",
      "30 2 * * *",
      "Europe/Berlin",
      "2026-03-28T12:00:00Z",
      "2026-03-29T01:30:00.000Z",
    ],
    [
      "08:00 in Berlin the day after spring-forward is 06:00Z",
      "0 8 * * *",
      "Europe/Berlin",
      "2026-03-29T12:00:00Z",
      "2026-03-30T06:00:00.000Z",
    ],
    [
      "a time repeated by fall-back fires the first time",
      "30 2 * * *",
      "Europe/Berlin",
      "2026-10-24T12:00:00Z",
      "2026-10-25T00:30:00.000Z",
    ],
    [
      "and not again in the repeated hour",
      "30 2 * * *",
      "Europe/Berlin",
      "2026-10-25T00:30:00Z",
      "2026-10-26T01:30:00.000Z",
    ],
    ["every quarter hour", "*/15 * * * *", "UTC", "2026-11-25T10:07:13Z", "2026-11-25T10:15:00.000Z"],
    ["the last day of the month", "0 0 L * *", "UTC", "2026-02-10T00:00:00Z", "2026-02-28T00:00:00.000Z"],
    [
      "day-of-month or day-of-week when both are given",
      "0 8 1 * MON",
      "UTC",
      "2026-06-02T00:00:00Z",
      "2026-06-08T08:00:00.000Z",
    ],
    [
      "January and December only",
      "0 8 1 JAN,DEC *",
      "UTC",
      "2026-02-01T00:00:00Z",
      "2026-12-01T08:00:00.000Z",
    ],
  ])("%s", (_name, cron, tz, after, expected) => {
    expect(nextDigestTime(cron, tz, new Date(after)).toISOString()).toBe(expected);
  });

  it("a schedule on a day that never comes is refused", () => {
    expect(() => nextDigestTime("0 0 31 2 *", "UTC", new Date("2026-01-01T00:00:00Z"))).toThrow(
      new ConfigError(
        '--schedule: "0 0 31 2 *": the day-of-month field "31" is not valid cron (e.g. "0 8 * * 1-5" is 08:00 on weekdays)',
      ),
    );
  });

  it("a malformed schedule is refused with the schedule's own message", () => {
    expect(() => nextDigestTime("0 8 * *", "UTC", new Date("2026-01-01T00:00:00Z"))).toThrow(ConfigError);
  });
});

describe("digestTick", () => {
  it.each([
    ["0 8 * * *", "Asia/Bangkok", "2026-11-25T01:00:00Z", "2026-11-25T01:00Z"],
    ["0 8 * * *", "Asia/Bangkok", "2026-11-25T01:00:59.999Z", "2026-11-25T01:00Z"],
    ["0 8 * * *", "Asia/Bangkok", "2026-11-25T01:01:00Z", null],
    ["0 8 * * *", "Asia/Bangkok", "2026-11-25T00:59:59Z", null],
    ["0 8 * * *", "Europe/Berlin", "2026-11-25T07:00:30Z", "2026-11-25T07:00Z"],
    ["0 8 * * *", "Europe/Berlin", "2026-07-25T06:00:30Z", "2026-07-25T06:00Z"],
    ["30 2 * * *", "Europe/Berlin", "2026-10-25T01:30:00Z", null],
  ])("%s in %s at %s is tick %s", (cron, tz, now, expected) => {
    expect(digestTick(cron, tz, new Date(now))).toBe(expected);
  });
});

describe("lastTickBefore", () => {
  const at = (iso: string) => new Date(iso);

  it("finds the last daily tick between two times, in the subscription's zone", () => {
    // 08:00 in Bangkok is 01:00 UTC.
    expect(
      lastTickBefore("0 8 * * *", "Asia/Bangkok", at("2026-11-24T20:00:00Z"), at("2026-11-25T03:20:00Z")),
    ).toBe("2026-11-25T01:00Z");
    expect(
      lastTickBefore("0 8 * * *", "Asia/Bangkok", at("2026-11-25T01:00:00Z"), at("2026-11-25T03:20:00Z")),
    ).toBe(null);
  });

  it("leaves out the current minute, which is the running tick's own", () => {
    expect(
      lastTickBefore("0 8 * * *", "Asia/Bangkok", at("2026-11-24T20:00:00Z"), at("2026-11-25T01:00:30Z")),
    ).toBe(null);
    expect(lastTickBefore("* * * * *", "UTC", at("2026-11-24T20:00:00Z"), at("2026-11-25T10:00:30Z"))).toBe(
      "2026-11-25T09:59Z",
    );
  });

  it("agrees with stepping tick by tick for frequent and irregular schedules", () => {
    const since = at("2026-03-29T00:00:00Z"); // Berlin springs forward at 01:00 UTC
    for (const cron of ["*/7 * * * *", "30 2 * * *", "0 */5 * * 1-5", "15,45 1-3 * * *"]) {
      for (const nowIso of ["2026-03-29T01:31:10Z", "2026-03-29T06:00:00Z", "2026-03-30T11:11:11Z"]) {
        const now = at(nowIso);
        const minute = Math.floor(now.getTime() / 60_000) * 60_000;
        let last: Date | null = null;
        for (let t = nextDigestTime(cron, "Europe/Berlin", since); t.getTime() < minute; ) {
          last = t;
          t = nextDigestTime(cron, "Europe/Berlin", t);
        }
        const expected = last ? `${last.toISOString().slice(0, 16)}Z` : null;
        expect(lastTickBefore(cron, "Europe/Berlin", since, now)).toBe(expected);
      }
    }
  });
});

describe("wall clock in a zone", () => {
  it.each([
    [
      "2026-11-25T01:00:00Z",
      "Asia/Bangkok",
      { year: 2026, month: 11, day: 25, hour: 8, minute: 0, weekday: 3 },
    ],
    [
      "2026-11-25T23:30:00Z",
      "America/New_York",
      { year: 2026, month: 11, day: 25, hour: 18, minute: 30, weekday: 3 },
    ],
  ])("%s in %s", (instant, tz, expected) => {
    expect(wallClockOf(new Date(instant), tz)).toMatchObject(expected);
  });

  it.each([
    ["08:00 in Bangkok", Date.UTC(2026, 10, 25, 8, 0), "Asia/Bangkok", "2026-11-25T01:00:00.000Z"],
    [
      "02:30 twice in Berlin: the first",
      Date.UTC(2026, 9, 25, 2, 30),
      "Europe/Berlin",
      "2026-10-25T00:30:00.000Z",
    ],
    [
      "02:30 never in Berlin: after the jump",
      Date.UTC(2026, 2, 29, 2, 30),
      "Europe/Berlin",
      "2026-03-29T01:30:00.000Z",
    ],
  ])("%s", (_name, wall, tz, expected) => {
    expect(new Date(instantOfWallClock(wall, tz)).toISOString()).toBe(expected);
  });
});
