/**
 * `tracewire preview ID [--as terminal|slack|discord]`: the subscription's next digest (or pending alerts) as
 * the chosen platform will show it — the Block Kit or embed JSON on stdout with a line of limits on stderr,
 * or, for the terminal, the digest grouped exactly as Slack groups it, then why each recent item was or was
 * not routed. Times are in the subscription's zone.
 */

import { UsageError } from "../errors.js";
import type { Story } from "../model/story.js";
import type { Subscription } from "../model/subscription.js";
import { renderDiscordAlert, renderDiscordDigest } from "../render/discord-embeds.js";
import { processTimeZone } from "../render/format-time.js";
import { describeLimitsUsed, type RenderedMessages } from "../render/limits-used.js";
import { digestOf } from "../render/render-digest.js";
import { renderSlackAlert, renderSlackDigest } from "../render/slack-blocks.js";
import { renderTerminalAlert, renderTerminalDigest } from "../render/terminal.js";
import { matchSubscription } from "../route/match-subscription.js";
import { positiveInt } from "./item-filters.js";
import { say, useColor, withContext } from "./with-context.js";

export type PreviewAs = "terminal" | "slack" | "discord";

interface Rendering {
  subscription: Subscription;
  stories: Story[];
  now: Date;
  timeZone: string;
}

/** Prints the pending stories as the platform will see them; the terminal view adds why recent items routed. */
export async function previewVerb(id: string, options: { hours?: string; as?: PreviewAs }): Promise<void> {
  const hours = positiveInt("--hours", options.hours, 48);
  const as = options.as ?? "terminal";
  await withContext(
    async (ctx) => {
      const subscription = await ctx.store.getSubscription(id);
      if (!subscription)
        throw new UsageError(`no subscription with id "${id}" (see tracewire subscriptions)`);
      const pending = (
        await ctx.store.listOutbox({ subscriptionId: id, state: "pending", limit: 500 })
      ).filter((row) => row.mode === subscription.mode);
      const stories = await ctx.store.getStories(pending.map((row) => row.storyId));
      const now = new Date();
      const rendering = {
        subscription,
        stories,
        now,
        timeZone: subscription.tz ?? processTimeZone(ctx.env.TZ),
      };
      if (as !== "terminal") {
        const rendered = platformMessages(as, rendering);
        say(JSON.stringify(rendered.messages, null, 2));
        process.stderr.write(`${describeLimitsUsed(rendered)}\n`);
        return;
      }
      say(`${subscription.mode === "digest" ? "next digest" : "pending alerts"}: ${stories.length} stories`);
      say("");
      process.stdout.write(terminalText(rendering));
      const since = new Date(now.getTime() - hours * 3_600_000).toISOString();
      const recent = await ctx.store.listItems({ seenSince: since, limit: 500 });
      say("");
      say(`recent items (last ${hours} h): ${recent.length}`);
      for (const item of recent) {
        const verdict = matchSubscription(item, subscription);
        say(`  ${verdict.matched ? "routed " : "skipped"}  ${item.title.slice(0, 90)} — ${item.outlet}`);
        say(`           ${verdict.why}`);
      }
    },
    { loadFeeds: false },
  );
}

/** The messages delivery would send: one digest split within limits, or one alert per story. */
function platformMessages(as: "slack" | "discord", r: Rendering): RenderedMessages {
  const options = { now: r.now, timeZone: r.timeZone };
  const digest = r.subscription.mode === "digest";
  if (as === "slack") {
    return {
      platform: "slack",
      messages: digest
        ? renderSlackDigest(digestOf(r.subscription, r.stories, r.now), options)
        : r.stories.map((story) => renderSlackAlert(story, options)),
    };
  }
  return {
    platform: "discord",
    messages: digest
      ? renderDiscordDigest(digestOf(r.subscription, r.stories, r.now), options)
      : r.stories.map((story) => renderDiscordAlert(story, options)),
  };
}

/** The console rendering: the digest in the same sections as Slack and Discord, or each alert. */
function terminalText(r: Rendering): string {
  const options = { now: r.now, timeZone: r.timeZone, color: useColor() };
  if (r.subscription.mode === "digest")
    return renderTerminalDigest(digestOf(r.subscription, r.stories, r.now), options);
  return r.stories.map((story) => renderTerminalAlert(story, options)).join("\n");
}
