/**
 * The one interface every delivery adapter implements (Slack Web API, Slack webhooks, Discord, terminal),
 * and the message shapes it takes. Slack and Discord shapes are built in render/; adapters only send them.
 */
import type { Target } from "../model/subscription.js";

/** A chat.postMessage / incoming-webhook body: Block Kit blocks plus the plain `text` fallback. */
export interface SlackMessage {
  text: string;
  blocks: readonly unknown[];
}

/** A Discord create-message / execute-webhook body. `allowed_mentions` is forced to `{parse: []}` on send. */
export interface DiscordMessage {
  content?: string | undefined;
  embeds: readonly unknown[];
  /** Action rows of buttons (bot-token targets only). */
  components?: readonly unknown[] | undefined;
  allowed_mentions?: { parse: readonly string[] } | undefined;
}

/** One rendered message, in the form for each platform that the renderer produced. */
export interface PlatformMessage {
  slack?: SlackMessage | undefined;
  discord?: DiscordMessage | undefined;
  terminal?: string | undefined;
}

export interface SendResult {
  /** The platform's id for the message (Slack ts, Discord message id); null when the platform gives none. */
  messageId: string | null;
  /** The channel the message went to as the platform names it (Slack channel id); absent when not told. */
  channelId?: string | null;
  /** The Discord thread the reply was posted in (started for it, or found), for the next follow-up. */
  threadId?: string | null;
}

/** The earlier message a follow-up answers: where it went and its ids as the platform gave them. */
export interface ReplyTo {
  /** Slack ts or Discord message id of the alert. */
  messageId: string;
  /** The alert's channel as the platform named it (Slack channel id); null to use the target's. */
  channelId: string | null;
  /** The Discord thread already started on the alert; null when none yet. */
  threadId: string | null;
  /** A thread's name, when one must be started (Discord: 1–100 characters). */
  threadName: string;
}

/** A file sent with a message (the briefing's chart). */
export interface PlatformFile {
  /** The file's name as the platform shows it, e.g. `chart.png`. */
  filename: string;
  /** A title (Slack) for the file. */
  title: string;
  contentType: string;
  bytes: Uint8Array;
}

/**
 * Sends messages to targets of one platform. `send` throws RateLimitedError (wait, then try again),
 * PlatformError with `permanent: true` (the target is gone or forbidden: stop) or `permanent: false`
 * (5xx, timeout, dropped connection: retry with backoff). Adapters never sleep or retry themselves.
 */
export interface Platform {
  /** Sends a message; with `reply`, as a reply in that earlier message's thread (platforms that thread). */
  send(target: Target, message: PlatformMessage, reply?: ReplyTo): Promise<SendResult>;
  /**
   * Sends one message carrying a file (Slack: the external upload flow shared to the channel; Discord: one
   * multipart message). Resolves only once the platform accepted both the file and the message. Absent on
   * platforms that cannot take files (Slack incoming webhooks, the terminal); errors as for `send`.
   */
  sendFile?(target: Target, message: PlatformMessage, file: PlatformFile): Promise<SendResult>;
  close(): Promise<void>;
}
