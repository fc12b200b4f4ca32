/**
 * V8 settings for `tracewire run`. The worker's live heap is small (some 40 MB with a 100,000-item archive), but
 * each poll and each routing makes short-lived garbage in bursts. With V8's defaults the young generation grows
 * to 2 × 16 MB and the old generation is allowed to double before it is collected, so a burst of polls left the
 * process at some 250 MB resident for a 40 MB working set. A young generation that stays at its initial size and
 * the memory-saving heap growth keep the worker near its working set, for a few percent more GC time. And the
 * HTTP parser undici runs (llhttp, WebAssembly) stays on V8's baseline compiler: optimising its one large
 * function took some 35 MB of compiler memory for a moment at the first polls, more than parsing ever saves.
 * They are set in the process itself, so they hold however the worker is started (npm start, the bin, Docker, a
 * plain `node dist/src/main.js run`); flags given on the command line or in NODE_OPTIONS still apply on top.
 */
import v8 from "node:v8";

/** The V8 flags the worker sets for itself. */
export const WORKER_HEAP_FLAGS = [
  "--semi-space-growth-factor=1",
  "--optimize-for-size",
  "--liftoff-only",
] as const;

/** Applies WORKER_HEAP_FLAGS to this process's V8 (before the worker allocates much or compiles WebAssembly). */
export function tuneWorkerHeap(): void {
  for (const flag of WORKER_HEAP_FLAGS) v8.setFlagsFromString(flag);
}
