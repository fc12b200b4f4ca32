/**
 * export_rss_mb: peak RSS of the compiled `tracewire export` (csv and jsonl; stdout goes to /dev/null) on a large archive,
 * with the same export of a smaller archive as its reference: a streaming export keeps memory flat in the
 * number of items (target: at most 1.5 × the reference, or at most 150 MB). Run alone (after `npm run build`):
 * `npx tsx bench/export-memory.ts large.db [reference.db]` (copies are used, never the files themselves).
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Figure, type Figures, ratioFigure } from "./measure.js";
import { spawnTracewire } from "./spawn-tracewire.js";

/** Peak RSS (MB) of the larger of `tracewire export --format csv|jsonl` on a copy of `archivePath`. */
export async function exportPeakRssMb(archivePath: string): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), "tracewire-bench-export-"));
  try {
    const db = join(dir, "tracewire.db");
    copyFileSync(archivePath, db);
    let peak = 0;
    for (const format of ["csv", "jsonl"]) {
      const cli = spawnTracewire(["export", "--format", format], {
        DATABASE_URL: `sqlite:${db}`,
        TZ: "UTC",
      });
      const done = await cli.done;
      if (done.code !== 0)
        throw new Error(
          `tracewire export --format ${format} exited ${done.code}: ${done.stderr.slice(0, 300)}`,
        );
      peak = Math.max(peak, done.peakRssMb);
    }
    return peak;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** export_rss_mb_1m (or `figure`): the large archive's export peak against the reference archive's. */
export async function benchExportMemory(options: {
  archivePath: string;
  referencePath: string;
  figure?: string;
}): Promise<Figures> {
  const reference = await exportPeakRssMb(options.referencePath);
  const value = await exportPeakRssMb(options.archivePath);
  const figure: Figure = ratioFigure(value, reference, "MB", { max: 1.5 });
  // Flat enough either way: within 1.5 × the reference, or under 150 MB outright.
  figure.pass = figure.pass || value <= 150;
  return { [options.figure ?? "export_rss_mb_1m"]: figure };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [archivePath, referencePath] = process.argv.slice(2);
  if (!archivePath) throw new Error("usage: npx tsx bench/export-memory.ts large.db [reference.db]");
  if (!referencePath) {
    console.log(`export peak RSS ${(await exportPeakRssMb(archivePath)).toFixed(1)} MB`);
  } else {
    const figures = await benchExportMemory({ archivePath, referencePath });
    for (const [name, f] of Object.entries(figures))
      console.log(`${name} ${f.value.toFixed(1)} MB (reference ${f.reference?.toFixed(1)} MB, ${f.target})`);
  }
}
