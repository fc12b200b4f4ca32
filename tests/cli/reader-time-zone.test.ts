/**
 * Time in the reader's zone (issue 14.6) and `preview --as` (14.9) through the real CLI: the process runs with
 * TZ=UTC, the subscriptions are in Asia/Bangkok, and every time a person reads there — the console digest, the
 * Slack digest on the stand-in, the preview — is Bangkok's, 7 hours ahead, marked ICT.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";
import { type OutletWorld, startOutletWorld } from "../support/outlet-world.js";
import { type CliResult, runCli } from "../support/run-cli.js";

const CHANNEL = "C0BANGKOK01";
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "5 Dec 2026 03:25 ICT" for an instant, by adding Bangkok's fixed +7 h (Thailand has no DST). */
function bangkok(instant: number): string {
  const d = new Date(instant + 7 * 3_600_000);
  const hhmm = `${String(d.getUTCHours()).padStart(2, "0")}:${String(d.getUTCMinutes()).padStart(2, "0")}`;
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${hhmm} ICT`;
}

/** Runs the CLI and returns the Bangkok times at which it could have stamped its output. */
async function timed(
  args: string[],
  env: Record<string, string>,
): Promise<{ out: CliResult; stamps: string[] }> {
  const before = Date.now();
  const out = await runCli(args, { env });
  const after = Date.now();
  const stamps = new Set<string>();
  for (let t = before; t <= after + 60_000; t += 60_000) stamps.add(bangkok(Math.min(t, after)));
  return { out, stamps: [...stamps] };
}

let world: OutletWorld;
let slack: FakeSlack;
let env: Record<string, string>;
let slackId: string;

beforeAll(async () => {
  slack = await startFakeSlack({ channels: [CHANNEL] });
  world = await startOutletWorld({
    env: { TZ: "UTC", SLACK_BOT_TOKEN: "xoxb-test-token", SLACK_API_URL: slack.apiUrl },
  });
  env = world.env;
  const tz = ["--tz", "Asia/Bangkok", "--schedule", "0 8 * * 1-5"];
  const subscribed = await runCli(["subscribe", "console", "--mode", "digest", ...tz], { env });
  expect(subscribed.code).toBe(0);
  const onSlack = await runCli(["subscribe", `slack:${CHANNEL}`, "--mode", "digest", ...tz], { env });
  expect(onSlack.code).toBe(0);
  slackId = onSlack.stdout.trim();
  const poll = await runCli(["poll"], { env });
  expect(poll.code).toBe(0);
}, 120_000);

afterAll(async () => {
  await Promise.all([world?.close(), slack?.close()]);
});

describe("with TZ=UTC and subscriptions in Asia/Bangkok", () => {
  it("preview --as slack prints the Block Kit JSON dated in Bangkok, and the limits it used", async () => {
    const { out, stamps } = await timed(["preview", slackId, "--as", "slack"], env);
    expect(out.code).toBe(0);
    const messages = JSON.parse(out.stdout) as {
      text: string;
      blocks: { type: string; elements?: { text: string }[] }[];
    }[];
    expect(messages.length).toBeGreaterThan(0);
    const context = messages[0]!.blocks[1]!.elements![0]!.text;
    expect(stamps.some((s) => context.endsWith(`generated ${s}`))).toBe(true);
    expect(out.stderr).toMatch(
      /^slack: \d+ messages? · blocks ≤ \d+\/50 · block text ≤ [\d,]+\/11,000 · fallback text ≤ [\d,]+\/4,000\n$/,
    );
  });

  it("preview --as discord prints embeds that cannot ping, and the limits it used", async () => {
    const out = await runCli(["preview", slackId, "--as", "discord"], { env });
    expect(out.code).toBe(0);
    const messages = JSON.parse(out.stdout) as { embeds: unknown[]; allowed_mentions: unknown }[];
    expect(messages[0]!.allowed_mentions).toEqual({ parse: [] });
    expect(messages[0]!.embeds.length).toBeGreaterThan(0);
    expect(out.stderr).toMatch(
      /^discord: \d+ messages? · embeds ≤ \d+\/10 · embed characters ≤ [\d,]+\/6,000/,
    );
  });

  it("the terminal preview has the same sections, in the same order, as the Slack message", async () => {
    const terminal = await runCli(["preview", slackId], { env });
    const asSlack = await runCli(["preview", slackId, "--as", "slack"], { env });
    const slackSections = (
      JSON.parse(asSlack.stdout) as { blocks: { type: string; text?: { text: string } }[] }[]
    )
      .flatMap((m) => m.blocks)
      .map((b) => /^\*(.+)\* · \d+ stor/.exec(b.type === "section" ? (b.text?.text ?? "") : "")?.[1])
      .filter((label): label is string => Boolean(label));
    const terminalSections = [...terminal.stdout.matchAll(/^== (.+) \(\d+\) ==$/gm)].map((m) => m[1]);
    expect(slackSections.length).toBeGreaterThan(1);
    expect(terminalSections).toEqual(slackSections);
  });

  it("dates the console and Slack digests in Bangkok, not UTC", async () => {
    const { out, stamps } = await timed(["digest", "--now"], env);
    expect(out.code).toBe(0);
    const generated = /generated (.+)$/m.exec(out.stdout)?.[1];
    expect(stamps).toContain(generated);
    const dates = stamps.map((s) => s.split(" ").slice(0, 3).join(" "));
    expect(dates).toContain(/^Tracewire digest · (.+)$/m.exec(out.stdout)?.[1]);
    expect(out.stdout).not.toMatch(/\d\d:\d\d UTC/);
    const posted = slack.messages.filter((m) => m.channel === CHANNEL);
    expect(posted.length).toBeGreaterThan(0);
    const header = JSON.stringify(posted[0]!.blocks);
    expect(stamps.some((s) => header.includes(`generated ${s}`))).toBe(true);
  });

  it("search shows item times in the process's zone (TZ=UTC) with the abbreviation, not ISO", async () => {
    const out = await runCli(["search", "scam", "--limit", "3"], { env });
    expect(out.code).toBe(0);
    const first = out.stdout.split("\n")[0]!;
    expect(first).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d UTC {2}\S/);
    expect(out.stdout).not.toMatch(/\d{4}-\d\d-\d\dT/);
  });

  it("export --format md writes times for people; --format jsonl keeps ISO UTC", async () => {
    const md = await runCli(["export", "--format", "md"], { env });
    expect(md.stdout.split("\n")[2]).toMatch(/^\| \d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d UTC \| \[/);
    const jsonl = await runCli(["export"], { env });
    expect(JSON.parse(jsonl.stdout.split("\n")[0]!).published).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/,
    );
  });
});
