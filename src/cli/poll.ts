/**
 * `tracewire poll`: one cycle over every enabled feed now, then the alerts it found. A one-shot: each target
 * is tried once and nothing is waited for; what a target did not take stays in the outbox for the worker or
 * the next run, and one line per target says so.
 */
import { createSpineDeps } from "../app/spine-deps.js";
import { deliverDue, type QueuedForTarget } from "../deliver/drain-outbox.js";
import type { PollFeedResult } from "../pipeline/poll-feed.js";
import { pollFeeds } from "../pipeline/poll-feeds.js";
import { startProgressLine } from "./progress-line.js";
import { queuedLines } from "./queued-lines.js";
import { say, withContext } from "./with-context.js";

/** Polls, prints one line per feed and exits 0 even when some feeds failed. */
export async function pollVerb(options: { json?: boolean }): Promise<void> {
  await withContext(
    async (ctx) => {
      const progress = startProgressLine();
      const spine = createSpineDeps(ctx);
      // The cycle began when this process was started, not once it had loaded: replicas started together share
      // it, so a feed one of them polled while another was still starting up is not polled again.
      const cycleStartedAt = new Date(spine.now().getTime() - Math.round(process.uptime() * 1000));
      const deps = { ...spine, reportsFailures: true, cycleStartedAt };
      const left: QueuedForTarget[] = [];
      let cycle: Awaited<ReturnType<typeof pollFeeds>>;
      // Statements sent to Postgres by the polls (routing included) and by delivery: --json reports them.
      const statements = () => ctx.store.statementCount?.() ?? null;
      const atStart = statements();
      let atDeliver: number | null = null;
      try {
        // The summary below prints each failure once: the log keeps them at debug (reportsFailures).
        cycle = await pollFeeds(ctx.feeds, deps, {
          concurrency: ctx.env.TRACEWIRE_FETCH_CONCURRENCY,
          oneCycle: true,
          onFeedDone: (done, total) =>
            progress.update(done < total ? `polling feeds: ${done}/${total}` : "sending alerts…"),
          // Always runs: alerts held by quiet hours or left by an earlier run go out too.
          deliver: () => {
            atDeliver = statements();
            return deliverDue(deps, {
              mode: "alert",
              now: deps.now,
              oneShot: true,
              onQueued: (q) => left.push(q),
            });
          },
        });
      } finally {
        progress.done();
      }
      const delivery = cycle.delivery ?? {
        sent: 0,
        messages: 0,
        failed: 0,
        retrying: 0,
        posts: [],
        queued: [],
      };
      if (options.json) {
        say(
          JSON.stringify(
            {
              feeds: cycle.results.map(summariseJson),
              queued: cycle.queued,
              delivery,
              left_queued: left,
              ...(atStart !== null && atDeliver !== null
                ? {
                    store_statements: { poll: atDeliver - atStart, deliver: (statements() ?? 0) - atDeliver },
                  }
                : {}),
            },
            null,
            2,
          ),
        );
        return;
      }
      for (const result of cycle.results) say(summariseLine(result));
      const failed = cycle.results.filter((r) => r.kind === "failed").length;
      say(
        `${cycle.results.length} feeds: ${cycle.itemsStored} new items, ${cycle.relevant} relevant ` +
          `(${cycle.southeastAsia} Southeast Asia), ${failed} failed; ` +
          `${delivery.messages} alert messages sent` +
          (delivery.retrying > 0 ? `, ${delivery.retrying} waiting to retry` : "") +
          (delivery.failed > 0 ? `, ${delivery.failed} undeliverable` : ""),
      );
      for (const line of queuedLines(left)) say(line);
      if (cycle.relevant > 0 && cycle.queued === 0) {
        const subscriptions = await ctx.store.listSubscriptions();
        say(
          (subscriptions.length === 0 ? "no subscriptions" : "no subscription matches") +
            ": nothing will be sent — tracewire subscribe TARGET --mode alert (see tracewire subscribe --help)",
        );
      }
    },
    { oneShot: true },
  );
}

function summariseLine(result: PollFeedResult): string {
  const head = `${result.feed.id} (${result.feed.outlet})`;
  switch (result.kind) {
    case "new":
      return `  new        ${head}: ${result.newItems.length} new of ${result.seen} items`;
    case "unchanged":
      return `  unchanged  ${head}${result.seen === 0 ? ": not modified (304)" : `: ${result.seen} items, none new`}`;
    case "failed":
      return `  failed     ${head}: ${result.error.message}`;
    case "skipped":
      return `  skipped    ${head}: ${result.reason}`;
  }
}

function summariseJson(result: PollFeedResult): Record<string, unknown> {
  const base = { id: result.feed.id, outlet: result.feed.outlet, result: result.kind };
  switch (result.kind) {
    case "new":
      return { ...base, new: result.newItems.length, seen: result.seen };
    case "unchanged":
      return { ...base, new: 0, seen: result.seen };
    case "failed":
      return {
        ...base,
        code: result.error.code,
        error: result.error.message,
        next_attempt: result.nextAttemptAt,
      };
    case "skipped":
      return { ...base, reason: result.reason };
  }
}
