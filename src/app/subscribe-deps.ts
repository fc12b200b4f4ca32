/** What creating a subscription needs, taken from the shared context: the store and two settings. */
import type { SubscribeDeps } from "../commands/subscribe.js";
import type { AppContext } from "./app-context.js";

/** The store, TRACEWIRE_ALLOW_PRIVATE_HOSTS and TRACEWIRE_BACKFILL_HOURS, for createSubscription. */
export function subscribeDeps(ctx: Pick<AppContext, "store" | "env">): SubscribeDeps {
  return {
    store: ctx.store,
    allowPrivateHosts: ctx.env.TRACEWIRE_ALLOW_PRIVATE_HOSTS,
    backfillHours: ctx.env.TRACEWIRE_BACKFILL_HOURS,
  };
}
