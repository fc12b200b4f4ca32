/**
 * `tracewire digest --now`: send every digest subscription's pending stories now. A one-shot: each target is
 * tried once and nothing is waited for; what did not go stays queued for the worker or the next run.
 */
import { createSpineDeps } from "../app/spine-deps.js";
import { deliverDue, type QueuedForTarget } from "../deliver/drain-outbox.js";
import { startProgressLine } from "./progress-line.js";
import { queuedLines } from "./queued-lines.js";
import { say, withContext } from "./with-context.js";

/** Sends digests; running it again with nothing new sends nothing. */
export async function digestVerb(options: { subscription?: string }): Promise<void> {
  await withContext(
    async (ctx) => {
      const progress = startProgressLine();
      progress.update("sending digests…");
      const left: QueuedForTarget[] = [];
      const report = await deliverDue(createSpineDeps(ctx), {
        mode: "digest",
        oneShot: true,
        onQueued: (queued) => left.push(queued),
        ...(options.subscription ? { subscriptionId: options.subscription } : {}),
      }).finally(() => progress.done());
      say(
        `digest: ${report.sent} stories in ${report.messages} messages` +
          (report.retrying ? `, ${report.retrying} waiting to retry` : "") +
          (report.failed ? `, ${report.failed} undeliverable` : ""),
      );
      for (const line of queuedLines(left)) say(line);
    },
    { loadFeeds: false, oneShot: true },
  );
}
