/**
 * Discord interactions, transport-free and over HTTP (PLATFORMS.md §2.5). `answerInteraction` takes an
 * interaction's JSON and returns the initial response (PONG, the reply, or a deferral within the 3-second
 * deadline) plus the late reply to put on `@original`. The HTTP listener for `POST /discord/interactions`
 * verifies the Ed25519 signature and the replay window (checkRequestTime; 401 and nothing run when either
 * fails), answers inline and edits `@original` through @discordjs/rest, so the REST base URL can point at a
 * stand-in. Fields are read in one place, readInteraction: a malformed interaction gets a usage answer.
 */
import { createPublicKey, verify } from "node:crypto";
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { REST } from "discord.js";
import { describeError } from "../../errors.js";
import type { DiscordMessage } from "../../render/discord-types.js";
import { processTimeZone } from "../../render/format-time.js";
import { checkRequestTime, type RememberSignature } from "../check-request-time.js";
import { readRequestBody } from "../read-request-body.js";
import { type BotContext, runBotCommand } from "../run-command.js";
import { withinDeadline } from "../within-deadline.js";
import { answerFeedbackClick, type FeedbackAnswerOptions, isFeedbackClick } from "./discord-feedback.js";
import { renderDiscordReply } from "./discord-reply.js";
import { readInteraction } from "./read-interaction.js";

/** EPHEMERAL message flag (1 << 6). */
export const EPHEMERAL = 64;

/** The parts of an interaction payload tracewire reads. */
export interface InteractionPayload {
  id?: string;
  type: number;
  token?: string;
  application_id?: string;
  channel_id?: string;
  channel?: { id?: string };
  data?: {
    custom_id?: string;
    name?: string;
    options?: {
      name: string;
      type: number;
      value?: unknown;
      options?: { name: string; value?: unknown }[];
    }[];
  };
}

export type InitialResponse =
  | { type: 1 }
  | { type: 4; data: DiscordMessage & { flags: number } }
  | { type: 5; data: { flags: number } };

export interface InteractionAnswer {
  initial: InitialResponse;
  /** When the initial response is a deferral: the reply for `@original`. */
  later?: Promise<DiscordMessage>;
}

export interface AnswerOptions {
  /** Reply inline when ready within this many ms (default 2000; 0 always defers). */
  deadlineMs?: number;
  now?: () => Date;
}

/** Answers one interaction: PONG for a ping, otherwise runs `/tracewire <subcommand>` for its channel. */
export async function answerInteraction(
  ctx: BotContext,
  interaction: InteractionPayload,
  options: AnswerOptions = {},
): Promise<InteractionAnswer> {
  if (interaction.type === 1) return { initial: { type: 1 } };
  const now = options.now ?? (() => new Date());
  const { command, channel, userId } = readInteraction(interaction);
  const work = runBotCommand(ctx, command, `discord:${channel}`, now(), userId ?? null).then((reply) =>
    renderDiscordReply(reply, now(), processTimeZone(ctx.env.TZ)),
  );
  const deadlineMs = options.deadlineMs ?? 2000;
  const quick = await withinDeadline(work, deadlineMs);
  if (quick) return { initial: { type: 4, data: { ...quick, flags: EPHEMERAL } } };
  return { initial: { type: 5, data: { flags: EPHEMERAL } }, later: work };
}

/** Whether `signatureHex` is the Ed25519 signature of timestamp + body by the app's public key (hex). */
export function verifyDiscordSignature(
  publicKeyHex: string,
  signatureHex: string | undefined,
  timestamp: string | undefined,
  rawBody: Buffer,
): boolean {
  if (!signatureHex || !timestamp || !/^[0-9a-f]{128}$/i.test(signatureHex)) return false;
  try {
    const key = createPublicKey({
      key: { kty: "OKP", crv: "Ed25519", x: Buffer.from(publicKeyHex, "hex").toString("base64url") },
      format: "jwk",
    });
    return verify(
      null,
      Buffer.concat([Buffer.from(timestamp, "utf8"), rawBody]),
      key,
      Buffer.from(signatureHex, "hex"),
    );
  } catch {
    return false;
  }
}

