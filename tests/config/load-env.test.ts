import { describe, expect, it } from "vitest";
import { loadEnv } from "../../src/config/load-env.js";
import { ConfigError } from "../../src/errors.js";

describe("loadEnv", () => {
  it("fills the documented defaults from an empty environment", () => {
    const env = loadEnv({});
    expect(env.DATABASE_URL).toBe("sqlite:./data/tracewire.db");
    expect(env.FEEDS_FILE).toBe("./feeds.json");
    expect(env.PORT).toBe(3000);
    expect(env.TRACEWIRE_ALLOW_PRIVATE_HOSTS).toBe(false);
    expect(env.SLACK_API_URL).toBe("https://slack.com/api/");
    expect(env.DISCORD_API_URL).toBe("https://discord.com/api");
  });

  it("drops control characters from values, as at every door (issue 15)", () => {
    const env = loadEnv({ FEEDS_FILE: "./fe\u001beds\u0007.json", TZ: "Asia/\u0000Bangkok" });
    expect(env.FEEDS_FILE).toBe("./feeds.json");
    expect(env.TZ).toBe("Asia/Bangkok");
  });

  it("reads the switch for private hosts", () => {
    expect(loadEnv({ TRACEWIRE_ALLOW_PRIVATE_HOSTS: "1" }).TRACEWIRE_ALLOW_PRIVATE_HOSTS).toBe(true);
  });

  it.each([
    [{ PORT: "eighty" }, "environment variable PORT: expected a whole number"],
    [
      { DATABASE_URL: "mysql://x" },
      "environment variable DATABASE_URL: expected sqlite:PATH, postgres://… or postgresql://…",
    ],
    [{ TZ: "Mars/Olympus" }, "environment variable TZ: expected an IANA time zone"],
    [{ LOG_LEVEL: "loud" }, "environment variable LOG_LEVEL:"],
    [
      { TRACEWIRE_ALLOW_PRIVATE_HOSTS: "maybe" },
      "environment variable TRACEWIRE_ALLOW_PRIVATE_HOSTS: expected 1 or 0",
    ],
  ])("names the variable and the problem: %o", (source, message) => {
    expect(() => loadEnv(source)).toThrow(ConfigError);
    expect(() => loadEnv(source)).toThrow(message);
  });

  it("never echoes a secret's value", () => {
    const secret = "not-a-slack-token-but-secret";
    let text = "";
    try {
      loadEnv({ SLACK_BOT_TOKEN: secret });
    } catch (error) {
      text = (error as ConfigError).describe();
    }
    expect(text).toContain("SLACK_BOT_TOKEN");
    expect(text).not.toContain(secret);
  });
});
