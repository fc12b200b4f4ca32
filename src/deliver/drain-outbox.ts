/**
 * Delivery: claims due outbox rows, renders them for their target and sends them, marking a row sent only
 * after the platform accepted the message that carried it. A crash therefore repeats at most the message in
 * flight and loses nothing. Rate limits are waited out (not counted as failures); 5xx and network errors
 * back off; a target that is gone is marked failing and not retried in a loop. One target never holds up
 * another: each target drains on its own.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { backoffDelay } from "../backoff.js";
import { describeError, PlatformError, RateLimitedError } from "../errors.js";
import type { Logger } from "../log.js";
import type { Metrics } from "../metrics.js";
import type { OutboxRow } from "../model/outbox.js";
import type { Story } from "../model/story.js";
import {
  type DeliveryMode,
  type Subscription,
  type Target,
  tokenPlatformOf,
  waitingReason,
} from "../model/subscription.js";
import { processTimeZone } from "../render/format-time.js";
import type { Store } from "../store/store.js";
import type { Platforms } from "./create-platforms.js";
import type { Platform, PlatformMessage, ReplyTo } from "./platform.js";
import { renderAlertFor, renderDigestFor, renderFollowUpFor, renderUpdateFor } from "./render-for-target.js";
import { describeTarget, parseTarget } from "./target.js";

export interface DeliverOptions {
  mode?: "alert" | "digest";
  subscriptionId?: string;
  now?: () => Date;
  /** Wait this long at most for rate limits and retries to come due before returning (default 0). */
  maxWaitMs?: number;
  /**
   * A one-shot command (`tracewire poll`, `digest --now`): try each target once and wait for nothing. What a
   * target did not take stays in the outbox due at once (a rate limit keeps its Retry-After), so the next run
   * or the worker sends it; the worker's own passes back off as usual. Overrides maxWaitMs.
   */
  oneShot?: boolean;
  /** Told of each message a platform accepted (the worker logs one line per post). */
  onPost?: (post: DeliveredPost) => void;
  /** Told of each target that did not take everything: what is left in the outbox and why. */
  onQueued?: (queued: QueuedForTarget) => void;
  /** Where deliveries are counted (the worker's /metrics). */
  metrics?: Pick<Metrics, "deliveryFinished">;
}

export interface DeliverReport {
  /** Outbox rows (subscription, story) delivered. */
  sent: number;
  /** Platform messages accepted. */
  messages: number;
  /** Rows given up on (target gone). */
  failed: number;
  /** Rows waiting for a later attempt. */
  retrying: number;
}

/** One platform message that went out. */
export interface DeliveredPost {
  subscriptionId: string;
  /** The target as describeTarget gives it: no token, no webhook secret. */
  target: string;
  mode: DeliveryMode;
  /** Stories (outbox rows) the message carried. */
  stories: number;
}

/** What one target left in the outbox after a failure. */
export interface QueuedForTarget {
  subscriptionId: string;
  /** The target as describeTarget gives it. */
  target: string;
  /** Messages not sent (a digest split in several counts each part). */
  messages: number;
  /** Stories (outbox rows) they carry. */
  stories: number;
  /** Why, in a few words ("connection refused", "rate-limited for 2 s", "needs SLACK_BOT_TOKEN"). */
  reason: string;
}

/** What delivery uses: the outbox and subscriptions, the adapters, and how to parse and render targets. */
export interface DeliverDeps {
  store: Store;
  platforms: Pick<Platforms, "forTarget">;
  logger: Logger;
  /** Who claims the rows (replica id). */
  owner: string;
  /** Webhook targets may point at private addresses (TRACEWIRE_ALLOW_PRIVATE_HOSTS). */
  allowPrivateHosts: boolean;
  /** Console deliveries use ANSI colour (a terminal, and NO_COLOR unset). */
  color: boolean;
  /** The zone messages are written in for subscriptions without one (TZ; the runtime's zone when absent). */
  defaultTimeZone?: string;
  /** Source of the retry backoff's jitter, [0, 1) (default Math.random). */
  random?: () => number;
  /** TRACEWIRE_PUBLIC_URL: webhook messages link each story's page there (they cannot carry buttons). */
  publicUrl?: string | undefined;
}

const LEASE_MS = 2 * 60_000;
const CLAIM_LIMIT = 1000;
const MAX_ATTEMPTS = 12;
/** Give up waiting in-process for one message after this many transient failures; the outbox retries later. */
const IN_PROCESS_RETRIES = 3;

