/**
 * `tracewire test TARGET`: posts one sample message to a target, so an operator learns now — not at the first
 * digest — whether the channel, the permissions and the token work. The sample is a real story from the archive
 * under a title marking it as a test, or, with an empty archive, a fixed text saying it is a test. A failure is
 * thrown as the platform's error, whose message and hint say what to fix ("invite the bot to the channel",
 * "check SLACK_BOT_TOKEN", "set DISCORD_TOKEN"…; deliver/slack/slack-errors.ts, discord/discord-errors.ts).
 */
import type { Platforms } from "../deliver/create-platforms.js";
import type { PlatformMessage } from "../deliver/platform.js";
import { renderDigestFor, renderNoticeFor } from "../deliver/render-for-target.js";
import { describeTarget, parseTarget } from "../deliver/target.js";
import type { ItemStore } from "../store/store.js";

/** The title of a test message carrying a real story. */
export const TEST_TITLE = "tracewire test message: a sample of what this channel will receive";

/** The text of a test message when the archive has no story yet. */
export const TEST_TEXT =
  "tracewire test message: tracewire can post here. Nothing to act on; real stories follow once feeds are polled.";

export interface TestTargetDeps {
  store: Pick<ItemStore, "listItems" | "getStories">;
  platforms: Pick<Platforms, "forTarget">;
  /** Webhook targets may point at private addresses (TRACEWIRE_ALLOW_PRIVATE_HOSTS). */
  allowPrivateHosts: boolean;
  color: boolean;
  /** The reader's zone for the sample's times (the process's zone: a test has no subscription). */
  timeZone: string;
}

export interface TestTargetResult {
  /** The target as it may be shown (webhook secrets redacted). */
  where: string;
  /** What was posted: a story's title, or the fixed text. */
  sample: { kind: "story"; title: string } | { kind: "text" };
  messageId: string | null;
}

/** Posts one test message to `targetText`; throws ConfigError for a bad target, PlatformError for a refusal. */
export async function testTarget(
  deps: TestTargetDeps,
  targetText: string,
  now: Date,
): Promise<TestTargetResult> {
  const target = parseTarget(targetText, { allowPrivateHosts: deps.allowPrivateHosts });
  const where = describeTarget(target);
  const platform = deps.platforms.forTarget(target);
  if (platform instanceof Error) throw platform;
  const [latest] = await deps.store.listItems({ relevant: true, limit: 1 });
  const [story] = latest ? await deps.store.getStories([latest.storyId ?? latest.id]) : [];
  let message: PlatformMessage;
  if (story) {
    const [first] = renderDigestFor(
      target,
      { subscriptionId: "test", generatedAt: now.toISOString(), groupBy: "country", stories: [story] },
      { now, timeZone: deps.timeZone, color: deps.color, title: TEST_TITLE },
    );
    message = first ?? renderNoticeFor(target, TEST_TEXT);
  } else {
    message = renderNoticeFor(target, TEST_TEXT);
  }
  const result = await platform.send(target, message);
  return {
    where,
    sample: story ? { kind: "story", title: story.lead.title } : { kind: "text" },
    messageId: result.messageId,
  };
}
