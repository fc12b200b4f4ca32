import { describe, expect, it } from "vitest";
import { confirmSubscriptionNow } from "../../src/commands/confirm-subscription.js";
import { buildSubscription } from "../support/build-item.js";

// Wednesday 25 Nov 2026, 13:00 in Bangkok.
const NOW = new Date("2026-11-25T06:00:00Z");

describe("confirmSubscriptionNow", () => {
  it("says a digest's schedule and next run in words, in the subscription's zone", () => {
    const digest = buildSubscription({ schedule: "0 8 * * 1-5", tz: "Asia/Bangkok" });
    expect(confirmSubscriptionNow(digest, 12, NOW, "UTC")).toEqual([
      "digest of matching stories weekdays at 08:00 (Asia/Bangkok); next digest Thu 26 Nov 08:00 ICT, 12 stories waiting",
    ]);
  });

  it("names the process's zone for a digest without one, never cron or 'server time zone'", () => {
    const digest = buildSubscription({ schedule: "30 9 * * 1", tz: null });
    const [line] = confirmSubscriptionNow(digest, 1, NOW, "Asia/Bangkok");
    expect(line).toBe(
      "digest of matching stories Mondays at 09:30 (Asia/Bangkok); next digest Mon 30 Nov 09:30 ICT, 1 story waiting",
    );
  });

  it("says an alert's quiet hours in its zone, or the process's by name", () => {
    const alert = buildSubscription({ mode: "alert", quiet: "22:00-07:00", tz: null });
    expect(confirmSubscriptionNow(alert, 5, NOW, "Asia/Phnom_Penh")).toEqual([
      "alerts as they come; quiet hours 22:00-07:00 (Asia/Phnom_Penh); 5 stories from the last 24 hours will arrive as one summary",
    ]);
    const zoned = { ...alert, tz: "Asia/Bangkok" };
    expect(confirmSubscriptionNow(zoned, 0, NOW, "UTC")[0]).toBe(
      "alerts as they come; quiet hours 22:00-07:00 (Asia/Bangkok); no matching stories from the last 24 hours",
    );
  });
});
