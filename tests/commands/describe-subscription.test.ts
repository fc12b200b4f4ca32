import { describe, expect, it } from "vitest";
import { describeSubscription, describeSubscriptionParts } from "../../src/commands/describe-subscription.js";
import { defaultFilter } from "../../src/model/subscription.js";
import { buildSubscription } from "../support/build-item.js";

const NOW = new Date("2026-11-25T06:00:00Z");
const WEBHOOK_TOKEN = "e".repeat(68);

describe("describeSubscription", () => {
  it("names the schedule, the filter beyond defaults and the delivery state", () => {
    const subscription = buildSubscription({
      id: "sub_1a2b3c4d",
      filter: { ...defaultFilter(), countries: ["KH", "MM"], minUrgency: "breaking", keywords: ["KK Park"] },
      lastDeliveryAt: "2026-11-25T05:55:00.000Z",
    });
    expect(describeSubscription(subscription, NOW)).toBe(
      'sub_1a2b3c4d: digest at "0 8 * * *" Asia/Bangkok, scope sea, countries KH,MM, min urgency breaking, ' +
        "keywords KK Park — state ok; last delivery 5 min ago (2026-11-25 05:55 UTC)",
    );
  });

  it("shows an alert's quiet hours and a schedule in the server's time zone", () => {
    const alert = buildSubscription({ mode: "alert", quiet: "22:00-07:00" });
    expect(describeSubscriptionParts(alert, NOW).when).toBe("alert, quiet 22:00-07:00");
    const digest = buildSubscription({ tz: null });
    expect(describeSubscriptionParts(digest, NOW).when).toBe('digest at "0 8 * * *" (server time zone)');
  });

  it("says why a target fails, with the webhook secret redacted", () => {
    const failing = buildSubscription({
      state: "failing",
      lastError: `Discord answered 404 (10015: Unknown Webhook) for https://discord.com/api/webhooks/123/${WEBHOOK_TOKEN}`,
    });
    const { state } = describeSubscriptionParts(failing, NOW);
    expect(state).toMatch(/^state failing \(Discord answered 404 \(10015: Unknown Webhook\)/);
    expect(state).toContain("nothing delivered yet");
    expect(state).not.toContain(WEBHOOK_TOKEN);
    expect(describeSubscription(failing, NOW)).not.toContain(WEBHOOK_TOKEN);
  });
});
