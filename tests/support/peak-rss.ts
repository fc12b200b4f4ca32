/** Follows a child process's peak resident memory (VmHWM in /proc) while it runs. Linux only. */
import { readFileSync } from "node:fs";

/** Starts sampling `pid`; `stop()` returns the highest VmHWM seen, in MB (0 when /proc has none). */
export function watchPeakRss(pid: number, everyMs = 50): { stop(): number } {
  let peakKb = 0;
  const sample = () => {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (match) peakKb = Math.max(peakKb, Number(match[1]));
    } catch {
      // the process has ended
    }
  };
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      sample();
      clearInterval(timer);
      return peakKb / 1024;
    },
  };
}
