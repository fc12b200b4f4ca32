/**
 * Delivery to `discord:CHANNEL` (bot token, POST /channels/{id}/messages) and `discord-webhook:` targets
 * (POST /webhooks/{id}/{token}?wait=true, no bot token) through @discordjs/rest, the REST client discord.js
 * uses. The client is told never to wait or retry (retries 0, every rate limit rejected), so a 429 surfaces as
 * RateLimitedError at once and the outbox waits. Every body carries `allowed_mentions: {parse: []}`.
 */
import { REST, Routes } from "discord.js";
import { PlatformError } from "../../errors.js";
import type { Logger } from "../../log.js";
import type { Target } from "../../model/subscription.js";
import type { DiscordMessage, Platform, PlatformMessage, SendResult } from "../platform.js";
import { describeTarget } from "../target.js";
import { toDiscordError } from "./discord-errors.js";

export interface DiscordPlatformOptions {
  /** DISCORD_TOKEN; null when only webhooks are used. */
  token: string | null;
  /** DISCORD_API_URL without version (default https://discord.com/api); requests go to `${apiUrl}/v10/…`. */
  apiUrl?: string | undefined;
  allowPrivateHosts: boolean;
  logger: Logger;
  /** Per-request timeout (default 15 s). */
  timeoutMs?: number;
}

/** The body sent to Discord: only content, embeds and button rows from the renderer, pings always off. */
export function discordBody(message: DiscordMessage): Record<string, unknown> {
  const body: Record<string, unknown> = { embeds: [...message.embeds], allowed_mentions: { parse: [] } };
  if (message.components && message.components.length > 0) body["components"] = [...message.components];
  if (typeof message.content === "string" && message.content.trim() !== "") body["content"] = message.content;
  return body;
}

/** A Platform for `discord:` and `discord-webhook:` targets backed by @discordjs/rest. */
export function createDiscordPlatform(options: DiscordPlatformOptions): Platform {
  const rest = new REST({
    api: (options.apiUrl ?? "https://discord.com/api").replace(/\/+$/, ""),
    version: "10",
    retries: 0,
    offset: 0,
    timeout: options.timeoutMs ?? 15_000,
    rejectOnRateLimit: () => true,
  });
  const log = options.logger.child({ platform: "discord" });
  rest.on("invalidRequestWarning", (data) =>
    log.warn({ count: data.count }, "discord invalid requests are piling up"),
  );
  return {
    async send(target: Target, message: PlatformMessage): Promise<SendResult> {
      const where = describeTarget(target);
      if (!message.discord) {
        throw new PlatformError(
          "PLATFORM_ERROR",
          `discord send to ${where}: no Discord rendering of the message`,
          {
            platform: "discord",
            permanent: false,
          },
        );
      }
      const body = discordBody(message.discord);
      if (target.kind === "discord") {
        const action = `POST /channels/${target.channel}/messages`;
        if (options.token === null) {
          throw new PlatformError(
            "PLATFORM_UNAUTHORISED",
            `discord ${action} for ${where} needs DISCORD_TOKEN`,
            {
              where,
              platform: "discord",
              permanent: true,
            },
          );
        }
        // A 401 makes @discordjs/rest forget its token; set it again so one bad answer does not poison the rest.
        rest.setToken(options.token);
        try {
          const result = (await rest.post(Routes.channelMessages(target.channel), { body })) as {
            id?: unknown;
          };
          return { messageId: typeof result.id === "string" ? result.id : null };
        } catch (error) {
          throw toDiscordError(error, action, where);
        }
      }
      if (target.kind === "discord-webhook") {
        const action = `POST /webhooks/${target.id}/«redacted»`;
        try {
          const result = (await rest.post(Routes.webhook(target.id, target.token), {
            body,
            auth: false,
            query: new URLSearchParams({ wait: "true" }),
          })) as { id?: unknown } | undefined;
          return { messageId: typeof result?.id === "string" ? result.id : null };
        } catch (error) {
          throw toDiscordError(error, action, where);
        }
      }
      throw new PlatformError("PLATFORM_ERROR", `discord cannot send to ${where}`, {
        platform: "discord",
        permanent: true,
      });
    },
    async close() {
      rest.clearHashSweeper();
      rest.clearHandlerSweeper();
    },
  };
}
