/**
 * Discord failures as tracewire errors. 401/403/404 (10003 unknown channel, 10015 unknown webhook, 50001
 * missing access, 50013 missing permissions, 50027 invalid webhook token) are permanent: repeating them earns
 * a Cloudflare ban (PLATFORMS.md §2.4), so the target is marked failing instead. 429 is a wait; 5xx, timeouts
 * and dropped connections are worth retrying later. Messages never carry a token or webhook URL.
 */
import { DiscordAPIError, HTTPError, RateLimitError } from "discord.js";
import { type ErrorCode, PlatformError, RateLimitedError } from "../../errors.js";
import { redactSecrets } from "../../log.js";

const HINTS: Record<string, string> = {
  "10003": "the channel does not exist or the bot cannot see it: check the channel id",
  "10015": "the webhook was deleted: create a new one and subscribe again",
  "50001": "the bot has no access to the channel: add it to the channel",
  "50013": "the bot lacks permissions (Send Messages, Embed Links) in the channel",
  "50027": "the webhook token is wrong: copy the webhook URL again",
  "401": "check DISCORD_TOKEN",
};

/** Any error from @discordjs/rest as RateLimitedError or PlatformError; `action` is "POST /channels/ID/messages". */
export function toDiscordError(error: unknown, action: string, where: string): PlatformError {
  if (error instanceof RateLimitError) {
    const retryAfterMs = Math.max(0, Math.ceil(error.retryAfter));
    return new RateLimitedError(
      `discord ${action} for ${where} rate-limited (${error.scope}${error.global ? ", global" : ""}): retry after ${Math.ceil(retryAfterMs / 1000)} s`,
      { where, platform: "discord", retryAfterMs, status: 429 },
    );
  }
  if (error instanceof DiscordAPIError) {
    const status = error.status;
    const discordCode = String(error.code);
    const permanent = status === 401 || status === 403 || status === 404;
    const code: ErrorCode =
      status === 404 ? "PLATFORM_TARGET_GONE" : permanent ? "PLATFORM_UNAUTHORISED" : "PLATFORM_ERROR";
    const raw = error.rawError as { message?: unknown };
    const reason = redactSecrets(typeof raw.message === "string" ? raw.message : error.message).slice(0, 200);
    return new PlatformError(
      code,
      `discord ${action} for ${where} failed: ${status} ${reason} (${discordCode})`,
      {
        where,
        hint: HINTS[discordCode] ?? (status === 401 ? HINTS["401"] : undefined),
        platform: "discord",
        status,
        platformCode: discordCode,
        permanent,
      },
    );
  }
  if (error instanceof HTTPError) {
    return new PlatformError(
      "PLATFORM_ERROR",
      `discord ${action} for ${where} failed: HTTP ${error.status}`,
      {
        where,
        hint: "Discord answered with a server error; tracewire will retry",
        platform: "discord",
        status: error.status,
        permanent: false,
      },
    );
  }
  return new PlatformError(
    "PLATFORM_ERROR",
    `discord ${action} for ${where} failed: ${networkProblem(error)}`,
    {
      where,
      hint: "Discord could not be reached; tracewire will retry",
      platform: "discord",
      permanent: false,
    },
  );
}

function networkProblem(error: unknown): string {
  if (!(error instanceof Error)) return "unknown error";
  if (error.name === "AbortError" || error.name === "TimeoutError") return "timed out";
  const code = (error as { code?: unknown }).code ?? (error.cause as { code?: unknown } | undefined)?.code;
  if (typeof code === "string") return `request failed (${code})`;
  return `request failed (${redactSecrets(error.message).slice(0, 120)})`;
}
