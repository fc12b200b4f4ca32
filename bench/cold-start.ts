/** cold_start_ms: `tracewire run` (compiled) from spawn to the first 200 from /healthz, next to `node -e ''`. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Figures, median, ratioFigure, wallMs } from "./measure.js";
import { freePort, spawnTracewire, waitForOk } from "./spawn-tracewire.js";

/** Median of `runs` cold starts, each on a fresh SQLite file, against the median bare `node -e ''`. */
export async function benchColdStart(options: { runs: number }): Promise<Figures> {
  const starts: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const t0 = wallMs();
    spawnSync(process.execPath, ["-e", ""]);
    bare.push(wallMs() - t0);
    const dir = mkdtempSync(join(tmpdir(), "tracewire-bench-cold-"));
    try {
      writeFileSync(join(dir, "feeds.json"), JSON.stringify({ feeds: [] }));
      const port = await freePort();
      const spawnedAt = Date.now();
      const cli = spawnTracewire(["run"], {
        FEEDS_FILE: join(dir, "feeds.json"),
        DATABASE_URL: `sqlite:${join(dir, "tracewire.db")}`,
        PORT: String(port),
      });
      const okAt = await waitForOk(`http://127.0.0.1:${port}/healthz`, 15_000, 2);
      starts.push(okAt - spawnedAt);
      cli.child.kill("SIGTERM");
      await cli.done;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const figure = ratioFigure(median(starts), median(bare), "ms", { max: Number.POSITIVE_INFINITY });
  return { cold_start_ms: { ...figure, target: "≤ 1,000", pass: figure.value <= 1000 } };
}
