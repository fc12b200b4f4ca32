/**
 * `tracewire feeds` through the real CLI (issue 14.9): after one poll of a good and a failing feed, the table is
 * aligned, its times are relative, the failing feed shows why, and piped output has no colour even when
 * NO_COLOR is unset; `--json` keeps every field as stored.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { textRoute } from "../support/hostile-feeds.js";
import { type OutletWorld, startOutletWorld } from "../support/outlet-world.js";
import { runCli } from "../support/run-cli.js";

let world: OutletWorld;

beforeAll(async () => {
  world = await startOutletWorld({
    extraFeeds: (server) => [
      {
        id: "broken-500",
        outlet: "Broken",
        url: server.setRoute("/broken/500.xml", textRoute(500, "text/plain", "upstream exploded\n")),
      },
    ],
  });
  const poll = await runCli(["poll"], { env: world.env });
  expect(poll.code).toBe(0);
});

afterAll(async () => {
  await world.close();
});

describe("tracewire feeds", () => {
  it("prints aligned columns with relative times and the failing feed's reason, plain when piped", async () => {
    const out = await runCli(["feeds"], { env: { ...world.env, NO_COLOR: "" } });
    expect(out.code).toBe(0);
    expect(out.stderr).toBe("");
    expect(out.stdout).not.toContain("\u001b[");
    const lines = out.stdout.split("\n");
    const feeds = world.outletFeeds.length + 1;
    expect(lines[0]).toBe(`${feeds} feeds: ${feeds - 1} ok, 1 failing, 0 not polled yet, 0 disabled`);
    const head = lines[2]!;
    expect(head).toMatch(/^STATE +FEED +OUTLET +HTTP +ITEMS +LAST POLL +LAST NEW ITEM$/);
    const rows = lines.filter((l) => /^(ok|failing) /.test(l));
    expect(rows).toHaveLength(feeds);
    // Aligned: every row has its poll time where the header has LAST POLL.
    for (const r of rows)
      expect(r.slice(head.indexOf("LAST POLL"))).toMatch(/^just now +(just now|\d+ (min|h|d) ago|never)$/);
    const failing = lines.findIndex((l) => l.startsWith("failing  broken-500"));
    expect(lines[failing]).toMatch(/ 500 +0 +just now +never$/);
    expect(lines[failing + 1]).toMatch(/^ {2}└ .*500.* \(1 failure in a row; next try in \d+ (min|h)\)$/);
    expect(out.stdout).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it("--json is unchanged: every row with its ISO 8601 times", async () => {
    const out = await runCli(["feeds", "--json"], { env: world.env });
    const rows = JSON.parse(out.stdout) as { id: string; state: string; lastPolledAt: string }[];
    expect(rows.find((r) => r.id === "broken-500")?.state).toBe("failing");
    for (const r of rows) expect(r.lastPolledAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });
});
