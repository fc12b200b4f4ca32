/**
 * Clicks on the feedback buttons of Discord messages (component interactions, type 3), over HTTP and the
 * gateway alike: the click is stored through recordFeedback and answered with UPDATE_MESSAGE (type 7), the
 * message's content gaining a line with the clicker's name as neutralised text (no mention can form). When
 * the store is slow the click is answered with DEFERRED_UPDATE_MESSAGE (type 6) within the deadline and the
 * line is put on `@original` later. A click that cannot count is answered ephemerally with the reason.
 */
import { z } from "zod";
import { type FeedbackOutcome, recordFeedback } from "../../commands/record-feedback.js";
import { describeError } from "../../errors.js";
import {
  type FeedbackKind,
  type FeedbackRef,
  isFeedbackKind,
  parseFeedbackRef,
} from "../../model/feedback.js";
import { stripControlChars } from "../../model/strip-control-chars.js";
import { DISCORD_FEEDBACK_PREFIX, discordFeedbackNote, feedbackNote } from "../../render/feedback-buttons.js";
import { LIMITS, truncate } from "../../render/limits.js";
import type { BotContext } from "../run-command.js";
import { withinDeadline } from "../within-deadline.js";

/** A message update: content only, so embeds and buttons stay as they are. */
export interface FeedbackUpdate {
  content: string;
  allowed_mentions: { parse: [] };
}

export type FeedbackAnswer =
  | { initial: { type: 7; data: FeedbackUpdate }; later?: undefined }
  | { initial: { type: 6 }; later: Promise<FeedbackUpdate | null> }
  | {
      initial: { type: 4; data: { content: string; flags: number; allowed_mentions: { parse: [] } } };
      later?: undefined;
    };

export interface FeedbackAnswerOptions {
  deadlineMs?: number;
  now?: () => Date;
  onFeedback?: ((outcome: FeedbackOutcome) => void) | undefined;
}

const SNOWFLAKE = /^\d{1,20}$/;
const userShape = z.object({
  id: z.string(),
  username: z.string().nullish(),
  global_name: z.string().nullish(),
});
const componentInteraction = z.object({
  channel_id: z.string().nullish(),
  channel: z.object({ id: z.string().nullish() }).nullish(),
  member: z.object({ user: userShape.nullish(), nick: z.string().nullish() }).nullish(),
  user: userShape.nullish(),
  data: z.object({ custom_id: z.string() }),
  message: z
    .object({
      content: z.string().nullish(),
      components: z
        .array(
          z.object({
            components: z
              .array(z.object({ custom_id: z.string().nullish(), label: z.string().nullish() }))
              .nullish(),
          }),
        )
        .nullish(),
    })
    .nullish(),
});

/** Whether an interaction is a click on one of tracewire's feedback buttons. */
export function isFeedbackClick(interaction: { type: number; data?: unknown }): boolean {
  const id = (interaction.data as { custom_id?: unknown } | undefined)?.custom_id;
  return interaction.type === 3 && typeof id === "string" && id.startsWith(DISCORD_FEEDBACK_PREFIX);
}

interface Click {
  kind: FeedbackKind;
  ref: FeedbackRef;
  channelId: string;
  userId: string;
  userName: string;
  content: string;
  /** "#2 " when the clicked button's label numbers the story (a digest message). */
  number: string;
}

/** Reads a component interaction as a feedback click, or says why it is not one. */
export function readFeedbackClick(payload: unknown): Click | { problem: string } {
  const parsed = componentInteraction.safeParse(payload);
  if (!parsed.success) return { problem: "the button click is malformed" };
  const p = parsed.data;
  const [, kind = "", value = ""] = /^twfb:([a-z_]+):(.+)$/.exec(p.data.custom_id) ?? [];
  const ref = parseFeedbackRef(value);
  if (!isFeedbackKind(kind) || !ref) return { problem: "tracewire has no such button" };
  const channelId = p.channel_id ?? p.channel?.id ?? "";
  const user = p.member?.user ?? p.user;
  if (!SNOWFLAKE.test(channelId) || !user || !SNOWFLAKE.test(user.id)) {
    return { problem: "the click names no Discord channel or user" };
  }
  const label = (p.message?.components ?? [])
    .flatMap((row) => row.components ?? [])
    .find((button) => button.custom_id === p.data.custom_id)?.label;
  return {
    kind,
    ref,
    channelId,
    userId: user.id,
    userName: stripControlChars(p.member?.nick ?? user.global_name ?? user.username ?? ""),
    content: p.message?.content ?? "",
    number: /^#\d+ /.exec(label ?? "")?.[0] ?? "",
  };
}

/** Stores one click and returns the interaction response (and the late update when the store was slow). */
export async function answerFeedbackClick(
  ctx: BotContext,
  payload: unknown,
  options: FeedbackAnswerOptions = {},
): Promise<FeedbackAnswer> {
  const click = readFeedbackClick(payload);
  if ("problem" in click) return ephemeral(click.problem);
  const now = options.now ?? (() => new Date());
  const work = recordFeedback(
    { store: ctx.store, now },
    {
      platform: "discord",
      channelId: click.channelId,
      userId: click.userId,
      kind: click.kind,
      ref: click.ref,
    },
  )
    .catch(
      (error: unknown): FeedbackOutcome => ({
        recorded: false,
        problem: `the feedback could not be kept: ${describeError(error)}`,
      }),
    )
    .then((outcome) => {
      ctx.logger.info(
        {
          platform: "discord",
          platform_user: click.userId,
          channel: `discord:${click.channelId}`,
          kind: click.kind,
        },
        outcome.recorded
          ? `feedback ${outcome.added ? "kept" : "taken back"}`
          : `feedback refused: ${outcome.problem}`,
      );
      if (outcome.recorded) options.onFeedback?.(outcome);
      return outcome;
    });
  const quick = await withinDeadline(work, options.deadlineMs ?? 2000);
  if (quick) {
    if (!quick.recorded) return ephemeral(quick.problem);
    return { initial: { type: 7, data: updateFor(click, quick) } };
  }
  return {
    initial: { type: 6 },
    later: work.then((outcome) => (outcome.recorded ? updateFor(click, outcome) : null)),
  };
}

/** The message's content with this story's previous note replaced by the new one, within 2000 characters. */
function updateFor(click: Click, outcome: Extract<FeedbackOutcome, { recorded: true }>): FeedbackUpdate {
  const note = discordFeedbackNote(
    `${click.number}${feedbackNote(outcome.kind, outcome.added, click.userName)}`,
  );
  const marker = click.number.trim();
  const kept = click.content
    .split("\n")
    .filter((line) => !(isNoteLine(line) && (marker === "" || line.startsWith(`${marker} `))));
  const content = truncate([...kept, note].filter((line) => line !== "").join("\n"), LIMITS.discord.content);
  return { content, allowed_mentions: { parse: [] } };
}

function isNoteLine(line: string): boolean {
  return /^(?:#\d+ )?(?:Marked .+ by |.+ took back the mark ")/.test(line);
}

function ephemeral(problem: string): FeedbackAnswer {
  return {
    initial: { type: 4, data: { content: neutral(problem), flags: 64, allowed_mentions: { parse: [] } } },
  };
}

function neutral(text: string): string {
  return discordFeedbackNote(truncate(text, 1900));
}
