/**
 * A bot reply as a Slack slash-command answer: hits through renderSlackItemList, text replies as escaped
 * mrkdwn sections packed within Block Kit limits (PLATFORMS.md §1.1). Every line is escaped, so text from
 * feeds or users (a feed's error, a keyword) can never form a ping or a link.
 */
import { LIMITS, truncate, truncateEscaped } from "../../render/limits.js";
import { neutraliseSlackText, plainSlackText } from "../../render/no-ping.js";
import { renderSlackItemList } from "../../render/slack-blocks.js";
import { mrkdwn, plainText, type SlackBlock, type SlackMessage } from "../../render/slack-types.js";
import type { BotReply } from "../run-command.js";

/** Room for text in one section, kept under the 3000 limit. */
const SECTION_ROOM = 2800;
/** Blocks kept free for the header and the "more" note. */
const MAX_SECTIONS = 40;

/**
 * Renders a reply as `{ text, blocks }` within Slack's message limits. Hits' times are written in `timeZone`
 * (the process's, processTimeZone(TZ): the operator's zone, since a slash command's reader's is unknown).
 */
export function renderSlackReply(reply: BotReply, now: Date, timeZone: string): SlackMessage {
  if (reply.kind === "items")
    return renderSlackItemList(reply.title, reply.items, {
      now,
      timeZone,
      ...(reply.intro ? { intro: reply.intro } : {}),
    });
  const blocks: SlackBlock[] = [
    { type: "header", text: plainText(truncate(plainSlackText(reply.title), LIMITS.slack.headerText)) },
  ];
  let total = 0;
  let current = "";
  let shown = 0;
  const flush = (): void => {
    if (current !== "") blocks.push({ type: "section", text: mrkdwn(current) });
    current = "";
  };
  for (const line of reply.lines) {
    const escaped = truncateEscaped(line, 1000, neutraliseSlackText);
    if (total + escaped.length > LIMITS.slack.totalBlockText - 500) break;
    if (current.length + escaped.length + 1 > SECTION_ROOM) {
      flush();
      if (blocks.length > MAX_SECTIONS) break;
    }
    current = current === "" ? escaped : `${current}\n${escaped}`;
    total += escaped.length + 1;
    shown++;
  }
  flush();
  const hidden = reply.lines.length - shown;
  if (hidden > 0) blocks.push({ type: "context", elements: [mrkdwn(`…and ${hidden} more lines`)] });
  const text = truncateEscaped(
    `${reply.title}: ${reply.lines.slice(0, 3).join(" ")}`,
    2000,
    neutraliseSlackText,
  );
  return { text, blocks };
}
