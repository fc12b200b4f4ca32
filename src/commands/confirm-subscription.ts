/**
 * The reply to `subscribe` (CLI and bots): what will be sent, and when. "digest of matching stories <schedule>;
 * next digest <time>, 12 stories waiting" or "alerts as they come; quiet 22:00–07:00 (Asia/Phnom_Penh); 5
 * stories from the last 24 hours will arrive as one summary", and, for a bot-token target made without its
 * token, "waiting for SLACK_BOT_TOKEN: set it and restart the worker; stories wait meanwhile". Pure: the
 * schedule's and the next run's wording come in as strings (see confirmSubscriptionNow).
 */
import type { Subscription } from "../model/subscription.js";
import { describeNextRun, describeQuietHours, describeSchedule } from "../route/describe-schedule.js";

export interface ConfirmationFacts {
  subscription: Subscription;
  /** The digest schedule in words, e.g. "weekdays at 08:00 (Asia/Bangkok)". */
  scheduleText: string;
  /** The next digest in words, e.g. "next digest Mon 7 Dec 08:00 ICT"; ignored for alerts. */
  nextRunText: string;
  /** The quiet hours in words, e.g. "quiet hours 22:00-07:00 (Asia/Phnom_Penh)"; ignored without quiet hours. */
  quietText: string;
  /** Stories queued from the backfill window. */
  queued: number;
}

/** The confirmation's lines: what and when, then (when waiting) what the operator must do. */
export function confirmSubscription(facts: ConfirmationFacts): string[] {
  const s = facts.subscription;
  const stories = `${facts.queued} ${facts.queued === 1 ? "story" : "stories"}`;
  const hours = `${s.backfillHours} ${s.backfillHours === 1 ? "hour" : "hours"}`;
  const lines: string[] = [];
  if (s.mode === "briefing") {
    lines.push(
      `weekly briefing ${facts.scheduleText}: stories this week against last, a chart, watched names and ` +
        `feed health; ${facts.nextRunText}`,
    );
  } else if (s.mode === "digest") {
    lines.push(`digest of matching stories ${facts.scheduleText}; ${facts.nextRunText}, ${stories} waiting`);
  } else {
    const quiet = s.quiet ? `; ${facts.quietText}` : "";
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
 * confirmSubscription with the schedule, next run and quiet hours in words, in the subscription's zone or,
 * without one, `processZone` (the zone the worker runs its schedules in: processTimeZone(TZ)).
 */
export function confirmSubscriptionNow(
  subscription: Subscription,
  queued: number,
  now: Date,
  processZone: string,
): string[] {
  const { schedule, tz } = subscription;
  return confirmSubscription({
    subscription,
    scheduleText: describeSchedule(schedule, tz, processZone),
    nextRunText: subscription.mode !== "alert" ? describeNextRun(schedule, tz, now, processZone) : "",
    quietText: describeQuietHours(subscription.quiet, tz, processZone),
    queued,
  });
}
