import { describe, expect, it } from "vitest";
import { describeSubscription, describeSubscriptionParts } from "../../src/commands/describe-subscription.js";
import { defaultFilter } from "../../src/model/subscription.js";
import { buildSubscription } from "../support/build-item.js";

const NOW = new Date("2026-11-25T06:00:00Z");
const WEBHOOK_TOKEN = "e".repeat(68);
/** The zone the process runs in (TZ), named for subscriptions without their own. */
const ZONE = "Europe/Lisbon";

describe("describeSubscription", () => {
  it("names the schedule, the filter beyond defaults and the delivery state", () => {
    const subscription = buildSubscription({
      id: "sub_1a2b3c4d",
      filter: { ...defaultFilter(), countries: ["KH", "MM"], minUrgency: "breaking", keywords: ["KK Park"] },
      lastDeliveryAt: "2026-11-25T05:55:00.000Z",
    });
    expect(describeSubscription(subscription, NOW, ZONE)).toBe(
      "sub_1a2b3c4d: digest every day at 08:00 (Asia/Bangkok), scope sea, countries KH,MM, min urgency breaking, " +
        "keywords KK Park — state ok; last delivery 5 min ago (2026-11-25 05:55 UTC)",
    );
  });

  it("shows an alert's quiet hours and a schedule in words, in the process's zone by name when it has none", () => {
    const alert = buildSubscription({ mode: "alert", quiet: "22:00-07:00" });
    expect(describeSubscriptionParts(alert, NOW, ZONE).when).toBe(
      "alert, quiet hours 22:00-07:00 (Asia/Bangkok)",
    );
    const digest = buildSubscription({ tz: null, schedule: "0 8 * * 1-5" });
    expect(describeSubscriptionParts(digest, NOW, ZONE).when).toBe(
      "digest weekdays at 08:00 (Europe/Lisbon)",
    );
    const quietNoZone = buildSubscription({ mode: "alert", tz: null, quiet: "22:00-07:00" });
    expect(describeSubscription(quietNoZone, NOW, ZONE)).toContain("quiet hours 22:00-07:00 (Europe/Lisbon)");
    expect(describeSubscription(quietNoZone, NOW, ZONE)).not.toContain("server time zone");
  });

  it("says why a target fails, with the webhook secret redacted", () => {
    const failing = buildSubscription({
      state: "failing",
      lastError: `Discord answered 404 (10015: Unknown Webhook) for https://discord.com/api/webhooks/123/${WEBHOOK_TOKEN}`,
    });
    const { state } = describeSubscriptionParts(failing, NOW, ZONE);
    expect(state).toMatch(/^state failing \(Discord answered 404 \(10015: Unknown Webhook\)/);
    expect(state).toContain("nothing delivered yet");
    expect(state).not.toContain(WEBHOOK_TOKEN);
    expect(describeSubscription(failing, NOW, ZONE)).not.toContain(WEBHOOK_TOKEN);
  });
});
