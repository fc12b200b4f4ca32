/** The embed subset tracewire sends (DD:resources/message.mdx "Embed Object"). */
export interface DiscordEmbed {
  title?: string;
  url?: string;
  description?: string;
  /** ISO 8601. */
  timestamp?: string;
  color?: number;
  footer?: { text: string };
  author?: { name: string };
  fields?: { name: string; value: string; inline?: boolean }[];
  /** An image shown in the embed: `attachment://NAME.png` for a file sent with the message. */
  image?: { url: string };
}

/** A button (DD:interactions/message-components): style 1–4 with custom_id ≤100, label ≤80. */
export interface DiscordButton {
  type: 2;
  style: 1 | 2 | 3 | 4;
  label: string;
  custom_id: string;
}

/** An action row (type 1): ≤5 per message, ≤5 buttons each. */
export interface DiscordActionRow {
  type: 1;
  components: DiscordButton[];
}

/** A channel-message / execute-webhook body that can never ping: `allowed_mentions.parse` is empty. */
export interface DiscordMessage {
  content?: string;
  embeds: DiscordEmbed[];
  /** Feedback buttons (bot-token targets only: a plain webhook cannot carry them). */
  components?: DiscordActionRow[];
  allowed_mentions: { parse: [] };
}

/** Characters of an embed counted against the 6000-per-message total (DD message.mdx "Embed Limits"). */
export function discordEmbedLength(e: DiscordEmbed): number {
  let n = (e.title?.length ?? 0) + (e.description?.length ?? 0);
  n += (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0);
  for (const f of e.fields ?? []) n += f.name.length + f.value.length;
  return n;
}

/** A message with pings switched off. */
export function discordMessage(embeds: DiscordEmbed[], content?: string): DiscordMessage {
  return content
    ? { content, embeds, allowed_mentions: { parse: [] } }
    : { embeds, allowed_mentions: { parse: [] } };
}