/** Sends every due row (of one mode / subscription when asked) and reports what happened. */
export async function deliverDue(deps: DeliverDeps, options: DeliverOptions = {}): Promise<DeliverReport> {
  const now = options.now ?? (() => new Date());
  const oneShot = options.oneShot ?? false;
  const deadline = now().getTime() + (oneShot ? 0 : (options.maxWaitMs ?? 0));
  const report: DeliverReport = { sent: 0, messages: 0, failed: 0, retrying: 0 };
  const run: DrainRun = {
    deps,
    now,
    deadline,
    report,
    metrics: options.metrics,
    oneShot,
    onPost: options.onPost ?? (() => {}),
    onQueued: options.onQueued ?? (() => {}),
  };
  /** Rows this call already tried: a one-shot pass hands them back instead of trying them again. */
  const tried = new Set<number>();
  for (;;) {
    const claimed = await deps.store.claimOutbox({
      now: now(),
      owner: deps.owner,
      leaseMs: LEASE_MS,
      limit: CLAIM_LIMIT,
      mode: options.mode ?? "alert",
      ...(options.subscriptionId ? { subscriptionId: options.subscriptionId } : {}),
    });
    const again = oneShot ? claimed.filter((row) => tried.has(row.id)) : [];
    if (again.length > 0) await handBack(deps, again);
    const rows = oneShot ? claimed.filter((row) => !tried.has(row.id)) : claimed;
    if (oneShot) for (const row of rows) tried.add(row.id);
    if (rows.length > 0) {
      const bySubscription = groupBy(rows, (row) => row.subscriptionId);
      await Promise.all(
        [...bySubscription].map(([subscriptionId, subRows]) =>
          deliverForSubscription(run, subscriptionId, subRows),
        ),
      );
      // One-shot: a full claim may have left more rows; anything else was tried once and is done.
      if (!oneShot || claimed.length === CLAIM_LIMIT) continue;
    }
    const waiting = await deps.store.listOutbox({ state: "pending", limit: 1000 });
    const relevant = waiting.filter(
      (row) =>
        row.mode === (options.mode ?? "alert") &&
        (!options.subscriptionId || row.subscriptionId === options.subscriptionId),
    );
    const soonest = relevant.reduce<number | null>((min, row) => {
      const at = Date.parse(row.notBefore);
      return min === null || at < min ? at : min;
    }, null);
    report.retrying = relevant.filter(
      (row) => row.attempts > 0 || Date.parse(row.notBefore) > now().getTime(),
    ).length;
    if (oneShot || soonest === null || soonest > deadline) return report;
    await sleep(Math.max(50, soonest - now().getTime()));
  }
}

/** One call of deliverDue: what every step needs. */
interface DrainRun {
  deps: DeliverDeps;
  now: () => Date;
  /** Epoch ms until which waiting in-process is allowed. */
  deadline: number;
  report: DeliverReport;
  metrics: Pick<Metrics, "deliveryFinished"> | undefined;
  /** Try each target once; leave transient failures due at once (see DeliverOptions.oneShot). */
  oneShot: boolean;
  onPost: (post: DeliveredPost) => void;
  onQueued: (queued: QueuedForTarget) => void;
}

/**
 * The logger method for a delivery problem at `level`: debug in a one-shot command, which prints one line per
 * target itself (onQueued), so each failure is reported once.
 */
function logProblem(run: DrainRun, level: "warn" | "info"): Logger["warn"] {
  const { logger } = run.deps;
  return run.oneShot ? logger.debug.bind(logger) : logger[level].bind(logger);
}

