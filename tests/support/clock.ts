/**
 * A clock tests move by hand: pass `clock.now` wherever code takes `now: () => Date`, then `set` or
 * `advance` it. Nothing here touches timers, so code that sleeps still sleeps in real time.
 */

export interface TestClock {
  /** The current test time (a fresh Date each call). */
  now(): Date;
  /** Jumps to an absolute time (ISO 8601 string or Date). */
  set(time: string | Date): void;
  /** Moves forward by ms (negative moves back). */
  advance(ms: number): void;
}

/** A clock that starts at `start` and moves only when told to. */
export function createClock(start: string | Date): TestClock {
  let current = toMs(start);
  return {
    now: () => new Date(current),
    set(time) {
      current = toMs(time);
    },
    advance(ms) {
      current += ms;
    },
  };
}

function toMs(time: string | Date): number {
  const ms = typeof time === "string" ? Date.parse(time) : time.getTime();
  if (Number.isNaN(ms)) throw new Error(`createClock: ${String(time)} is not a date`);
  return ms;
}
