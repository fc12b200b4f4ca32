/**
 * The metrics port: what the pipeline, deliver/ and the worker report, as a small interface. The worker
 * implements it with prom-client (worker/metrics.ts, `GET /metrics`); `noopMetrics` is the default where no
 * worker runs (CLI one-shots, tests).
 *
 * Who records what: the worker records polls, new items and failures of its own jobs; the pipeline records
 * classifications and deliver/ records deliveries (one call per message the platform accepted or refused).
 */

export type PollResult = "new" | "unchanged" | "failed" | "skipped";
export type DeliveryResult = "sent" | "failed" | "retrying";
export type FailureStage = "poll" | "route" | "deliver" | "digest" | "store" | "bot";

/** What the pipeline, deliver/ and the worker report. Every method is cheap and never throws. */
export interface Metrics {
  pollFinished(result: PollResult, durationSeconds: number): void;
  itemsStored(count: number): void;
  itemClassified(relevant: boolean): void;
  deliveryFinished(platform: string, result: DeliveryResult, durationSeconds: number): void;
  failed(stage: FailureStage): void;
}

/** A Metrics that records nothing. */
export const noopMetrics: Metrics = {
  pollFinished() {},
  itemsStored() {},
  itemClassified() {},
  deliveryFinished() {},
  failed() {},
};
