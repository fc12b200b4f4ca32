/**
 * Delivery to `discord:CHANNEL` (bot token, POST /channels/{id}/messages) and `discord-webhook:` targets
 * (POST /webhooks/{id}/{token}?wait=true, no bot token) through @discordjs/rest, the REST client discord.js
 * uses. The client is told never to wait or retry (retries 0, every rate limit rejected), so a 429 surfaces as
 * RateLimitedError at once and the outbox waits. Every body carries `allowed_mentions: {parse: []}`.
 */
import { randomBytes } from "node:crypto";
import { DiscordAPIError, REST, Routes } from "discord.js";
import { PlatformError } from "../../errors.js";
import type { Logger } from "../../log.js";
import type { Target } from "../../model/subscription.js";
import type {
  DiscordMessage,
  Platform,
  PlatformFile,
  PlatformMessage,
  ReplyTo,
  SendResult,
} from "../platform.js";
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
    async send(target: Target, message: PlatformMessage, reply?: ReplyTo): Promise<SendResult> {
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
        if (reply) return sendReply(rest, target.channel, body, reply, where);
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
    async sendFile(target: Target, message: PlatformMessage, file: PlatformFile): Promise<SendResult> {
      const where = describeTarget(target);
      if (!message.discord || (target.kind !== "discord" && target.kind !== "discord-webhook")) {
        throw new PlatformError("PLATFORM_ERROR", `discord file upload cannot send to ${where}`, {
          platform: "discord",
          permanent: true,
        });
      }
      // One multipart/form-data request: the JSON in payload_json, the file as files[0], listed in attachments
      // so an embed can show it as attachment://NAME. https://discord.com/developers/docs/reference#uploading-files
      const body = {
        ...discordBody(message.discord),
        attachments: [{ id: "0", filename: file.filename, description: file.title.slice(0, 1024) }],
      };
      const files = multipartBody(body, file);
      if (target.kind === "discord") {
        const action = `POST /channels/${target.channel}/messages (file)`;
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
        rest.setToken(options.token);
        try {
          const result = (await rest.post(Routes.channelMessages(target.channel), files)) as {
            id?: unknown;
          };
          return { messageId: typeof result.id === "string" ? result.id : null };
        } catch (error) {
          throw toDiscordError(error, action, where);
        }
      }
      const action = `POST /webhooks/${target.id}/«redacted» (file)`;
      try {
        const result = (await rest.post(Routes.webhook(target.id, target.token), {
          ...files,
          auth: false,
          query: new URLSearchParams({ wait: "true" }),
        })) as { id?: unknown } | undefined;
        return { messageId: typeof result?.id === "string" ? result.id : null };
      } catch (error) {
        throw toDiscordError(error, action, where);
      }
    },
    async close() {
      rest.clearHashSweeper();
      rest.clearHandlerSweeper();
    },
  };
}

/**
 * The multipart/form-data request: payload_json, then the file as files[0]. Built here rather than with
 * @discordjs/rest's `files` option: its undici FormData fails ("action is not a function") once @slack/web-api
 * is loaded in the same process, as it is when one briefing pass serves both platforms.
 */
function multipartBody(
  payload: Record<string, unknown>,
  file: PlatformFile,
): { body: Buffer; passThroughBody: true; headers: Record<string, string> } {
  const boundary = `tracewire-${randomBytes(12).toString("hex")}`;
  const safeName = file.filename.replace(/["\\\r\n]/g, "_");
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="payload_json"\r\n` +
        `Content-Type: application/json\r\n\r\n${JSON.stringify(payload)}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="files[0]"; filename="${safeName}"\r\n` +
        `Content-Type: ${file.contentType}\r\n\r\n`,
    ),
    Buffer.from(file.bytes),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return {
    body,
    passThroughBody: true,
    headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` },
  };
}

/** Discord's codes for "a thread cannot be started here": a thread channel, a DM, or no permission to. */
const NO_THREAD_HERE = new Set([50024, 50001, 50013, 160005]);
/** "A thread has already been created for this message": its id is the message's id. */
const THREAD_EXISTS = 160004;

/**
 * A follow-up: into the thread on the alert message, starting it when there is none yet
 * (POST /channels/{channel}/messages/{message}/threads); where threads are not allowed, a plain reply with
 * `message_reference`. https://discord.com/developers/docs/resources/channel#start-thread-from-message
 */
async function sendReply(
  rest: REST,
  channel: string,
  body: Record<string, unknown>,
  reply: ReplyTo,
  where: string,
): Promise<SendResult> {
  let threadId = reply.threadId;
  if (threadId === null) {
    const action = `POST /channels/${channel}/messages/${reply.messageId}/threads`;
    try {
      const thread = (await rest.post(Routes.threads(channel, reply.messageId), {
        body: { name: threadName(reply.threadName), auto_archive_duration: 10080 },
      })) as { id?: unknown };
      threadId = typeof thread.id === "string" ? thread.id : reply.messageId;
    } catch (error) {
      const code = error instanceof DiscordAPIError ? Number(error.code) : null;
      // A thread started on a message has the message's id (a crash after starting it lands here).
      if (code === THREAD_EXISTS) threadId = reply.messageId;
      else if (code === null || !NO_THREAD_HERE.has(code)) throw toDiscordError(error, action, where);
    }
  }
  if (threadId === null) {
    const action = `POST /channels/${channel}/messages (reply)`;
    try {
      const result = (await rest.post(Routes.channelMessages(channel), {
        body: { ...body, message_reference: { message_id: reply.messageId, fail_if_not_exists: false } },
      })) as { id?: unknown };
      return { messageId: typeof result.id === "string" ? result.id : null, channelId: channel };
    } catch (error) {
      throw toDiscordError(error, action, where);
    }
  }
  const action = `POST /channels/${threadId}/messages (thread)`;
  try {
    const result = (await rest.post(Routes.channelMessages(threadId), { body })) as { id?: unknown };
    return { messageId: typeof result.id === "string" ? result.id : null, channelId: threadId, threadId };
  } catch (error) {
    throw toDiscordError(error, action, where);
  }
}

/** A thread name within Discord's 1–100 characters, without line breaks. */
function threadName(raw: string): string {
  const flat = raw.replace(/\s+/g, " ").trim() || "Follow-ups";
  return flat.length <= 100 ? flat : `${flat.slice(0, 99)}…`;
}
