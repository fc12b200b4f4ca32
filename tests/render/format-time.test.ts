import { describe, expect, it } from "vitest";
import { formatDate, formatTime, formatWeekdayTime, processTimeZone } from "../../src/render/format-time.js";
import { zoneAbbreviation } from "../../src/render/zone-abbreviation.js";

// 20:25 UTC on Friday 4 Dec 2026 is 03:25 on Saturday 5 Dec in Bangkok (issue 14).
const at = new Date("2026-12-04T20:25:00Z");

describe("formatTime", () => {
  it.each([
    ["Asia/Bangkok", "5 Dec 2026 03:25 ICT"],
    ["Asia/Phnom_Penh", "5 Dec 2026 03:25 ICT"],
    ["Asia/Ho_Chi_Minh", "5 Dec 2026 03:25 ICT"],
    ["Asia/Yangon", "5 Dec 2026 02:55 MMT"],
    ["Asia/Jakarta", "5 Dec 2026 03:25 WIB"],
    ["Asia/Makassar", "5 Dec 2026 04:25 WITA"],
    ["Asia/Jayapura", "5 Dec 2026 05:25 WIT"],
    ["Asia/Manila", "5 Dec 2026 04:25 PHT"],
    ["Asia/Singapore", "5 Dec 2026 04:25 SGT"],
    ["Asia/Kuala_Lumpur", "5 Dec 2026 04:25 MYT"],
    ["Asia/Shanghai", "5 Dec 2026 04:25 CST"],
    ["Asia/Seoul", "5 Dec 2026 05:25 KST"],
    ["Asia/Tokyo", "5 Dec 2026 05:25 JST"],
    ["UTC", "4 Dec 2026 20:25 UTC"],
    ["Europe/Berlin", "4 Dec 2026 21:25 CET"],
    ["America/New_York", "4 Dec 2026 15:25 EST"],
    ["Asia/Dubai", "5 Dec 2026 00:25 GST"],
    ["Asia/Tbilisi", "5 Dec 2026 00:25 GMT+4"],
  ])("writes 20:25 UTC in %s as %s", (zone, expected) => {
    expect(formatTime(at, zone)).toBe(expected);
  });

  it("writes midnight as 00:00, not 24:00", () => {
    expect(formatTime(new Date("2026-12-04T17:00:00Z"), "Asia/Bangkok")).toBe("5 Dec 2026 00:00 ICT");
  });
});

describe("zoneAbbreviation", () => {
  it("follows daylight saving time where ICU knows the name", () => {
    expect(zoneAbbreviation(new Date("2026-07-01T12:00:00Z"), "Europe/Berlin")).toBe("CEST");
    expect(zoneAbbreviation(new Date("2026-07-01T12:00:00Z"), "Europe/London")).toBe("BST");
    expect(zoneAbbreviation(new Date("2026-12-01T12:00:00Z"), "Europe/London")).toBe("GMT");
  });

  it("names the zones ICU reports under their old names", () => {
    const canonical = new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Ho_Chi_Minh" }).resolvedOptions()
      .timeZone;
    expect(zoneAbbreviation(at, canonical)).toBe("ICT");
  });
});

describe("formatDate and formatWeekdayTime", () => {
  it("date the Bangkok reader's day, not the server's", () => {
    expect(formatDate(at, "Asia/Bangkok")).toBe("5 Dec 2026");
    expect(formatDate(at, "UTC")).toBe("4 Dec 2026");
  });

  it("write a coming time with its weekday", () => {
    expect(formatWeekdayTime(new Date("2026-12-07T01:00:00Z"), "Asia/Bangkok")).toBe("Mon 7 Dec 08:00 ICT");
  });
});

describe("processTimeZone", () => {
  it("takes TZ as given, and the runtime's zone for the POSIX ':file' form or no TZ", () => {
    expect(processTimeZone("Asia/Bangkok")).toBe("Asia/Bangkok");
    const runtime = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(processTimeZone(":/etc/localtime")).toBe(runtime);
    expect(processTimeZone()).toBe(runtime);
  });
});
