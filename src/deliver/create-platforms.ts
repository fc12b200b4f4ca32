/**
 * Builds the delivery adapters once from the validated environment and picks the one for each target.
 * A target whose credentials are missing gets a PlatformError value (not an exception) so delivery can mark
 * that subscription failing and carry on with the others. Webhooks need no token.
 */
import { PlatformError } from "../errors.js";
import type { Logger } from "../log.js";
import type { Target } from "../model/subscription.js";
import type { Platform } from "./platform.js";
import { createSlackWebhookPlatform } from "./slack/slack-webhook.js";
import { describeTarget } from "./target.js";
import { createTerminalPlatform } from "./terminal/terminal-platform.js";

export interface PlatformEnv {
  slackBotToken?: string | undefined;
  slackApiUrl?: string | undefined;
  discordToken?: string | undefined;
  discordApiUrl?: string | undefined;
  allowPrivateHosts: boolean;
  /**
   * Longest wait for one request to a platform, connecting included (ms; default each client's 15 s). One-shot
   * commands pass a few seconds so a silent host does not hold them; the worker keeps the default.
   */
  requestTimeoutMs?: number | undefined;
}

export interface Platforms {
  /** The adapter for a target, or a PlatformError saying which credential is missing. */
  forTarget(target: Target): Platform | PlatformError;
  close(): Promise<void>;
}

/** Creates the adapters lazily: nothing connects until the first message for that platform. */
export function createPlatforms(env: PlatformEnv, logger: Logger, output: NodeJS.WritableStream): Platforms {
  const made = new Map<string, Platform>();
  const once = (key: string, make: () => Platform): Platform => {
    let platform = made.get(key);
    if (!platform) {
      platform = make();
      made.set(key, platform);
    }
    return platform;
  };
  const timeout = env.requestTimeoutMs === undefined ? {} : { timeoutMs: env.requestTimeoutMs };
  const slackToken = env.slackBotToken?.trim() || undefined;
  const discordToken = env.discordToken?.trim() || undefined;
  // discord.js and @slack/bolt cost tens of MB and most of a cold start: load them on the first message.
  const discord = () =>
    lazyPlatform(async () =>
      (await import("./discord/discord-api.js")).createDiscordPlatform({
        token: discordToken ?? null,
        apiUrl: env.discordApiUrl,
        allowPrivateHosts: env.allowPrivateHosts,
        logger,
        ...timeout,
      }),
    );
  return {
    forTarget(target) {
      switch (target.kind) {
        case "slack":
          if (!slackToken) return missing(target, "slack", "SLACK_BOT_TOKEN");
          return once("slack", () =>
            lazyPlatform(async () =>
              (await import("./slack/slack-api.js")).createSlackPlatform({
                token: slackToken,
                apiUrl: env.slackApiUrl,
                allowPrivateHosts: env.allowPrivateHosts,
                logger,
                ...timeout,
              }),
            ),
          );
        case "slack-webhook":
          return once("slack-webhook", () =>
            createSlackWebhookPlatform({ allowPrivateHosts: env.allowPrivateHosts, logger, ...timeout }),
          );
        case "discord":
          if (!discordToken) return missing(target, "discord", "DISCORD_TOKEN");
          return once("discord", discord);
        case "discord-webhook":
          return once("discord", discord);
        case "console":
          return once("console", () => createTerminalPlatform(output));
      }
    },
    async close() {
      const all = [...made.values()];
      made.clear();
      await Promise.allSettled(all.map((p) => p.close()));
    },
  };
}

/** A Platform whose adapter (and its client library) is loaded on the first send. */
function lazyPlatform(load: () => Promise<Platform>): Platform {
  let loaded: Promise<Platform> | null = null;
  return {
    send: async (target, message, reply) => {
      loaded ??= load();
      return (await loaded).send(target, message, reply);
    },
    sendFile: async (target, message, file) => {
      loaded ??= load();
      const platform = await loaded;
      if (!platform.sendFile) {
        throw new PlatformError("PLATFORM_ERROR", `${describeTarget(target)} cannot take files`, {
          where: describeTarget(target),
          hint: "send it as text (a webhook target gets the numbers as a table)",
          platform: target.kind.startsWith("discord") ? "discord" : "slack",
          permanent: true,
        });
      }
      return platform.sendFile(target, message, file);
    },
    close: async () => {
      if (loaded) await (await loaded).close();
    },
  };
}

function missing(target: Target, platform: "slack" | "discord", variable: string): PlatformError {
  return new PlatformError("PLATFORM_UNAUTHORISED", `${describeTarget(target)} needs ${variable}`, {
    where: describeTarget(target),
    hint: `set ${variable} in the environment, or use a webhook target`,
    platform,
    permanent: true,
  });
}
