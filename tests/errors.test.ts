import { describe, expect, it } from "vitest";
import {
  ConfigError,
  ERROR_CODES,
  type ErrorCode,
  exitCodeOf,
  FeedFetchError,
  FeedParseError,
  PlatformError,
  RateLimitedError,
  StoreError,
  UsageError,
} from "../src/errors.js";

describe("exit codes from the error catalogue", () => {
  it.each([
    ["bad configuration", new ConfigError('--tz: "Mars/Olympus" is not an IANA time zone'), 2],
    ["bad usage", new UsageError("search: give the words to look for"), 2],
    ["a store that cannot be reached", new StoreError("STORE_UNAVAILABLE", "cannot open or write /x.db"), 2],
    ["a damaged store file", new StoreError("STORE_CORRUPT", "/x.db is not a SQLite database"), 2],
    ["a locked store file", new StoreError("STORE_LOCKED", "/x.db is locked"), 2],
    ["a feed that timed out", new FeedFetchError("FEED_TIMEOUT", "timed out after 20 s"), 1],
    ["a feed that is not a feed", new FeedParseError("FEED_NOT_A_FEED", "not a feed: an HTML page"), 1],
    [
      "a platform that refused the token",
      new PlatformError("PLATFORM_UNAUTHORISED", "slack says invalid_auth", { platform: "slack" }),
      1,
    ],
    [
      "a platform that asked us to wait",
      new RateLimitedError("slack answered 429", { platform: "slack", retryAfterMs: 30_000 }),
      1,
    ],
    ["an unexpected failure", new TypeError("Cannot read properties of undefined"), 1],
    ["something thrown that is not an Error", "boom", 1],
  ])("%s exits %i", (_what, error, code) => {
    expect(exitCodeOf(error)).toBe(code);
  });

  it("gives every code a title and an exit code of 1 or 2", () => {
    for (const [code, entry] of Object.entries(ERROR_CODES)) {
      expect(code).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
      expect(entry.title.length).toBeGreaterThan(0);
      expect([1, 2]).toContain(entry.exitCode);
    }
  });

  it("exits 2 exactly for configuration, usage and the store", () => {
    const twos = (Object.keys(ERROR_CODES) as ErrorCode[]).filter((code) => ERROR_CODES[code].exitCode === 2);
    expect(twos.sort()).toEqual([
      "CONFIG_INVALID",
      "STORE_CORRUPT",
      "STORE_LOCKED",
      "STORE_UNAVAILABLE",
      "USAGE",
    ]);
  });
});

describe("hints from the error catalogue", () => {
  it("gives an error raised without a hint its code's default hint", () => {
    const error = new FeedFetchError("FEED_NETWORK", "connect ECONNREFUSED 127.0.0.1:9", {
      where: "http://127.0.0.1:9/feed.xml",
    });
    expect(error.hint).toBe(ERROR_CODES.FEED_NETWORK.hint);
    expect(error.describe()).toBe(
      `http://127.0.0.1:9/feed.xml: connect ECONNREFUSED 127.0.0.1:9\n  hint: ${ERROR_CODES.FEED_NETWORK.hint}`,
    );
  });

  it("prefers the hint of the place that raised the error", () => {
    const error = new FeedFetchError("FEED_HTTP_STATUS", "HTTP 404 Not Found", {
      hint: "the feed may have moved; check its URL",
    });
    expect(error.hint).toBe("the feed may have moved; check its URL");
  });

  it("keeps a configuration message exactly as raised, with no hint added", () => {
    const error = new ConfigError('feeds[0] (id "voa").url: expected an http(s) URL', {
      where: "feeds.json",
    });
    expect(error.describe()).toBe('feeds.json: feeds[0] (id "voa").url: expected an http(s) URL');
  });

  it("never writes a hint that starts with Error:", () => {
    for (const entry of Object.values(ERROR_CODES)) expect(entry.hint ?? "").not.toMatch(/^Error:/i);
  });
});
