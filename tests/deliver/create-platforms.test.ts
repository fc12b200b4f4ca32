import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { createPlatforms, type Platforms } from "../../src/deliver/create-platforms.js";
import type { PlatformMessage } from "../../src/deliver/platform.js";
import { parseTarget } from "../../src/deliver/target.js";
import { PlatformError } from "../../src/errors.js";
import { silentLogger } from "../../src/log.js";
import { type FakeDiscord, startFakeDiscord } from "../support/fake-discord.js";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";

const message: PlatformMessage = {
  slack: {
    text: "Alert: rescue in Myawaddy",
    blocks: [{ type: "section", text: { type: "mrkdwn", text: "Alert", verbatim: true } }],
  },
  discord: { content: "Alert: rescue in Myawaddy", embeds: [] },
  terminal: "Alert: rescue in Myawaddy",
};

let platforms: Platforms | null = null;
let slack: FakeSlack | null = null;
let discord: FakeDiscord | null = null;

afterEach(async () => {
  await platforms?.close();
  await slack?.close();
  await discord?.close();
  platforms = slack = discord = null;
});

describe("createPlatforms", () => {
  it("says which variable a bot target needs when its token is missing", () => {
    platforms = createPlatforms({ allowPrivateHosts: false }, silentLogger(), new PassThrough());
    const forSlack = platforms.forTarget({ kind: "slack", channel: "C0123ABCD" });
    const forDiscord = platforms.forTarget({ kind: "discord", channel: "123456789012345678" });
    expect(forSlack).toBeInstanceOf(PlatformError);
    expect((forSlack as PlatformError).message).toBe("slack:C0123ABCD needs SLACK_BOT_TOKEN");
    expect((forSlack as PlatformError).permanent).toBe(true);
    expect((forDiscord as PlatformError).message).toBe("discord:123456789012345678 needs DISCORD_TOKEN");
  });

  it("delivers to all four target kinds and the console, webhooks without any token", async () => {
    slack = await startFakeSlack({ token: "xoxb-test-token" });
    discord = await startFakeDiscord({ token: "bot-token" });
    const output = new PassThrough();
    let printed = "";
    output.on("data", (chunk: Buffer) => {
      printed += chunk.toString("utf8");
    });
    platforms = createPlatforms(
      {
        slackBotToken: "xoxb-test-token",
        slackApiUrl: slack.apiUrl,
        discordToken: "bot-token",
        discordApiUrl: discord.apiUrl,
        allowPrivateHosts: true,
      },
      silentLogger(),
      output,
    );
    const targets = [
      "slack:C0123ABCD",
      `slack-webhook:${slack.webhookUrl("C0HOOKED01")}`,
      "discord:123456789012345678",
      `discord-webhook:${discord.url}/api/webhooks/223456789012345678/some-webhook-token`,
      "console",
    ].map((text) => parseTarget(text, { allowPrivateHosts: true }));
    for (const target of targets) {
      const platform = platforms.forTarget(target);
      if (platform instanceof PlatformError) throw platform;
      await platform.send(target, message);
    }
    expect(slack.violations).toEqual([]);
    expect(discord.violations).toEqual([]);
    expect(slack.messages.map((m) => [m.via, m.channel])).toEqual([
      ["api", "C0123ABCD"],
      ["webhook", "C0HOOKED01"],
    ]);
    expect(discord.messages.map((m) => [m.via, m.channel])).toEqual([
      ["bot", "123456789012345678"],
      ["webhook", "webhook:223456789012345678"],
    ]);
    expect(discord.requests.map((r) => r.path)).toEqual([
      "/api/v10/channels/123456789012345678/messages",
      "/api/v10/webhooks/223456789012345678/«token»",
    ]);
    expect(printed).toBe("Alert: rescue in Myawaddy\n");
  });

  it("webhook targets work with no tokens configured at all", async () => {
    slack = await startFakeSlack();
    discord = await startFakeDiscord();
    platforms = createPlatforms(
      { discordApiUrl: discord.apiUrl, allowPrivateHosts: true },
      silentLogger(),
      new PassThrough(),
    );
    const slackHook = parseTarget(`slack-webhook:${slack.webhookUrl()}`, { allowPrivateHosts: true });
    const discordHook = { kind: "discord-webhook", id: "223456789012345678", token: "t0k" } as const;
    for (const target of [slackHook, discordHook]) {
      const platform = platforms.forTarget(target);
      if (platform instanceof PlatformError) throw platform;
      await platform.send(target, message);
    }
    expect(slack.messages).toHaveLength(1);
    expect(discord.messages).toHaveLength(1);
  });
});
