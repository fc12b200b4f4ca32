/**
 * Sends one weekly briefing (issue 19): claim the run (subscription, tick), compose it from the store, draw
 * the chart, send it the way the target takes files, and mark it sent only once the platform accepted the file
 * and the message. Takes narrow dependencies (SendBriefingDeps) and returns a result value; a platform failure
 * is returned, not thrown, so one bad channel never stops the others. Never retries or sleeps itself: a run that
 * failed stays claimed until its lease lapses (or is let go at once for a one-shot command), then the next pass
 * takes it again; a crash between the upload and the message therefore repeats at most that briefing.
 */
import type { Platform, PlatformMessage } from "../../deliver/platform.js";
import { describeTarget, parseTarget } from "../../deliver/target.js";
import { describeError, PlatformError } from "../../errors.js";
import type { Briefing } from "../../model/briefing.js";
import type { Subscription, Target } from "../../model/subscription.js";
import { CHART_WIDTH, renderBriefingChart } from "../../render/briefing-chart.js";
import {
  renderDiscordBriefing,
  renderSlackBriefing,
  renderTerminalBriefing,
} from "../../render/briefing-messages.js";
import { renderChartPng } from "../../render/chart-png.js";
import type { BriefingStore, SubscriptionStore } from "../../store/store.js";
import { type ComposeBriefingDeps, composeBriefing } from "./compose-briefing.js";

/** How long a claimed run is this owner's: a failed or crashed run is taken again after it. */
export const BRIEFING_LEASE_MS = 5 * 60_000;
/** The chart's file name; Discord's embed shows it as attachment://chart.png. */
export const CHART_FILE = "chart.png";

export interface SendBriefingDeps extends ComposeBriefingDeps {
  store: ComposeBriefingDeps["store"] & BriefingStore & Pick<SubscriptionStore, "setSubscriptionState">;
  platforms: { forTarget(target: Target): Platform | PlatformError };
  /** This process's name in claims. */
  owner: string;
  allowPrivateHosts: boolean;
  /** The zone of a subscription without one (the process's). */
  defaultTimeZone: string;
  /** TRACEWIRE_PUBLIC_URL: a webhook's table links `${publicUrl}/trends`; null when not set. */
  publicUrl: string | null;
}

export interface SendBriefingOptions {
  now: Date;
  /** The run's key: the scheduled minute ("2026-11-30T02:00Z"), or a manual run's. */
  tick: string;
  /** Let a failed run go at once (a one-shot command the operator may repeat), instead of at the lease's end. */
  releaseOnFailure?: boolean;
}

export type SendBriefingResult =
  | { outcome: "sent"; subscriptionId: string; target: string; briefing: Briefing }
  | { outcome: "taken"; subscriptionId: string }
  | { outcome: "failed"; subscriptionId: string; target: string; error: string };

/** Sends the briefing of one subscription for one tick, at most once across replicas and restarts. */
export async function sendBriefing(
  deps: SendBriefingDeps,
  subscription: Subscription,
  options: SendBriefingOptions,
): Promise<SendBriefingResult> {
  const { now, tick } = options;
  const target = parseTarget(subscription.target, { allowPrivateHosts: deps.allowPrivateHosts });
  const where = describeTarget(target);
  if (!(await deps.store.claimBriefing(subscription.id, tick, deps.owner, now, BRIEFING_LEASE_MS))) {
    return { outcome: "taken", subscriptionId: subscription.id };
  }
  try {
    const briefing = await composeBriefing(deps, subscription, now);
    const platform = deps.platforms.forTarget(target);
    if (platform instanceof PlatformError) throw platform;
    const timeZone = subscription.tz ?? deps.defaultTimeZone;
    await deliverBriefing(platform, target, briefing, { now, timeZone, publicUrl: deps.publicUrl });
    await deps.store.markBriefingSent(subscription.id, tick, now);
    await deps.store.setSubscriptionState(subscription.id, "ok", null, now.toISOString());
    return { outcome: "sent", subscriptionId: subscription.id, target: where, briefing };
  } catch (error) {
    if (options.releaseOnFailure) await deps.store.releaseBriefing(subscription.id, tick);
    if (error instanceof PlatformError && error.permanent) {
      await deps.store.setSubscriptionState(subscription.id, "failing", describeError(error));
    }
    return { outcome: "failed", subscriptionId: subscription.id, target: where, error: describeError(error) };
  }
}

/** The messages of a briefing for a target, with the chart where the target takes files. */
export function briefingMessage(
  target: Target,
  briefing: Briefing,
  context: { now: Date; timeZone: string; publicUrl: string | null },
): PlatformMessage {
  const facts = { now: context.now, timeZone: context.timeZone };
  switch (target.kind) {
    case "slack":
      return { slack: renderSlackBriefing(briefing, facts) };
    case "slack-webhook":
      return {
        slack: renderSlackBriefing(briefing, {
          ...facts,
          table: true,
          trendsUrl: context.publicUrl ? `${context.publicUrl.replace(/\/+$/, "")}/trends` : null,
        }),
      };
    case "discord":
    case "discord-webhook":
      return { discord: renderDiscordBriefing(briefing, { ...facts, image: CHART_FILE }) };
    case "console":
      return { terminal: renderTerminalBriefing(briefing, facts) };
  }
}

/** The chart as PNG bytes (CHART_WIDTH px wide). */
export function briefingChartPng(briefing: Briefing, timeZone: string): Buffer {
  return renderChartPng(renderBriefingChart(briefing.series, timeZone), CHART_WIDTH);
}

async function deliverBriefing(
  platform: Platform,
  target: Target,
  briefing: Briefing,
  context: { now: Date; timeZone: string; publicUrl: string | null },
): Promise<void> {
  const message = briefingMessage(target, briefing, context);
  // A Slack incoming webhook cannot take files: the numbers go as a table instead. The terminal prints text.
  if (target.kind === "slack-webhook" || target.kind === "console" || !platform.sendFile) {
    await platform.send(target, message);
    return;
  }
  await platform.sendFile(target, message, {
    filename: CHART_FILE,
    title: "Relevant stories per week, by country",
    contentType: "image/png",
    bytes: briefingChartPng(briefing, context.timeZone),
  });
}
