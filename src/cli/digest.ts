/** `tracewire digest --now`: send every digest subscription's pending stories now. */
import { createSpineDeps } from "../app/spine-deps.js";
import { deliverDue } from "../deliver/drain-outbox.js";
import { say, withContext } from "./with-context.js";

/** Sends digests; running it again with nothing new sends nothing. */
export async function digestVerb(options: { subscription?: string }): Promise<void> {
  await withContext(
    async (ctx) => {
      const report = await deliverDue(createSpineDeps(ctx), {
        mode: "digest",
        maxWaitMs: 120_000,
        ...(options.subscription ? { subscriptionId: options.subscription } : {}),
      });
      say(
        `digest: ${report.sent} stories in ${report.messages} messages` +
          (report.retrying ? `, ${report.retrying} waiting to retry` : "") +
          (report.failed ? `, ${report.failed} undeliverable` : ""),
      );
    },
    { loadFeeds: false },
  );
}
