import { describe, expect, it } from "vitest";
import { describeNextRun, describeQuietHours, describeSchedule } from "../../src/route/describe-schedule.js";

describe("describeSchedule", () => {
  it.each([
    ["0 8 * * *", "every day at 08:00"],
    ["0 8 * * 1-5", "weekdays at 08:00"],
    ["0 8 * * MON-FRI", "weekdays at 08:00"],
    ["30 9 * * 1", "Mondays at 09:30"],
    ["30 9 * * MON", "Mondays at 09:30"],
    ["0 7 * * 0", "Sundays at 07:00"],
    ["0 7 * * 7", "Sundays at 07:00"],
    ["0 10 * * 6,0", "weekends at 10:00"],
    ["0 8 * * 1,3,5", "Mondays, Wednesdays and Fridays at 08:00"],
    ["0 8 * * 0,1", "Mondays and Sundays at 08:00"],
    ["0 8,17 * * *", "at 08:00 and 17:00 every day"],
    ["0 17,8 * * *", "at 08:00 and 17:00 every day"],
    ["0,30 8 * * 1-5", "weekdays at 08:00 and 08:30"],
    ["0 * * * *", "every hour"],
    ["15 * * * *", "every hour at :15"],
    ["0 * * * 1-5", "every hour on weekdays"],
    ["*/15 * * * *", "every 15 minutes"],
    ["* * * * *", "every minute"],
    ["0 */2 * * *", "every 2 hours"],
    ["0 8 1 * *", "on the 1st of every month at 08:00"],
    ["0 8 22 * *", "on the 22nd of every month at 08:00"],
    ["0 8 L * *", "on the last day of every month at 08:00"],
    ["  0   8 * *   1-5 ", "weekdays at 08:00"],
    // Unusual schedules read as the cron text rather than a wrong sentence.
    ["0 8 * 1 *", 'cron "0 8 * 1 *"'],
    ["0 8 1 * 1", 'cron "0 8 1 * 1"'],
    ["0 1,5,9,13,17 * * *", 'cron "0 1,5,9,13,17 * * *"'],
    ["5,20,50 * * * *", 'cron "5,20,50 * * * *"'],
  ])("%s reads %s", (cron, words) => {
    expect(describeSchedule(cron, "Asia/Bangkok")).toBe(`${words} (Asia/Bangkok)`);
  });

  it("names the process's zone when the subscription has none, never 'server time zone'", () => {
    expect(describeSchedule("0 8 * * 1-5", null, "UTC")).toBe("weekdays at 08:00 (UTC)");
    expect(describeSchedule("0 8 * * *", null)).toMatch(/^every day at 08:00 \([A-Za-z_/+-]+\)$/);
  });

  it("rejects what subscribe would reject, with the same message", () => {
    expect(() => describeSchedule("0 8 * *", "UTC")).toThrow(/a schedule has 5/);
  });
});

describe("describeNextRun", () => {
  it.each([
    // Friday 4 Dec 2026 20:25 UTC is Saturday 03:25 in Bangkok: the next weekday 08:00 is Monday.
    ["0 8 * * 1-5", "Asia/Bangkok", "2026-12-04T20:25:00Z", "next digest Mon 7 Dec 08:00 ICT"],
    ["0 8 * * *", "Asia/Bangkok", "2026-12-04T20:25:00Z", "next digest Sat 5 Dec 08:00 ICT"],
    ["0 8 * * *", "UTC", "2026-12-04T20:25:00Z", "next digest Sat 5 Dec 08:00 UTC"],
    ["*/15 * * * *", "Asia/Yangon", "2026-12-04T20:25:00Z", "next digest Sat 5 Dec 03:00 MMT"],
    ["0 8 * * *", "Europe/Berlin", "2026-07-01T05:00:00Z", "next digest Wed 1 Jul 08:00 CEST"],
  ])("%s in %s after %s: %s", (cron, tz, now, words) => {
    expect(describeNextRun(cron, tz, new Date(now))).toBe(words);
  });

  it("uses the process's zone for a subscription without one", () => {
    expect(describeNextRun("0 8 * * *", null, new Date("2026-12-04T20:25:00Z"), "Asia/Bangkok")).toBe(
      "next digest Sat 5 Dec 08:00 ICT",
    );
  });
});

describe("describeQuietHours", () => {
  it.each([
    ["22:00-07:00", "Asia/Phnom_Penh", "quiet hours 22:00-07:00 (Asia/Phnom_Penh)"],
    [" 9:30 - 12:00 ", "UTC", "quiet hours 09:30-12:00 (UTC)"],
    [null, "UTC", "no quiet hours"],
  ])("%s in %s reads %s", (quiet, tz, words) => {
    expect(describeQuietHours(quiet, tz)).toBe(words);
  });
});
