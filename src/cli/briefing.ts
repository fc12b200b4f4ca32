/**
 * `tracewire briefing --now [--subscription ID] [--preview FILE.png]`: send the weekly briefing of every
 * briefing subscription (or one) now, or, with --preview, write its chart to a PNG file and print its text
 * without sending anything. A one-shot: a target that fails is reported, and running it again retries it.
 */
import { writeFileSync } from "node:fs";
import { createBriefingDeps } from "../app/briefing-deps.js";
import { composeBriefing } from "../commands/briefing/compose-briefing.js";
import { briefingChartPng, sendBriefing } from "../commands/briefing/send-briefing.js";
import { UsageError } from "../errors.js";
import { defaultFilter, type Subscription } from "../model/subscription.js";
import { renderTerminalBriefing } from "../render/briefing-messages.js";
import { DEFAULT_BRIEFING_SCHEDULE } from "../route/subscription-options.js";
import { say, withContext } from "./with-context.js";

export interface BriefingVerbOptions {
  now?: boolean;
  subscription?: string;
  preview?: string;
}

/** Sends (or previews) briefings now. */
export async function briefingVerb(options: BriefingVerbOptions): Promise<void> {
  await withContext(
    async (ctx) => {
      const deps = createBriefingDeps(ctx);
      const now = new Date();
      let subscriptions: Subscription[];
      if (options.subscription) {
        const one = await ctx.store.getSubscription(options.subscription.trim());
        if (!one) {
          throw new UsageError(`--subscription: no subscription with id "${options.subscription}"`, {
            hint: "see tracewire subscriptions",
          });
        }
        subscriptions = [one];
      } else {
        subscriptions = (await ctx.store.listSubscriptions()).filter((s) => s.mode === "briefing");
      }
      if (options.preview) {
        const subscription = subscriptions[0] ?? previewSubscription(now);
        const briefing = await composeBriefing(deps, subscription, now);
        const timeZone = subscription.tz ?? deps.defaultTimeZone;
        const png = briefingChartPng(briefing, timeZone);
        writeFileSync(options.preview, png);
        process.stdout.write(renderTerminalBriefing(briefing, { now, timeZone }));
        say("");
        say(
          `chart: ${options.preview} (${png.readUInt32BE(16)}×${png.readUInt32BE(20)} px); nothing was sent`,
        );
        return;
      }
      if (subscriptions.length === 0) {
        throw new UsageError("no briefing subscription to send", {
          hint: "add one with tracewire subscribe TARGET --mode briefing, or use --preview FILE.png",
        });
      }
      // A manual run is claimed like a scheduled one: two runs in the same minute send one briefing.
      const tick = `manual:${now.toISOString().slice(0, 16)}Z`;
      for (const subscription of subscriptions) {
        const result = await sendBriefing(deps, subscription, { now, tick, releaseOnFailure: true });
        if (result.outcome === "sent") {
          say(
            `briefing ${subscription.id}: sent to ${result.target} (${result.briefing.storiesThisWeek} stories this week, ` +
              `${result.briefing.failing.length} failing and ${result.briefing.silent.length} silent feeds)`,
          );
        } else if (result.outcome === "taken") {
          say(`briefing ${subscription.id}: already sent this minute (or being sent by another process)`);
        } else {
          // Like digest --now: a target that failed is named, and exit stays 0 (README, "CLI").
          say(
            `briefing ${subscription.id}: not sent to ${result.target}: ${result.error} — ` +
              "nothing was marked sent; run tracewire briefing --now again once fixed",
          );
        }
      }
    },
    { oneShot: true },
  );
}

/** The filter a preview uses when there is no briefing subscription: every relevant Southeast Asia story. */
function previewSubscription(now: Date): Subscription {
  return {
    id: "preview",
    target: "console",
    mode: "briefing",
    filter: defaultFilter(),
    schedule: DEFAULT_BRIEFING_SCHEDULE,
    tz: null,
    quiet: null,
    createdAt: now.toISOString(),
    backfillHours: 0,
    state: "ok",
    lastError: null,
    lastDeliveryAt: null,
  };
}
