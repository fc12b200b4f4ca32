/** `tracewire subscription set ID …` and `tracewire subscription resume ID`. */
import { describeSubscription } from "../commands/describe-subscription.js";
import { editSubscription } from "../commands/edit-subscription.js";
import { resumeSubscription } from "../commands/resume-subscription.js";
import type { SubscribeOptions } from "../commands/subscribe.js";
import { processTimeZone } from "../render/format-time.js";
import { say, withContext } from "./with-context.js";

/** Changes the given options of a subscription in place and prints it as it is now. */
export async function subscriptionSetVerb(id: string, options: SubscribeOptions): Promise<void> {
  await withContext(
    async (ctx) => {
      const edited = await editSubscription(ctx.store, id, options);
      say(`updated ${describeSubscription(edited, new Date(), processTimeZone(ctx.env.TZ))}`);
    },
    { loadFeeds: false },
  );
}

/** Clears a failing state and makes the subscription's unsent stories due now. */
export async function subscriptionResumeVerb(id: string): Promise<void> {
  await withContext(
    async (ctx) => {
      const result = await resumeSubscription(ctx.store, id, new Date());
      const stories = `${result.due} ${result.due === 1 ? "story" : "stories"}`;
      const requeued = result.requeued > 0 ? ` (${result.requeued} of them had been given up on)` : "";
      say(`resumed ${result.subscription.id}: state ok; ${stories} due now${requeued}`);
      say(
        "the worker sends them at its next delivery; `tracewire poll` sends alerts, `digest --now` digests",
      );
    },
    { loadFeeds: false },
  );
}
