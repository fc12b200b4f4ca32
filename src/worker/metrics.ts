/**
 * Prometheus metrics for `GET /metrics`: Node's default metrics plus `tracewire_` counters and histograms.
 * Each process (and each test) gets its own Registry, so nothing is global. The port it records through,
 * `Metrics`, lives in src/metrics.ts, so the pipeline and deliver/ never import the worker.
 */
import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";
import type { Metrics } from "../metrics.js";
import { FEEDBACK_KINDS } from "../model/feedback.js";

export interface MetricsRegistry {
  registry: Registry;
  metrics: Metrics;
  /** Counts one feedback click kept (added true) or taken back, by kind (`tracewire_feedback_total`). */
  feedbackClicked(kind: string, added: boolean): void;
  /** The Prometheus text exposition of every metric. */
  render(): Promise<string>;
  contentType: string;
}

/** A fresh Registry with Node's default metrics and the tracewire_ metrics, and a Metrics recording into it. */
export function createMetrics(): MetricsRegistry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const polls = new Counter({
    name: "tracewire_polls_total",
    help: "Feed polls by result (new, unchanged, failed, skipped).",
    labelNames: ["result"] as const,
    registers,
  });
  const items = new Counter({
    name: "tracewire_items_new_total",
    help: "Items stored for the first time.",
    registers,
  });
  const classifications = new Counter({
    name: "tracewire_classifications_total",
    help: "Items classified, by verdict.",
    labelNames: ["relevant"] as const,
    registers,
  });
  const deliveries = new Counter({
    name: "tracewire_deliveries_total",
    help: "Messages sent to platforms, by platform and result.",
    labelNames: ["platform", "result"] as const,
    registers,
  });
  const failures = new Counter({
    name: "tracewire_failures_total",
    help: "Failures by stage (poll, route, deliver, digest, store, bot).",
    labelNames: ["stage"] as const,
    registers,
  });
  const pollDuration = new Histogram({
    name: "tracewire_poll_duration_seconds",
    help: "Time to poll one feed, fetch to store.",
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
    registers,
  });
  const deliveryDuration = new Histogram({
    name: "tracewire_delivery_duration_seconds",
    help: "Time to send one message to a platform.",
    labelNames: ["platform"] as const,
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers,
  });
  const feedback = new Counter({
    name: "tracewire_feedback_total",
    help: "Feedback button clicks by kind (not_relevant, wrong_country, useful) and action (added, taken_back).",
    labelNames: ["kind", "action"] as const,
    registers,
  });
  for (const kind of FEEDBACK_KINDS) feedback.labels(kind, "added").inc(0);
  // Label sets with zero counts are exported from the start, so dashboards see the series before any event.
  for (const result of ["new", "unchanged", "failed", "skipped"]) polls.labels(result).inc(0);
  for (const relevant of ["true", "false"]) classifications.labels(relevant).inc(0);
  items.inc(0);
  const metrics: Metrics = {
    pollFinished(result, durationSeconds) {
      polls.labels(result).inc();
      pollDuration.observe(durationSeconds);
    },
    itemsStored(count) {
      if (count > 0) items.inc(count);
    },
    itemClassified(relevant) {
      classifications.labels(String(relevant)).inc();
    },
    deliveryFinished(platform, result, durationSeconds) {
      deliveries.labels(platform, result).inc();
      deliveryDuration.labels(platform).observe(durationSeconds);
    },
    failed(stage) {
      failures.labels(stage).inc();
    },
  };
  return {
    registry,
    metrics,
    feedbackClicked: (kind, added) => feedback.labels(kind, added ? "added" : "taken_back").inc(),
    render: () => registry.metrics(),
    contentType: registry.contentType,
  };
}