async function deliverForSubscription(
  run: DrainRun,
  subscriptionId: string,
  rows: OutboxRow[],
): Promise<void> {
  const { deps, now, report } = run;
  const subscription = await deps.store.getSubscription(subscriptionId);
  if (!subscription) {
    await deps.store.markFailed(ids(rows), "the subscription was removed");
    report.failed += rows.length;
    return;
  }
  let target: Target;
  try {
    target = parseTarget(subscription.target, { allowPrivateHosts: deps.allowPrivateHosts });
  } catch (error) {
    await giveUp(deps, subscription, rows, describeError(error), report);
    return;
  }
  const platform = deps.platforms.forTarget(target);
  if (platform instanceof PlatformError) {
    // The token is missing: the subscription waits for it (not failing), its rows keep their attempts, and a
    // process started with the token makes them due at once (commands/resume-waiting-subscriptions.ts).
    const token = tokenPlatformOf(subscription.target);
    const reason = token ? waitingReason(token) : platform.message;
    await deps.store.markRetry(ids(rows), new Date(now().getTime() + 10 * 60_000), reason, true);
    await deps.store.setSubscriptionState(subscription.id, "waiting", reason);
    logProblem(run, "warn")(
      { subscription_id: subscription.id },
      `${platform.message}: ${reason}; set it and restart the worker (the stories wait)`,
    );
    run.onQueued({
      subscriptionId: subscription.id,
      target: describeTarget(target),
      messages: subscription.mode === "alert" ? rows.length : 1,
      stories: rows.length,
      reason,
    });
    return;
  }
  const stories = await deps.store.getStories([...new Set(rows.map((row) => row.storyId))]);
  const storyById = new Map(stories.map((story) => [story.id, story]));
  const batches: Batch[] = [];
  const renderContext = {
    now: now(),
    timeZone: subscription.tz ?? deps.defaultTimeZone ?? processTimeZone(),
    color: deps.color,
    feedback: { subscriptionId: subscription.id },
    ...(deps.publicUrl ? { publicUrl: deps.publicUrl } : {}),
  };
  const missing = rows.filter((row) => !storyById.has(row.storyId));
  if (missing.length > 0) await deps.store.markFailed(ids(missing), "the story is no longer in the archive");
  const all = rows.filter((row) => storyById.has(row.storyId));
  if (all.length === 0) return;
  const present = all.filter((row) => !row.itemId);
  const followUps = all.filter((row) => row.itemId);
  if (subscription.mode === "alert") {
    batches.push(...(await followUpBatches(deps, subscription, target, followUps, storyById, renderContext)));
    // The backfill (stories the archive held before the subscription was made) goes as one summary, never as
    // N alerts; stories found since go one alert each.
    const createdAt = Date.parse(subscription.createdAt);
    const isBackfill = (row: OutboxRow) =>
      Date.parse(storyById.get(row.storyId)!.lead.firstSeenAt) < createdAt;
    const backfill = present.filter(isBackfill);
    if (backfill.length > 0) {
      const messages = renderDigestFor(
        target,
        {
          subscriptionId: subscription.id,
          generatedAt: now().toISOString(),
          groupBy: subscription.filter.countries.length === 1 ? "topic" : "country",
          stories: backfill.map((row) => storyById.get(row.storyId)!),
        },
        { ...renderContext, title: backfillTitle(backfill.length, subscription.backfillHours) },
      );
      batches.push(...assignRowsToMessages(messages, backfill, storyById));
    }
    for (const row of present.filter((r) => !isBackfill(r))) {
      batches.push({
        message: renderAlertFor(target, storyById.get(row.storyId)!, renderContext),
        rows: [row],
      });
    }
  } else {
    // A story already in an earlier digest comes back once, saying how many reports joined it since.
    const newReports = countBy(followUps, (row) => row.storyId);
    const shown = [...new Set([...present, ...followUps].map((row) => row.storyId))];
    const digestStories = shown.map((id) => {
      const story = storyById.get(id)!;
      const again = present.some((row) => row.storyId === id) ? 0 : (newReports.get(id) ?? 0);
      return again > 0 ? { ...story, newReports: again } : story;
    });
    const messages = renderDigestFor(
      target,
      {
        subscriptionId: subscription.id,
        generatedAt: now().toISOString(),
        groupBy: subscription.filter.countries.length === 1 ? "topic" : "country",
        stories: digestStories,
      },
      renderContext,
    );
    batches.push(...assignRowsToMessages(messages, [...present, ...followUps], storyById));
  }
  await sendBatches(run, subscription, target, platform, batches, storyById);
}

/** One platform message and the outbox rows it carries; a follow-up also names the alert it answers. */
interface Batch {
  message: PlatformMessage;
  rows: OutboxRow[];
  /** The alert's own outbox row (sent): the reply goes into its thread, and a new thread id is kept on it. */
  replyTo?: OutboxRow;
}

/**
 * The messages for an alert subscription's follow-up rows: on a target that threads, each new report as a reply
 * in its alert's thread; on a webhook, one update line per story for every report due (they were held to one
 * an hour when planned, route/plan-follow-ups.ts).
 */
