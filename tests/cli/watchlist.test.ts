/**
 * `tracewire watchlist` through the real CLI on a SQLite file: seeded once from WATCHLIST_FILE (the shipped
 * watchlist.json, or a slice of it), edited in the store, every edit re-tagging the archive; exit codes and
 * messages that say what to do. Also `tracewire classify` tagging names with WATCHLIST_FILE.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { WatchedEntity } from "../../src/model/entity.js";
import { openStore } from "../../src/store/open-store.js";
import { buildClassification } from "../support/build-item.js";
import { itemFromHeadline, princeGroupHeadline, unrelatedHeadlines } from "../support/entity-headlines.js";
import { runCli } from "../support/run-cli.js";

const SHIPPED = resolve(import.meta.dirname, "../../watchlist.json");
const shippedEntries = (): WatchedEntity[] =>
  (JSON.parse(readFileSync(SHIPPED, "utf8")) as { entries: WatchedEntity[] }).entries;

let dir: string;
let env: Record<string, string>;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "tracewire-watchlist-"));
  env = { DATABASE_URL: `sqlite:${join(dir, "tracewire.db")}`, WATCHLIST_FILE: SHIPPED };
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A watchlist file holding only the shipped entries with these ids. */
function watchlistFileWith(ids: string[]): string {
  const file = join(dir, "watchlist.json");
  writeFileSync(file, JSON.stringify({ entries: shippedEntries().filter((e) => ids.includes(e.id)) }));
  return file;
}

describe("tracewire watchlist", () => {
  it("lists the shipped watchlist, seeded into the store, as a table and as JSON", async () => {
    const table = await runCli(["watchlist", "list"], { env });
    expect(table.stderr).toBe("");
    expect(table.code).toBe(0);
    const shipped = shippedEntries();
    expect(table.stdout).toMatch(new RegExp(`^${shipped.length} watched entities\\n`));
    expect(table.stdout).toMatch(/^ID +NAME +KIND +COUNTRIES +ALIASES$/m);
    const prince = shipped.find((e) => e.id === "prince-group")!;
    expect(table.stdout).toMatch(
      new RegExp(`^prince-group +.+ +company +KH +${prince.aliases.length}$`, "m"),
    );
    const json = await runCli(["watchlist", "list", "--json"], { env });
    expect((JSON.parse(json.stdout) as WatchedEntity[]).map((e) => e.id)).toEqual(shipped.map((e) => e.id));
  });

  it("adds a name with its spellings, shows it, and keeps an operator's removal at the next start", async () => {
    const added = await runCli(
      ["watchlist", "add", "Jin Bei", "--country", "KH", "--alias", "金贝", "--context", "casino"],
      { env },
    );
    expect(added.stderr).toBe("");
    expect(added.stdout).toMatch(
      /^added Jin Bei \(jin-bei\): company in KH, 2 aliases\nre-tagged \d+ archived items?: 0 changed\n$/,
    );
    const shown = await runCli(["watchlist", "show", "jin-bei"], { env });
    expect(shown.stdout).toContain("aliases: Jin Bei · 金贝");
    expect(shown.stdout).toContain("context words: casino");
    expect(shown.stdout).toContain("No stored item names it yet.");

    const alias = await runCli(["watchlist", "alias", "add", "jin-bei", "金貝"], { env });
    expect(alias.stdout).toMatch(
      /^added the alias "金貝" to Jin Bei \(jin-bei\): company in KH, 3 aliases\n/,
    );
    const unalias = await runCli(["watchlist", "alias", "remove", "jin-bei", "金贝"], { env });
    expect(unalias.stdout).toMatch(
      /^removed the alias "金贝" from Jin Bei \(jin-bei\): company in KH, 2 aliases\n/,
    );

    const removed = await runCli(["watchlist", "remove", "huione"], { env });
    expect(removed.stdout).toMatch(/^removed .+ \(huione\) from the watchlist\n/);
    const after = await runCli(["watchlist", "list", "--json"], { env });
    const ids = (JSON.parse(after.stdout) as WatchedEntity[]).map((e) => e.id);
    expect(ids).not.toContain("huione");
    expect(ids).toContain("jin-bei");
    expect(ids).toHaveLength(shippedEntries().length);
  });

  it("names the nearest ids when an id is mistyped, and refuses an id already watched", async () => {
    const show = await runCli(["watchlist", "show", "prinse-group"], { env });
    expect(show.code).toBe(2);
    expect(show.stdout).toBe("");
    expect(show.stderr).toContain('no watched entity has id "prinse-group"');
    expect(show.stderr).toContain("did you mean prince-group?");
    const alias = await runCli(["watchlist", "alias", "add", "kk-prak", "KK园区"], { env });
    expect(alias.code).toBe(2);
    expect(alias.stderr).toContain("did you mean kk-park?");
    const again = await runCli(["watchlist", "add", "Prince Group", "--id", "prince-group"], { env });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('"prince-group" is already watched');
    expect(again.stderr).toContain("tracewire watchlist alias add prince-group ALIAS");
    const last = await runCli(["watchlist", "alias", "remove", "kk-park", "no such spelling"], { env });
    expect(last.code).toBe(2);
    expect(last.stderr).toContain('kk-park has no alias "no such spelling"');
  });

  it("seeds nothing and says so when the watchlist file is missing", async () => {
    const out = await runCli(["watchlist", "list"], {
      env: { ...env, WATCHLIST_FILE: join(dir, "missing.json"), LOG_LEVEL: "warn" },
    });
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("The watchlist is empty.");
    expect(out.stderr).toContain("missing.json not found");
  });

  it("re-tags the archive when a name is added and reports how many items changed (needs the matcher)", async () => {
    env = { ...env, WATCHLIST_FILE: watchlistFileWith(["kk-park"]) };
    const store = await openStore(env["DATABASE_URL"]!);
    const naming = itemFromHeadline(princeGroupHeadline());
    const others = unrelatedHeadlines()
      .slice(0, 3)
      .map((h) => itemFromHeadline(h));
    await store.insertItems([naming, ...others], () => buildClassification());
    await store.close();
    const added = await runCli(["watchlist", "add", "Prince Group", "--id", "prince-group"], { env });
    expect(added.stderr).toBe("");
    expect(added.stdout).toContain("re-tagged 4 archived items: 1 changed");
    const shown = await runCli(["watchlist", "show", "prince-group", "--json"], { env });
    const report = JSON.parse(shown.stdout) as { stories: { id: string }[] };
    expect(report.stories.map((s) => s.id)).toEqual([naming.id]);
    const exported = await runCli(["export"], { env });
    const records = exported.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { id: string; entities: { id: string }[] });
    expect(records.find((r) => r.id === naming.id)?.entities.map((e) => e.id)).toContain("prince-group");
    const removed = await runCli(["watchlist", "remove", "prince-group"], { env });
    expect(removed.stdout).toContain("re-tagged 4 archived items: 1 changed");
  });
});

describe("tracewire classify with a watchlist", () => {
  it("prints the watched names a line mentions (needs the matcher)", async () => {
    const h = princeGroupHeadline();
    const out = await runCli(["classify"], {
      env: { WATCHLIST_FILE: watchlistFileWith(["prince-group", "chen-zhi"]) },
      input: `${JSON.stringify({ title: h.title, summary: h.summary, outlet: h.outlet })}\n`,
    });
    expect(out.code).toBe(0);
    const verdict = JSON.parse(out.stdout) as { entities: { id: string }[] };
    expect(verdict.entities.map((e) => e.id).sort()).toEqual(["chen-zhi", "prince-group"]);
  });
});
