import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/errors.js";
import { defaultFilter } from "../../src/model/subscription.js";
import { parseFilter, parseQuietHours, parseSchedule, parseTimeZone } from "../../src/route/parse-filter.js";

describe("parseFilter", () => {
  it("no options give the default filter: Southeast Asia, everything relevant", () => {
    expect(parseFilter({})).toEqual(defaultFilter());
  });

  it.each([
    [{ countries: "KH,MM" }, { countries: ["KH", "MM"] }],
    [{ countries: " kh , la ,," }, { countries: ["KH", "LA"] }],
    [{ countries: "KH,kh" }, { countries: ["KH"] }],
    [{ scope: "ALL" }, { scope: "all" }],
    [{ topics: "scam_compounds,rescue-repatriation" }, { topics: ["scam_compounds", "rescue_repatriation"] }],
    [{ outlets: "Reuters, Japan Today" }, { outlets: ["Reuters", "Japan Today"] }],
    [{ minUrgency: "Breaking" }, { minUrgency: "breaking" }],
    [{ keywords: "KK Park,Shwe Kokko" }, { keywords: ["KK Park", "Shwe Kokko"] }],
    [{ keywords: '"Kokang, Laukkai", Myawaddy' }, { keywords: ["Kokang, Laukkai", "Myawaddy"] }],
    [{ keywords: "  KK   Park  " }, { keywords: ["KK Park"] }],
  ])("%j becomes a filter with %j", (options, expected) => {
    expect(parseFilter(options)).toEqual({ ...defaultFilter(), ...expected });
  });

  it.each([
    [{ countries: "KH,XX" }, '--countries: "XX" is not an ISO 3166-1 alpha-2 country code (e.g. KH, MM, LA)'],
    [
      { countries: "Cambodia" },
      '--countries: "Cambodia" is not an ISO 3166-1 alpha-2 country code (e.g. KH, MM, LA)',
    ],
    [
      { scope: "asia" },
      '--scope: "asia" is not a scope; use sea (relevant and Southeast Asia) or all (every relevant item)',
    ],
    [
      { topics: "raids" },
      '--topics: "raids" is not a topic; use one of scam_compounds, forced_labour, sex_trafficking, recruitment_fake_jobs, rescue_repatriation, law_enforcement, policy_diplomacy, victims_testimony, online_fraud_losses, corruption, sanctions_finance, drug_trafficking',
    ],
    [
      { minUrgency: "urgent" },
      '--min-urgency: "urgent" is not an urgency; use one of breaking, normal, background',
    ],
  ])("%j is refused with a message naming the option", (options, message) => {
    expect(() => parseFilter(options)).toThrow(new ConfigError(message));
  });

  it("suggests GB to someone who typed UK", () => {
    expect(() => parseFilter({ countries: "UK" })).toThrow(
      expect.objectContaining({
        message: '--countries: "UK" is not an ISO 3166-1 alpha-2 country code (e.g. KH, MM, LA)',
        hint: "did you mean GB?",
      }),
    );
  });
});

describe("parseSchedule", () => {
  it.each([
    ["0 8 * * *", "0 8 * * *"],
    ["  0   8 * * 1-5 ", "0 8 * * 1-5"],
    ["*/15 6-22 * * MON-FRI", "*/15 6-22 * * MON-FRI"],
  ])("%j is a schedule", (cron, expected) => {
    expect(parseSchedule(cron)).toBe(expected);
  });

  it.each([
    [
      "0 8 * *",
      '--schedule: "0 8 * *" has 4 fields; a schedule has 5: minute hour day-of-month month day-of-week (e.g. "0 8 * * 1-5" is 08:00 on weekdays)',
    ],
    [
      "0 0 8 * * *",
      '--schedule: "0 0 8 * * *" has 6 fields; a schedule has 5: minute hour day-of-month month day-of-week (e.g. "0 8 * * 1-5" is 08:00 on weekdays)',
    ],
    [
      "61 8 * * *",
      '--schedule: "61 8 * * *": the minute field "61" is not valid cron (e.g. "0 8 * * 1-5" is 08:00 on weekdays)',
    ],
    [
      "0 8 32 * *",
      '--schedule: "0 8 32 * *": the day-of-month field "32" is not valid cron (e.g. "0 8 * * 1-5" is 08:00 on weekdays)',
    ],
    [
      "0 8 * * funday",
      '--schedule: "0 8 * * funday": the day-of-week field "funday" is not valid cron (e.g. "0 8 * * 1-5" is 08:00 on weekdays)',
    ],
  ])("%j is refused", (cron, message) => {
    expect(() => parseSchedule(cron)).toThrow(new ConfigError(message));
  });
});

describe("parseQuietHours", () => {
  it.each([
    ["22:00-07:00", 1320, 420],
    ["7:30 - 9:00", 450, 540],
    ["00:00-23:59", 0, 1439],
  ])("%s is minutes %d to %d", (text, startMinute, endMinute) => {
    expect(parseQuietHours(text)).toEqual({ startMinute, endMinute });
  });

  it.each([
    ["22-07", '--quiet: "22-07" is not a time range; write HH:MM-HH:MM in 24-hour time, e.g. 22:00-07:00'],
    [
      "24:00-07:00",
      '--quiet: "24:00-07:00" is not a time of day; write HH:MM-HH:MM in 24-hour time, e.g. 22:00-07:00',
    ],
    [
      "22:00-22:00",
      '--quiet: "22:00-22:00" starts and ends at the same minute; write HH:MM-HH:MM in 24-hour time, e.g. 22:00-07:00',
    ],
  ])("%s is refused", (text, message) => {
    expect(() => parseQuietHours(text)).toThrow(new ConfigError(message));
  });
});

describe("parseTimeZone", () => {
  it.each([
    ["Asia/Bangkok", "Asia/Bangkok"],
    ["asia/bangkok", "Asia/Bangkok"],
    ["UTC", "UTC"],
  ])("%s is the zone %s", (tz, expected) => {
    expect(parseTimeZone(tz)).toBe(expected);
  });

  it.each(["Asia/Bangkk", "", "+07:00x"])("%j is refused", (tz) => {
    expect(() => parseTimeZone(tz)).toThrow(
      new ConfigError(`--tz: "${tz}" is not an IANA time zone (e.g. Asia/Bangkok, Europe/Berlin, UTC)`),
    );
  });
});

describe("parseFilter --languages (issue 16)", () => {
  it("reads language codes, primary tags and repeats into one list", () => {
    expect(parseFilter({ languages: "vi, TH,zh-Hant,th" }).languages).toEqual(["vi", "th", "zh"]);
  });

  it("leaves the list empty (every language) when not given", () => {
    expect(parseFilter({}).languages).toEqual([]);
  });

  it("names the languages it reads when given one it does not", () => {
    expect(() => parseFilter({ languages: "vi,thai" })).toThrow(
      /--languages: "thai" is not a language tracewire reads; use codes from en, vi, th, zh, km, my, id, ms, tl, lo, ko, ja/,
    );
  });
});
