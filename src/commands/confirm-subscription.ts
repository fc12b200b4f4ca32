/**
 * The reply to `subscribe` (CLI and bots): what will be sent, and when. "digest of matching stories <schedule>;
 * next digest <time>, 12 stories waiting" or "alerts as they come; quiet 22:00–07:00 (Asia/Phnom_Penh); 5
 * stories from the last 24 hours will arrive as one summary", and, for a bot-token target made without its
 * token, "waiting for SLACK_BOT_TOKEN: set it and restart the worker; stories wait meanwhile". Pure: the
 * schedule's and the next run's wording come in as strings (see confirmSubscriptionNow).
 */
import type { Subscription } from "../model/subscription.js";
import { nextDigestTime, processZone } from "../route/schedule.js";

export interface ConfirmationFacts {
  subscription: Subscription;
  /** The digest schedule in words, e.g. "weekdays at 08:00 (Asia/Bangkok)". */
  scheduleText: string;
  /** The next digest in words, e.g. "Mon 7 Dec 08:00 ICT"; ignored for alerts. */
  nextRunText: string;
  /** Stories queued from the backfill window. */
  queued: number;
}

/** The confirmation's lines: what and when, then (when waiting) what the operator must do. */
export function confirmSubscription(facts: ConfirmationFacts): string[] {
  const s = facts.subscription;
  const stories = `${facts.queued} ${facts.queued === 1 ? "story" : "stories"}`;
  const hours = `${s.backfillHours} ${s.backfillHours === 1 ? "hour" : "hours"}`;
  const lines: string[] = [];
  if (s.mode === "digest") {
    lines.push(
      `digest of matching stories ${facts.scheduleText}; next digest ${facts.nextRunText}, ${stories} waiting`,
    );
  } else {
    const quiet = s.quiet ? `; quiet ${s.quiet.replace("-", "–")} (${s.tz ?? "server time zone"})` : "";
    const backfill =
      s.backfillHours === 0
        ? "no earlier stories (backfill 0 hours)"
        : facts.queued === 0
          ? `no matching stories from the last ${hours}`
          : `${stories} from the last ${hours} will arrive as one summary`;
    lines.push(`alerts as they come${quiet}; ${backfill}`);
  }
  if (s.state === "waiting" && s.lastError) {
    lines.push(`${s.lastError}: set it and restart the worker; stories wait meanwhile`);
  }
  return lines;
}

/**
 * confirmSubscription with today's wording of the schedule and next run. When route/describe-schedule.ts
 * lands, `scheduleText` becomes describeSchedule(s.schedule, s.tz) and `nextRunText`
 * describeNextRun(s.schedule, s.tz, now): these two lines are the only place to change.
 */
export function confirmSubscriptionNow(subscription: Subscription, queued: number, now: Date): string[] {
  const zone = subscription.tz ?? `${processZone()}, the server time zone`;
  return confirmSubscription({
    subscription,
    scheduleText: `on schedule "${subscription.schedule}" (${zone})`,
    nextRunText: subscription.mode === "digest" ? nextRun(subscription.schedule, subscription.tz, now) : "",
    queued,
  });
}

/** "Mon 7 Dec 08:00 GMT+7": the next tick in the subscription's zone. */
function nextRun(cron: string, tz: string | null, now: Date): string {
  const at = nextDigestTime(cron, tz, now);
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: tz ?? processZone(),
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("weekday")} ${part("day")} ${part("month")} ${part("hour")}:${part("minute")} ${part("timeZoneName")}`;
}
