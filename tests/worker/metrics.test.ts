import { describe, expect, it } from "vitest";
import { createMetrics } from "../../src/worker/metrics.js";

describe("createMetrics", () => {
  it("exposes tracewire_ counters and histograms beside Node's default metrics", async () => {
    const { metrics, render } = createMetrics();
    metrics.pollFinished("new", 0.2);
    metrics.pollFinished("failed", 1.5);
    metrics.itemsStored(7);
    metrics.itemClassified(true);
    metrics.deliveryFinished("slack", "sent", 0.05);
    metrics.failed("deliver");
    const text = await render();
    expect(text).toContain('tracewire_polls_total{result="new"} 1');
    expect(text).toContain('tracewire_polls_total{result="failed"} 1');
    expect(text).toContain('tracewire_polls_total{result="skipped"} 0');
    expect(text).toContain("tracewire_items_new_total 7");
    expect(text).toContain('tracewire_classifications_total{relevant="true"} 1');
    expect(text).toContain('tracewire_deliveries_total{platform="slack",result="sent"} 1');
    expect(text).toContain('tracewire_failures_total{stage="deliver"} 1');
    expect(text).toContain("tracewire_poll_duration_seconds_count 2");
    expect(text).toContain('tracewire_delivery_duration_seconds_count{platform="slack"} 1');
    expect(text).toContain("process_cpu_user_seconds_total");
  });

  it("keeps each registry separate, so two workers in one process do not collide", async () => {
    const a = createMetrics();
    const b = createMetrics();
    a.metrics.itemsStored(3);
    expect(await b.render()).toContain("tracewire_items_new_total 0");
  });
});
