/**
 * One line saying how close rendered messages come to each platform limit they are kept within
 * ("slack: 2 messages · blocks ≤ 48/50 · block text ≤ 10,512/11,000 · fallback text ≤ 2,980/4,000"), for
 * `tracewire preview --as slack|discord`. The figures are the largest over the messages.
 */
import type { DiscordMessage } from "./discord-types.js";
import { discordEmbedLength } from "./discord-types.js";
import { LIMITS } from "./limits.js";
import type { SlackMessage } from "./slack-types.js";
import { slackBlockTextLength } from "./slack-types.js";

export type RenderedMessages =
  | { platform: "slack"; messages: SlackMessage[] }
  | { platform: "discord"; messages: DiscordMessage[] };

const n = (x: number): string => x.toLocaleString("en-US");
const most = (values: number[]): number => Math.max(0, ...values);

/** "slack: 1 message · blocks ≤ 12/50 · …": each figure is the largest in any one message. */
export function describeLimitsUsed(rendered: RenderedMessages): string {
  const count = `${rendered.messages.length} message${rendered.messages.length === 1 ? "" : "s"}`;
  if (rendered.platform === "slack") {
    const m = rendered.messages;
    const blocks = most(m.map((x) => x.blocks.length));
    const text = most(m.map((x) => x.blocks.reduce((sum, b) => sum + slackBlockTextLength(b), 0)));
    const fallback = most(m.map((x) => x.text.length));
    return (
      `slack: ${count} · blocks ≤ ${blocks}/${LIMITS.slack.blocksPerMessage}` +
      ` · block text ≤ ${n(text)}/${n(LIMITS.slack.totalBlockText)}` +
      ` · fallback text ≤ ${n(fallback)}/${n(LIMITS.slack.topLevelText)}`
    );
  }
  const m = rendered.messages;
  const embeds = most(m.map((x) => x.embeds.length));
  const chars = most(m.map((x) => x.embeds.reduce((sum, e) => sum + discordEmbedLength(e), 0)));
  const content = most(m.map((x) => (x.content ?? "").length));
  return (
    `discord: ${count} · embeds ≤ ${embeds}/${LIMITS.discord.embedsPerMessage}` +
    ` · embed characters ≤ ${n(chars)}/${n(LIMITS.discord.totalEmbedChars)}` +
    ` · content ≤ ${n(content)}/${n(LIMITS.discord.content)}`
  );
}
