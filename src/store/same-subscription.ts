import type { Subscription } from "../model/subscription.js";

/** The fields that make two subscriptions the same one (issue 15.4): target, mode, filter, schedule and zone. */
export type SubscriptionIdentity = Pick<Subscription, "target" | "mode" | "filter" | "schedule" | "tz">;

/**
 * True when two subscriptions would deliver the same stories to the same place at the same times: equal target,
 * mode, schedule and zone, and filters equal up to key order and the order of their lists.
 */
export function sameSubscription(a: SubscriptionIdentity, b: SubscriptionIdentity): boolean {
  return (
    a.target === b.target &&
    a.mode === b.mode &&
    a.schedule === b.schedule &&
    (a.tz ?? null) === (b.tz ?? null) &&
    canonical(a.filter) === canonical(b.filter)
  );
}

/** JSON with keys sorted and lists sorted, so equal filters give equal text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (Array.isArray(v)) return [...v].sort((x, y) => String(x).localeCompare(String(y)));
    if (v !== null && typeof v === "object") {
      return Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y)));
    }
    return v;
  });
}