export interface InteractionsListenerOptions extends AnswerOptions {
  /** DISCORD_PUBLIC_KEY (64 hex characters). */
  publicKey: string;
  /** REST client for `@original` edits (its `api` may point at a stand-in). */
  rest: REST;
  /** Refuses a signature seen before (replays); the store-backed one is given by the composition root. */
  rememberSignature?: RememberSignature | undefined;
  /** Told of each feedback mark kept or taken back (the worker's /metrics). */
  onFeedback?: FeedbackAnswerOptions["onFeedback"];
}

/** The request listener for `POST /discord/interactions`. */
export function createInteractionsListener(
  ctx: BotContext,
  options: InteractionsListenerOptions,
): RequestListener {
  return (req, res) => {
    void handleRequest(ctx, options, req, res).catch((error: unknown) => {
      ctx.logger.error({ platform: "discord", err: error }, `interaction failed: ${describeError(error)}`);
      if (!res.headersSent) send(res, 500, { error: "internal error" });
    });
  };
}

async function handleRequest(
  ctx: BotContext,
  options: InteractionsListenerOptions,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const raw = await readRequestBody(req);
  if (raw === null) return send(res, 413, { error: "body too large" });
  const signature = header(req, "x-signature-ed25519");
  const timestamp = header(req, "x-signature-timestamp");
  const late = checkRequestTime("X-Signature-Timestamp", timestamp, (options.now ?? (() => new Date()))());
  if (late !== null) {
    ctx.logger.warn({ platform: "discord" }, `interaction refused: ${late}`);
    return send(res, 401, { error: late });
  }
  if (!verifyDiscordSignature(options.publicKey, signature, timestamp, raw)) {
    return send(res, 401, { error: "invalid request signature" });
  }
  if (options.rememberSignature && !(await options.rememberSignature(signature ?? "", "discord"))) {
    ctx.logger.warn({ platform: "discord" }, "interaction refused: replay of a request already answered");
    return send(res, 401, { error: "this signed request was already answered (a replay)" });
  }
  let interaction: InteractionPayload;
  try {
    interaction = JSON.parse(raw.toString("utf8")) as InteractionPayload;
  } catch {
    return send(res, 400, { error: "body is not JSON" });
  }
  if (typeof interaction !== "object" || interaction === null || typeof interaction.type !== "number") {
    return send(res, 400, { error: "not an interaction" });
  }
  if (isFeedbackClick(interaction)) return answerClick(ctx, options, interaction, res);
  const answer = await answerInteraction(ctx, interaction, options);
  send(res, 200, answer.initial);
  if (!answer.later) return;
  const message = await answer.later;
  const { application_id: applicationId, token } = interaction;
  if (!applicationId || !token) return;
  try {
    // The literal `@original`: Routes.webhookMessage would percent-encode it.
    await options.rest.patch(`/webhooks/${applicationId}/${token}/messages/@original`, {
      body: message,
      auth: false,
    });
  } catch (error) {
    ctx.logger.warn(
      { platform: "discord", err: error },
      `could not edit the deferred reply: ${describeError(error)}`,
    );
  }
}

/** A feedback button click: UPDATE_MESSAGE inline, or a deferred update and the edit of `@original` later. */
async function answerClick(
  ctx: BotContext,
  options: InteractionsListenerOptions,
  interaction: InteractionPayload,
  res: ServerResponse,
): Promise<void> {
  const answer = await answerFeedbackClick(ctx, interaction, options);
  send(res, 200, answer.initial);
  const update = await answer.later;
  const { application_id: applicationId, token } = interaction;
  if (!update || !applicationId || !token) return;
  try {
    await options.rest.patch(`/webhooks/${applicationId}/${token}/messages/@original`, {
      body: update,
      auth: false,
    });
  } catch (error) {
    ctx.logger.warn(
      { platform: "discord", err: error },
      `could not show the feedback on the message: ${describeError(error)}`,
    );
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}