async function followUpBatches(
  deps: DeliverDeps,
  subscription: Subscription,
  target: Target,
  rows: OutboxRow[],
  storyById: Map<string, Story>,
  context: Parameters<typeof renderAlertFor>[2],
): Promise<Batch[]> {
  if (rows.length === 0) return [];
  const batches: Batch[] = [];
  const byStory = groupBy(rows, (row) => row.storyId);
  const delivered = await deps.store.listStoryDeliveries([...byStory.keys()]);
  for (const [storyId, storyRows] of byStory) {
    const story = storyById.get(storyId)!;
    const items = [story.lead, ...story.also];
    const reportOf = (row: OutboxRow) => items.find((item) => item.id === row.itemId) ?? story.lead;
    if (target.kind === "slack-webhook" || target.kind === "discord-webhook") {
      batches.push({ message: renderUpdateFor(target, story, storyRows.map(reportOf)), rows: storyRows });
      continue;
    }
    const alert = delivered.find(
      (row) => row.subscriptionId === subscription.id && row.storyId === storyId && !row.itemId,
    );
    for (const row of storyRows) {
      const message = renderFollowUpFor(target, story, reportOf(row), context);
      batches.push(alert?.messageId ? { message, rows: [row], replyTo: alert } : { message, rows: [row] });
    }
  }
  return batches;
}

/** Where a follow-up replies: the alert's ids, and a thread name from its headline. */
function replyOf(alert: OutboxRow, story: Story | undefined): ReplyTo {
  return {
    messageId: alert.messageId!,
    channelId: alert.channelId ?? null,
    threadId: alert.threadId ?? null,
    threadName: story?.lead.title ?? "Follow-ups",
  };
}

