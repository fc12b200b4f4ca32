/**
 * A Slack `block_actions` payload (a click on a feedback button) to the click it stands for: the one place
 * that payload's fields are read. A payload of the wrong shape, a button that is not tracewire's, or a value
 * that is not a feedback reference becomes a problem, never an exception.
 */
import { z } from "zod";
import {
  type FeedbackKind,
  type FeedbackRef,
  isFeedbackKind,
  parseFeedbackRef,
} from "../../model/feedback.js";
import { stripControlChars } from "../../model/strip-control-chars.js";
import { SLACK_FEEDBACK_ACTION } from "../../render/feedback-buttons.js";

export interface SlackFeedbackAction {
  kind: FeedbackKind;
  ref: FeedbackRef;
  userId: string;
  /** The clicker's user name, to show on the message only (never stored). */
  userName: string;
  channelId: string;
  /** The message's blocks as Slack holds them, to put back with the mark shown. */
  blocks: unknown[];
  text: string;
  responseUrl: string | null;
  /** The message's ts, for chat.update when there is no response_url. */
  messageTs: string | null;
}

const payload = z.object({
  type: z.literal("block_actions"),
  user: z.object({ id: z.string(), username: z.string().nullish(), name: z.string().nullish() }),
  channel: z.object({ id: z.string() }).nullish(),
  container: z.object({ channel_id: z.string().nullish(), message_ts: z.string().nullish() }).nullish(),
  message: z
    .object({ ts: z.string().nullish(), text: z.string().nullish(), blocks: z.array(z.unknown()).nullish() })
    .nullish(),
  response_url: z.string().nullish(),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().nullish() })).min(1),
});

const SLACK_ID = /^[A-Z0-9]{2,40}$/;

/** Reads the first action of a block_actions payload as a feedback click. */
export function readBlockAction(body: unknown): SlackFeedbackAction | { problem: string } {
  const parsed = payload.safeParse(body);
  if (!parsed.success) return { problem: "the button click is malformed" };
  const p = parsed.data;
  const action = p.actions[0]!;
  const kind = action.action_id.startsWith(SLACK_FEEDBACK_ACTION)
    ? action.action_id.slice(SLACK_FEEDBACK_ACTION.length)
    : "";
  if (!isFeedbackKind(kind))
    return { problem: `tracewire has no button ${JSON.stringify(action.action_id.slice(0, 60))}` };
  const ref = parseFeedbackRef(action.value ?? "");
  if (!ref) return { problem: "the button's value is not a tracewire story reference" };
  const channelId = p.channel?.id ?? p.container?.channel_id ?? "";
  if (!SLACK_ID.test(channelId) || !SLACK_ID.test(p.user.id)) {
    return { problem: "the click names no Slack channel or user" };
  }
  return {
    kind,
    ref,
    userId: p.user.id,
    userName: stripControlChars(p.user.name ?? p.user.username ?? ""),
    channelId,
    blocks: p.message?.blocks ?? [],
    text: p.message?.text ?? "",
    responseUrl: p.response_url ?? null,
    messageTs: p.message?.ts ?? p.container?.message_ts ?? null,
  };
}
