/**
 * How a subscription is described to people: `tracewire subscriptions`, `/tracewire status` and the reply to
 * `/tracewire subscribe` all read it from here. Pure; the last error is shown with tokens and webhook secrets
 * redacted, since it may quote a platform's answer or a URL.
 */
import { redactSecrets } from "../log.js";
import type { Subscription } from "../model/subscription.js";
import { describeQuietHours, describeSchedule } from "../route/describe-schedule.js";
import { describeAge } from "./describe-age.js";

/** The parts of a subscription's description, for layouts that place them apart (the CLI's two lines). */
export interface SubscriptionParts {
  /**
   * `digest weekdays at 08:00 (Asia/Bangkok)` or `alert`, then `quiet hours 22:00-07:00 (Asia/Bangkok)` when
   * set; a subscription without a zone names the process's.
   */
  when: string;
  /** `scope sea, countries KH,MM, min urgency breaking, …`: the filter, defaults left out except the scope. */
  filter: string;
  /** `state ok; last delivery 5 min ago (2026-11-25 06:00 UTC)` or `state failing (why); …`. */
  state: string;
}

/**
 * The when, filter and state of a subscription, each as one phrase. `processZone` is the zone a subscription
 * without one runs in (processTimeZone(TZ)), named in the description.
 */
export function describeSubscriptionParts(
  subscription: Subscription,
  now: Date,
  processZone: string,
): SubscriptionParts {
  const f = subscription.filter;
  const { schedule, tz, quiet } = subscription;
  const when = [
    subscription.mode === "alert"
      ? subscription.mode
      : `${subscription.mode} ${describeSchedule(schedule, tz, processZone)}`,
    quiet ? describeQuietHours(quiet, tz, processZone) : "",
  ];
  const filter = [
    `scope ${f.scope}`,
    f.countries.length > 0 ? `countries ${f.countries.join(",")}` : "",
    f.topics.length > 0 ? `topics ${f.topics.join(",")}` : "",
    f.outlets.length > 0 ? `outlets ${f.outlets.join(",")}` : "",
    (f.languages ?? []).length > 0 ? `languages ${f.languages.join(",")}` : "",
    f.minUrgency !== "background" ? `min urgency ${f.minUrgency}` : "",
    f.keywords.length > 0 ? `keywords ${f.keywords.join(",")}` : "",
    (f.entities ?? []).length > 0
      ? `entities ${f.entities.join(",")}${subscription.mode === "alert" ? " (every mention)" : ""}`
      : "",
  ];
  const why = subscription.lastError ? ` (${safeLastError(subscription.lastError)})` : "";
  const delivered = subscription.lastDeliveryAt
    ? `last delivery ${describeAge(subscription.lastDeliveryAt, now)} (${utc(subscription.lastDeliveryAt)})`
    : "nothing delivered yet";
  return {
    when: when.filter(Boolean).join(", "),
    filter: filter.filter(Boolean).join(", "),
    state: `state ${subscription.state}${why}; ${delivered}`,
  };
}

/**
 * One line: `sub_1a2b3c4d: alert, quiet hours 22:00-07:00 (Asia/Bangkok), scope sea, countries KH — state ok;
 * nothing delivered yet`.
 */
export function describeSubscription(subscription: Subscription, now: Date, processZone: string): string {
  const parts = describeSubscriptionParts(subscription, now, processZone);
  return `${subscription.id}: ${parts.when}, ${parts.filter} — ${parts.state}`;
}

/** A subscription's last error as it may be shown: tokens and webhook secrets redacted. */
export function safeLastError(lastError: string): string {
  return redactSecrets(lastError);
}

function utc(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : `${new Date(time).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
