/**
 * The Discord gateway side: a discord.js Client (REST base URL from DISCORD_API_URL) that answers /tracewire
 * interactions with answerInteraction. Login that fails (token refused, gateway unreachable) is logged with the
 * reason and retried with growing, jittered delays while the rest of the worker keeps running.
 */
import { setTimeout as sleep } from "node:timers/promises";
import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  Client,
  GatewayIntentBits,
  MessageFlags,
} from "discord.js";
import { describeError } from "../../errors.js";
import { redactSecrets } from "../../log.js";
import type { DiscordMessage } from "../../render/discord-types.js";
import { DISCORD_FEEDBACK_PREFIX } from "../../render/feedback-buttons.js";
import type { BotContext } from "../run-command.js";
import { answerFeedbackClick, type FeedbackAnswerOptions } from "./discord-feedback.js";
import { type AnswerOptions, answerInteraction, type InteractionPayload } from "./discord-interactions.js";

export interface DiscordBotOptions extends AnswerOptions, Pick<FeedbackAnswerOptions, "onFeedback"> {
  token: string;
  /** DISCORD_API_URL, e.g. https://discord.com/api. */
  apiUrl: string;
  /** First retry delay (default 5 s), doubled per failure up to maxRetryMs (default 5 min). */
  initialRetryMs?: number;
  maxRetryMs?: number;
  /** How long one login attempt may take (default 30 s). */
  loginTimeoutMs?: number;
  random?: () => number;
}

export interface DiscordBot {
  /** "connecting", "ready", "retrying: <reason>" or "stopped". */
  state(): string;
  /** Login attempts made so far. */
  attempts(): number;
  stop(): Promise<void>;
}

/** Delay before login attempt `failures + 1`: doubling from `initialMs`, capped, with ±25 % jitter. */
export function loginRetryDelayMs(
  failures: number,
  initialMs: number,
  maxMs: number,
  random: () => number,
): number {
  const base = Math.min(maxMs, initialMs * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (0.75 + random() * 0.5));
}

/** Logs in in the background and keeps trying until it succeeds or stop() is called. */
export function startDiscordBot(ctx: BotContext, options: DiscordBotOptions): DiscordBot {
  const random = options.random ?? Math.random;
  const abort = new AbortController();
  let state = "connecting";
  let attempts = 0;
  let client: Client | null = null;

  const loop = async (): Promise<void> => {
    let failures = 0;
    while (!abort.signal.aborted) {
      const candidate = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: options.apiUrl } });
      listenForCommands(candidate, ctx, options);
      candidate.on("error", (error) => {
        ctx.logger.warn({ platform: "discord", err: error }, `discord gateway: ${describeError(error)}`);
      });
      client = candidate;
      attempts++;
      state = "connecting";
      try {
        await withTimeout(candidate.login(options.token), options.loginTimeoutMs ?? 30_000);
        state = "ready";
        ctx.logger.info({ platform: "discord" }, "discord: logged in; answering /tracewire");
        return;
      } catch (error) {
        await candidate.destroy().catch(() => {});
        client = null;
        if (abort.signal.aborted) break;
        failures++;
        const delay = loginRetryDelayMs(
          failures,
          options.initialRetryMs ?? 5000,
          options.maxRetryMs ?? 300_000,
          random,
        );
        const reason = redactSecrets(describeError(error));
        state = `retrying: ${reason}`;
        ctx.logger.warn(
          { platform: "discord", attempt: attempts, retry_in_ms: delay },
          `discord login failed (${reason}); retrying in ${Math.round(delay / 1000)} s — Slack, polling and delivery keep running`,
        );
        await sleep(delay, undefined, { signal: abort.signal }).catch(() => {});
      }
    }
  };
  const running = loop();

  return {
    state: () => state,
    attempts: () => attempts,
    async stop() {
      abort.abort();
      state = "stopped";
      const current = client;
      client = null;
      if (current) await current.destroy().catch(() => {});
      await Promise.race([running, sleep(2000)]);
    },
  };
}

/** Answers /tracewire interactions the client receives (over the gateway) through the REST API. */
export function listenForCommands(
  client: Client,
  ctx: BotContext,
  options: AnswerOptions & Pick<FeedbackAnswerOptions, "onFeedback">,
): void {
  client.on("interactionCreate", (interaction) => {
    if (interaction.isChatInputCommand() && interaction.commandName === "tracewire") {
      void replyOverGateway(ctx, interaction, options);
    } else if (interaction.isButton() && interaction.customId.startsWith(DISCORD_FEEDBACK_PREFIX)) {
      void answerClickOverGateway(ctx, interaction, options);
    }
  });
}

async function replyOverGateway(
  ctx: BotContext,
  interaction: ChatInputCommandInteraction,
  options: AnswerOptions,
): Promise<void> {
  const payload: InteractionPayload = {
    id: interaction.id,
    type: 2,
    token: interaction.token,
    application_id: interaction.applicationId,
    channel_id: interaction.channelId,
    data: {
      name: interaction.commandName,
      options: interaction.options.data.map((option) => ({
        name: option.name,
        type: option.type,
        value: option.value,
        options: (option.options ?? []).map((o) => ({ name: o.name, value: o.value })),
      })),
    },
  };
  try {
    const answer = await answerInteraction(ctx, payload, options);
    if (answer.initial.type === 4) {
      await interaction.reply({ ...toReplyOptions(answer.initial.data), flags: MessageFlags.Ephemeral });
      return;
    }
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    if (answer.later) await interaction.editReply(toReplyOptions(await answer.later));
  } catch (error) {
    ctx.logger.warn(
      { platform: "discord", err: error },
      `could not answer /tracewire: ${describeError(error)}`,
    );
  }
}

/** A feedback button clicked in a channel the gateway serves: the same answer as over HTTP, sent over REST. */
async function answerClickOverGateway(
  ctx: BotContext,
  interaction: ButtonInteraction,
  options: AnswerOptions & Pick<FeedbackAnswerOptions, "onFeedback">,
): Promise<void> {
  const payload = {
    type: 3,
    channel_id: interaction.channelId,
    member: {
      user: {
        id: interaction.user.id,
        username: interaction.user.username,
        global_name: interaction.user.globalName,
      },
    },
    data: { custom_id: interaction.customId },
    message: interaction.message.toJSON(),
  };
  try {
    const answer = await answerFeedbackClick(ctx, payload, options);
    if (answer.initial.type === 7) {
      await interaction.update({ content: answer.initial.data.content, allowedMentions: { parse: [] } });
    } else if (answer.initial.type === 4) {
      await interaction.reply({
        content: answer.initial.data.content,
        flags: MessageFlags.Ephemeral,
        allowedMentions: { parse: [] },
      });
    } else {
      await interaction.deferUpdate();
      const update = await answer.later;
      if (update) await interaction.editReply({ content: update.content, allowedMentions: { parse: [] } });
    }
  } catch (error) {
    ctx.logger.warn(
      { platform: "discord", err: error },
      `could not answer a feedback click: ${describeError(error)}`,
    );
  }
}

function toReplyOptions(message: DiscordMessage) {
  return {
    ...(message.content ? { content: message.content } : {}),
    embeds: message.embeds,
    allowedMentions: { parse: [] },
  };
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no gateway connection within ${Math.round(ms / 1000)} s`)),
      ms,
    );
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
