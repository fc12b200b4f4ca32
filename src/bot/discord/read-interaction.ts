/**
 * An interaction's JSON (from the HTTP endpoint or rebuilt from the gateway) to the command to run and its
 * channel. The one place Discord input enters: option values are cleaned of control characters here, and a
 * payload of the wrong shape (options that are not lists, values that are not text: every /tracewire option
 * is a STRING option, src/bot/discord/commands.ts) becomes a usage answer, never an exception.
 */
import { z } from "zod";
import { stripControlChars } from "../../model/strip-control-chars.js";
import { type BotCommand, USAGE } from "../command-text.js";
import { commandFromOptions } from "./commands.js";

export interface InteractionRequest {
  command: BotCommand;
  /** The channel id, or "unknown" when the interaction named none. */
  channel: string;
  /** The Discord user id who ran the command, for the log line; null when absent or malformed. */
  userId?: string | null;
}

const valueOption = z.object({ name: z.string(), type: z.number().nullish(), value: z.unknown().optional() });
const subcommandOption = valueOption.extend({ options: z.array(valueOption).nullish() });
const commandInteraction = z.object({
  channel_id: z.string().nullish(),
  channel: z.object({ id: z.string().nullish() }).nullish(),
  member: z.object({ user: z.object({ id: z.string().nullish() }).nullish() }).nullish(),
  user: z.object({ id: z.string().nullish() }).nullish(),
  data: z.object({ name: z.string().nullish(), options: z.array(subcommandOption).nullish() }).nullish(),
});

/** Discord ids are snowflakes: decimal integers. */
const SNOWFLAKE = /^\d{1,20}$/;

/** Reads a command interaction; never throws. */
export function readInteraction(payload: unknown): InteractionRequest {
  const parsed = commandInteraction.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${formatPath(issue.path)}` : "";
    return {
      command: usage(`the interaction is malformed${where}: ${issue?.message ?? "unreadable"}`),
      channel: "unknown",
    };
  }
  const interaction = parsed.data;
  const channelId = interaction.channel_id ?? interaction.channel?.id ?? null;
  if (channelId !== null && !SNOWFLAKE.test(channelId)) {
    return { command: usage("the interaction's channel is not a Discord channel id"), channel: "unknown" };
  }
  const channel = channelId ?? "unknown";
  // In a server the user is under member.user, in a DM under user (discord.com/developers/docs/interactions).
  const rawUser = interaction.member?.user?.id ?? interaction.user?.id ?? null;
  const userId = rawUser !== null && SNOWFLAKE.test(rawUser) ? rawUser : null;
  const sub = interaction.data?.options?.[0];
  const values: Record<string, string> = {};
  for (const option of sub?.options ?? []) {
    if (option.value === undefined || option.value === null) continue;
    if (typeof option.value !== "string") {
      return {
        command: usage(`option ${option.name} must be text, got ${typeof option.value}`),
        channel,
        userId,
      };
    }
    values[stripControlChars(option.name)] = stripControlChars(option.value);
  }
  const command =
    interaction.data?.name === "tracewire" && sub
      ? commandFromOptions(stripControlChars(sub.name), values)
      : commandFromOptions("", values);
  return { command, channel, userId };
}

function usage(problem: string): BotCommand {
  return { name: "usage", problem, usage: USAGE.help };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`,
    )
    .join("");
}