function countBy<T>(values: T[], key: (value: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(key(value), (counts.get(key(value)) ?? 0) + 1);
  return counts;
}

/** "5 stories from the last 24 hours": the title of a new alert subscription's backfill summary. */
export function backfillTitle(stories: number, hours: number): string {
  return `${stories} ${stories === 1 ? "story" : "stories"} from the last ${hours} ${hours === 1 ? "hour" : "hours"}`;
}

async function sendBatches(
  run: DrainRun,
  subscription: Subscription,
  target: Target,
  platform: Platform,
  batches: Batch[],
  storyById: Map<string, Story> = new Map(),
): Promise<void> {
  const { deps, now, deadline, report } = run;
  const where = describeTarget(target);
  for (let index = 0; index < batches.length; index++) {
    const batch = batches[index]!;
    const rest = batches.slice(index).flatMap((b) => b.rows);
    let transient = 0;
    for (;;) {
      const sendStarted = performance.now();
      const seconds = () => (performance.now() - sendStarted) / 1000;
      try {
        const alert = batch.replyTo;
        const reply = alert ? replyOf(alert, storyById.get(alert.storyId)) : undefined;
        const result = await platform.send(target, batch.message, reply);
        run.metrics?.deliveryFinished(target.kind, "sent", seconds());
        if (alert && result.threadId && result.threadId !== alert.threadId) {
          // The next follow-up of this story goes into the same thread (this pass's and later ones).
          alert.threadId = result.threadId;
          await deps.store.setThreadId(alert.id, result.threadId);
        }
        await deps.store.markSent(ids(batch.rows), result.messageId, now(), result.channelId ?? null);
        await deps.store.setSubscriptionState(subscription.id, "ok", null, now().toISOString());
        report.sent += batch.rows.length;
        report.messages += 1;
        run.onPost({
          subscriptionId: subscription.id,
          target: where,
          mode: subscription.mode,
          stories: batch.rows.length,
        });
        break;
      } catch (error) {
        const message = describeError(error);
        const permanent = error instanceof PlatformError && error.permanent;
        const queue = (): void => {
          run.onQueued({
            subscriptionId: subscription.id,
            target: where,
            messages: batches.length - index,
            stories: rest.length,
            reason: shortReason(error),
          });
        };
        run.metrics?.deliveryFinished(target.kind, permanent ? "failed" : "retrying", seconds());
        if (error instanceof RateLimitedError) {
          const until = now().getTime() + error.retryAfterMs;
          logProblem(run, "info")(
            { subscription_id: subscription.id, retry_after_ms: error.retryAfterMs },
            `${where}: rate-limited`,
          );
          if (until <= deadline) {
            await sleep(error.retryAfterMs);
            continue;
          }
          await deps.store.markRetry(ids(rest), new Date(until), message, true);
          queue();
          return;
        }
        if (permanent) {
          await giveUp(deps, subscription, rest, message, report);
          return;
        }
        transient += 1;
        const attempts = Math.max(...batch.rows.map((row) => row.attempts)) + 1;
        logProblem(run, "warn")(
          { subscription_id: subscription.id, attempt: attempts },
          `${where}: ${message}`,
        );
        const backoffMs = backoffDelay(
          attempts,
          { baseMs: 2_000, capMs: 30 * 60_000, jitter: 0.5 },
          deps.random ?? Math.random,
        );
        if (transient < IN_PROCESS_RETRIES && now().getTime() + backoffMs <= deadline) {
          await sleep(backoffMs);
          continue;
        }
        if (attempts >= MAX_ATTEMPTS) {
          await giveUp(deps, subscription, rest, `${message} (after ${attempts} attempts)`, report);
          return;
        }
        // A one-shot run leaves the rows due at once: the next run or the worker's next pass tries again.
        const retryAt = run.oneShot ? now() : new Date(now().getTime() + backoffMs);
        await deps.store.markRetry(ids(rest), retryAt, message, false);
        await deps.store.setSubscriptionState(subscription.id, "failing", message);
        queue();
        return;
      }
    }
  }
}

async function giveUp(
  deps: DeliverDeps,
  subscription: Subscription,
  rows: OutboxRow[],
  reason: string,
  report: DeliverReport,
): Promise<void> {
  await deps.store.markFailed(ids(rows), reason);
  await deps.store.setSubscriptionState(subscription.id, "failing", reason);
  deps.logger.error({ subscription_id: subscription.id }, `subscription ${subscription.id}: ${reason}`);
  report.failed += rows.length;
}

/**
 * Works out which outbox rows each digest message carries, by finding each story's link in the message.
 * A story the renderer left out (it should not) travels with the last message, so nothing stays pending.
 */
function assignRowsToMessages(
  messages: PlatformMessage[],
  rows: OutboxRow[],
  storyById: Map<string, Story>,
): Batch[] {
  const texts = messages.map((message) => JSON.stringify(message));
  const batches = messages.map((message) => ({ message, rows: [] as OutboxRow[] }));
  for (const row of rows) {
    const story = storyById.get(row.storyId)!;
    const needles = [story.lead.link, story.lead.url].flatMap((u) => [u, u.replace(/&/g, "&amp;")]);
    const index = texts.findIndex((text) =>
      needles.some((needle) => text.includes(JSON.stringify(needle).slice(1, -1))),
    );
    batches[index === -1 ? batches.length - 1 : index]?.rows.push(row);
  }
  return batches;
}

/** Puts rows this call already tried back to pending, unchanged (no attempt counted, same notBefore). */
async function handBack(deps: DeliverDeps, rows: OutboxRow[]): Promise<void> {
  for (const row of rows) {
    await deps.store.markRetry([row.id], new Date(row.notBefore), row.lastError ?? "", true);
  }
}

/** A failure in a few words for a one-line summary: the target is named beside it, so it is left out here. */
export function shortReason(error: unknown): string {
  if (error instanceof RateLimitedError) return `rate-limited for ${Math.ceil(error.retryAfterMs / 1000)} s`;
  const text = describeError(error);
  const code =
    /\b(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|UND_ERR_[A-Z_]+)\b/.exec(
      text,
    )?.[1];
  if (code) return NETWORK_REASONS[code] ?? code;
  if (/timed out/.test(text)) return "no answer (timed out)";
  const needs = /needs ([A-Z_]+)/.exec(text)?.[1];
  if (needs) return `needs ${needs}`;
  const failed = text.lastIndexOf("failed: ");
  return failed >= 0 ? text.slice(failed + "failed: ".length) : text;
}

const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection dropped",
  UND_ERR_SOCKET: "connection dropped",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host not found (DNS)",
  ETIMEDOUT: "no answer (timed out)",
  UND_ERR_CONNECT_TIMEOUT: "no answer (timed out)",
  UND_ERR_HEADERS_TIMEOUT: "no answer (timed out)",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
};

function ids(rows: OutboxRow[]): number[] {
  return rows.map((row) => row.id);
}

function groupBy<T>(values: T[], key: (value: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const value of values) {
    const k = key(value);
    const list = map.get(k);
    if (list) list.push(value);
    else map.set(k, [value]);
  }
  return map;
}
