import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, redactSecrets } from "../src/log.js";

const SLACK_HOOK = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX";
const DISCORD_HOOK = `https://discord.com/api/webhooks/123456789012345678/${"t".repeat(68)}`;

describe("logs never carry secrets", () => {
  it.each([
    ["a Slack bot token", "posting with xoxb-1234-5678-abcdefghijkl failed", "xoxb-1234-5678-abcdefghijkl"],
    ["a Slack app token", "socket mode xapp-1-A0-123-abc failed", "xapp-1-A0-123-abc"],
    ["a Slack webhook URL", `webhook ${SLACK_HOOK} answered 404`, "XXXXXXXXXXXXXXXXXXXXXXXX"],
    ["a Discord webhook token", `webhook ${DISCORD_HOOK} answered 404`, "t".repeat(68)],
  ])("redacts %s in free text", (_what, text, secret) => {
    const redacted = redactSecrets(text);
    expect(redacted).not.toContain(secret);
    expect(redacted).toContain("«redacted»");
  });

  it("redacts secret fields and secrets inside messages and errors of real log lines", async () => {
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on("data", (chunk: Buffer) => chunks.push(chunk.toString("utf8")));
    const logger = createLogger({ level: "info", pretty: false, destination: out });
    logger.info(
      { token: "xoxb-1-2-secret", target: `slack-webhook:${SLACK_HOOK}` },
      `sending to ${DISCORD_HOOK}`,
    );
    logger.error({ err: new Error(`POST ${SLACK_HOOK} failed`) }, "delivery failed");
    await new Promise((resolve) => setImmediate(resolve));
    const text = chunks.join("");
    expect(text).toContain("delivery failed");
    for (const secret of ["xoxb-1-2-secret", "XXXXXXXXXXXXXXXXXXXXXXXX", "t".repeat(68)])
      expect(text).not.toContain(secret);
  });
});
