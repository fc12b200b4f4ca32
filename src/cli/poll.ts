/** `tracewire poll`: one cycle over every enabled feed now, then the alerts it found. */
import { createSpineDeps } from "../app/spine-deps.js";
import type { PollFeedResult } from "../pipeline/poll-feed.js";
import { pollFeeds } from "../pipeline/poll-feeds.js";
import { say, withContext } from "./with-context.js";

/** Polls, prints one line per feed and exits 0 even when some feeds failed. */
export async function pollVerb(options: { json?: boolean }): Promise<void> {
  await withContext(async (ctx) => {
    const cycle = await pollFeeds(ctx.feeds, createSpineDeps(ctx), {
      concurrency: ctx.env.TRACEWIRE_FETCH_CONCURRENCY,
      oneCycle: true,
      maxWaitMs: 120_000,
    });
    // The default deliver step always runs: alerts held by quiet hours or retries go out too.
    const delivery = cycle.delivery ?? { sent: 0, messages: 0, failed: 0, retrying: 0 };
    if (options.json) {
      say(
        JSON.stringify({ feeds: cycle.results.map(summariseJson), queued: cycle.queued, delivery }, null, 2),
      );
      return;
    }
    for (const result of cycle.results) say(summariseLine(result));
    const failed = cycle.results.filter((r) => r.kind === "failed").length;
    say(
      `${cycle.results.length} feeds: ${cycle.itemsStored} new items, ${failed} failed; ` +
        `${delivery.messages} alert messages sent` +
        (delivery.retrying > 0 ? `, ${delivery.retrying} waiting to retry` : "") +
        (delivery.failed > 0 ? `, ${delivery.failed} undeliverable` : ""),
    );
  });
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
