/**
 * `streamItems` (tracewire export) over a real SQLite store: more items than one page come out each once, in
 * listItems' order, as the same text `exportItems` renders over all of them at once; a slow reader is waited
 * for, and a reader that went away stops the export.
 */
import { Writable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ExportFormat, exportItems, streamItems } from "../../src/commands/export-items.js";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";
import { buildClassification, buildItem } from "../support/build-item.js";
import { tempSqliteUrl } from "../support/temp-db.js";

const PAGE = 4;
const ITEMS = 11;

let db: ReturnType<typeof tempSqliteUrl>;
let store: Store;

beforeEach(async () => {
  db = tempSqliteUrl();
  store = await openStore(db.url);
  await store.migrate();
  // Two items share each published time, so pages split inside a tie too.
  const items = Array.from({ length: ITEMS }, (_, n) =>
    buildItem(60 + n, {
      publishedAt: `2025-04-${String(10 + Math.floor(n / 2)).padStart(2, "0")}T10:00:00.000Z`,
    }),
  );
  await store.insertItems(items, (item) => buildClassification({ relevant: items.indexOf(item) % 3 !== 0 }));
});

afterEach(async () => {
  await store.close();
  db.cleanup();
});

/** A stdout stand-in that holds one chunk at a time and takes a moment with each, so writes meet back-pressure. */
function slowOutput(): { output: Writable; text: () => string; waits: () => number } {
  const chunks: string[] = [];
  let waits = 0;
  const output = new Writable({
    highWaterMark: 1,
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      setImmediate(done);
    },
  });
  const write = output.write.bind(output);
  output.write = ((chunk: string) => {
    const ok = write(chunk);
    if (!ok) waits++;
    return ok;
  }) as typeof output.write;
  return { output, text: () => chunks.join(""), waits: () => waits };
}

describe("streamItems", () => {
  it.each<ExportFormat>(["jsonl", "csv", "md"])(
    "exports more items than one page, each once and in order, as %s text identical to one render",
    async (format) => {
      const all = await store.listItems({ limit: 100 });
      expect(all).toHaveLength(ITEMS);
      const { output, text, waits } = slowOutput();
      await streamItems(store, {}, format, output, "Asia/Bangkok", PAGE);
      expect(text()).toBe(exportItems(all, format, true, "Asia/Bangkok"));
      expect(waits()).toBeGreaterThan(1);
      if (format === "jsonl") {
        const ids = text()
          .trim()
          .split("\n")
          .map((line) => (JSON.parse(line) as { id: string }).id);
        expect(ids).toEqual(all.map((item) => item.id));
        expect(new Set(ids).size).toBe(ITEMS);
      }
    },
  );

  it("keeps the filter across pages", async () => {
    const relevant = await store.listItems({ relevant: true, limit: 100 });
    const { output, text } = slowOutput();
    await streamItems(store, { relevant: true }, "jsonl", output, "UTC", 2);
    expect(text()).toBe(exportItems(relevant, "jsonl"));
  });

  it("writes the header alone for an empty archive", async () => {
    const { output, text } = slowOutput();
    await streamItems(store, { country: "ZZ" }, "csv", output, "UTC", PAGE);
    expect(text()).toBe(exportItems([], "csv"));
    expect(text()).toMatch(/^published,title,/);
  });

  it("lets other work run between pages even when every write is taken at once", async () => {
    const chunks: string[] = [];
    const eager = new Writable({
      highWaterMark: 1 << 20,
      write(chunk, _encoding, done) {
        chunks.push(String(chunk));
        done();
      },
    });
    let turns = 0;
    let done = false;
    const tick = () => {
      turns += 1;
      if (!done) setImmediate(tick);
    };
    setImmediate(tick);
    await streamItems(store, {}, "jsonl", eager, "UTC", 2);
    done = true;
    expect(chunks.join("").trim().split("\n")).toHaveLength(ITEMS);
    // Six pages of two: a turn of the event loop (timers, V8's collection tasks) before each.
    expect(turns).toBeGreaterThanOrEqual(6);
  });

  it("stops reading the archive once the reader has gone away", async () => {
    let pages = 0;
    const counting = {
      pageItems: (...args: Parameters<Store["pageItems"]>) => {
        pages++;
        return store.pageItems(...args);
      },
    };
    const output = new Writable({
      write(_chunk, _encoding, done) {
        output.destroy();
        done();
      },
    });
    await streamItems(counting, {}, "jsonl", output, "UTC", 2);
    expect(pages).toBe(1);
  });
});
