/**
 * The one place where text from feeds (and from users) is made harmless for Slack and Discord: nothing
 * that passes through here can form a mention, a channel-wide ping or an injected link. Every renderer
 * calls these for feed text. Sources: ../shared/PLATFORMS.md §1.2 (Slack mrkdwn) and §2.2 (Discord).
 */

const ZWSP = "\u200B";

/** Escapes Slack's three control characters, `&` first (SD:messaging/formatting-message-text). */
export function escapeSlackText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Breaks the bare words Slack may parse as broadcasts (`@here`, `@channel`, `@everyone`) with a zero-width space. */
function breakSlackBroadcasts(s: string): string {
  return s.replace(/@(?=here|channel|everyone)/gi, `@${ZWSP}`);
}

/**
 * Feed text for a Slack mrkdwn object or the top-level `text`: escaped, and bare broadcast words broken
 * too, for the fallback `text`, which has no `verbatim` flag.
 */
export function neutraliseSlackText(s: string): string {
  return breakSlackBroadcasts(escapeSlackText(s));
}

/**
 * Text for a Slack `plain_text` object (headers): whether plain_text can ever trigger a mention is
 * unverified (PLATFORMS.md §4), so angle brackets become look-alike guillemets and broadcasts are broken.
 */
export function plainSlackText(s: string): string {
  return breakSlackBroadcasts(s.replace(/</g, "‹").replace(/>/g, "›"));
}

/** The URL as an absolute http(s) URL string, or null when it is anything else (javascript:, relative, junk). */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  if (!parsed.hostname) return null;
  // Credentials in a link are never wanted, and dropping them keeps `@` out of the host part.
  parsed.username = "";
  parsed.password = "";
  // `|` ends a Slack link's URL part, `()` end a Markdown link target and `@` could start a mention
  // word; percent-encoded they mean the same to the server.
  return parsed.href.replace(/\|/g, "%7C").replace(/\(/g, "%28").replace(/\)/g, "%29").replace(/@/g, "%40");
}

/**
 * A Slack mrkdwn link `<url|label>` with the label escaped and `|` replaced; when the URL is not
 * http(s) the result is the escaped label alone, as plain text.
 */
export function slackLink(url: string | null | undefined, label: string): string {
  const text = neutraliseSlackText(label.replace(/\|/g, "¦"));
  const href = safeHttpUrl(url);
  if (!href) return text;
  return `<${escapeSlackText(href)}|${text}>`;
}

/**
 * Feed text for Discord: `@everyone`/`@here` broken with a zero-width space, `<@…>`, `<@&…>`, `<#…>`,
 * `</…>` broken so no mention forms, and Markdown specials (including `[x](url)` masked links)
 * backslash-escaped. Messages also carry `allowed_mentions: { parse: [] }`; this is the second lock.
 */
export function neutraliseDiscordText(s: string): string {
  return s
    .replace(/[\\*_~`|[\]]/g, (c) => `\\${c}`)
    .replace(/^([>#-])/, "\\$1")
    .replace(/@(?=everyone|here)/gi, `@${ZWSP}`)
    .replace(/<(?=[@#/:]|a:|id:|t:)/gi, `<${ZWSP}`);
}

/**
 * Text for Discord places that show no Markdown (footer, author): mentions broken, no escapes added.
 */
export function neutraliseDiscordPlain(s: string): string {
  return s.replace(/@(?=everyone|here)/gi, `@${ZWSP}`).replace(/<(?=[@#/:]|a:|id:|t:)/gi, `<${ZWSP}`);
}

/** A Discord masked link `[label](url)`, or the neutralised label alone when the URL is not http(s). */
export function discordLink(url: string | null | undefined, label: string): string {
  const text = neutraliseDiscordText(label);
  const href = safeHttpUrl(url);
  if (!href) return text;
  return `[${text}](${href})`;
}
