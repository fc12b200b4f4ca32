/**
 * A bot reply as a Discord interaction message: hits through renderDiscordItemList, text replies as one embed
 * whose lines are neutralised (no mention can form) within the embed limits (PLATFORMS.md §2.1). Always
 * `allowed_mentions: { parse: [] }`.
 */
import { renderDiscordItemList } from "../../render/discord-embeds.js";
import { URGENCY_COLOURS } from "../../render/discord-story.js";
import { type DiscordMessage, discordMessage } from "../../render/discord-types.js";
import { LIMITS, truncateEscaped } from "../../render/limits.js";
import { neutraliseDiscordText } from "../../render/no-ping.js";
import type { BotReply } from "../run-command.js";

/** Red for problems. */
const PROBLEM_COLOUR = 0xd83c3e;

/**
 * Renders a reply as a Discord message body within the embed limits. Hits' dates are written in `timeZone`
 * (the process's, processTimeZone(TZ): the operator's zone, since a slash command's reader's is unknown).
 */
export function renderDiscordReply(reply: BotReply, now: Date, timeZone: string): DiscordMessage {
  if (reply.kind === "items")
    return renderDiscordItemList(reply.title, reply.items, {
      now,
      timeZone,
      ...(reply.intro ? { intro: reply.intro } : {}),
    });
  const room = LIMITS.discord.embedDescription - 100;
  const lines: string[] = [];
  let length = 0;
  for (const line of reply.lines) {
    const escaped = truncateEscaped(line, 1000, neutraliseDiscordText);
    if (length + escaped.length + 1 > room) break;
    lines.push(escaped);
    length += escaped.length + 1;
  }
  const hidden = reply.lines.length - lines.length;
  if (hidden > 0) lines.push(`…and ${hidden} more lines`);
  return discordMessage([
    {
      title: truncateEscaped(reply.title, LIMITS.discord.embedTitle, neutraliseDiscordText),
      description: lines.join("\n") || "—",
      color: reply.problem ? PROBLEM_COLOUR : URGENCY_COLOURS.normal,
    },
  ]);
}
