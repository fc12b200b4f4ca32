import { describe, expect, it } from "vitest";
import { renderTerminalAlert, renderTerminalDigest } from "../../src/render/terminal.js";
import { buildDigest, itemFromHeadline, publishedBefore, readHeadlines, storyOf } from "./build-digest.js";

const now = new Date("2026-11-25T08:00:00Z");
// Digests are written in the reader's zone; these pin UTC text, so the reader is in UTC.
const timeZone = "UTC";
const ESC = "\u001b";

describe("renderTerminalDigest", () => {
  it("prints title, outlet, time, link, countries, topics, reason and also-links for each story", () => {
    const [a, b] = readHeadlines();
    const digest = {
      ...buildDigest(0),
      stories: [storyOf("s1", itemFromHeadline(a!, 0), [itemFromHeadline(b!, 1)])],
    };
    const out = renderTerminalDigest(digest, { now, timeZone, color: false });
    expect(out).toBe(
      [
        "Tracewire digest · 25 Nov 2026",
        "1 story · generated 25 Nov 2026 08:00 UTC",
        "",
        "== Cambodia (KH) (1) ==",
        "",
        a!.title,
        "  VICE World News · 1 Jan 2022 00:00 UTC (1789 d ago)",
        `  ${a!.url}`,
        "  Cambodia (KH) · Corruption, Rescue and repatriation, Victims' testimony, Scam compounds",
        "  why: topic corruption; label sea_trafficking",
        `  also: VOD English ${b!.url}`,
        "",
      ].join("\n"),
    );
  });

  it("prints every story of the 80-story digest once, under its section", () => {
    const digest = buildDigest(80);
    const out = renderTerminalDigest(digest, { now, timeZone, color: false });
    for (const s of digest.stories) expect(out.split(`  ${s.lead.url}\n`).length - 1).toBe(1);
    expect(out).toContain("== Other (");
  });

  it("adds no ANSI codes when colour is off and adds them when it is on", () => {
    const digest = buildDigest(10);
    expect(renderTerminalDigest(digest, { now, timeZone, color: false })).not.toContain(ESC);
    expect(renderTerminalDigest(digest, { now, timeZone, color: true })).toContain(`${ESC}[1m`);
  });

  it("strips escape sequences and control characters a feed put in its text", () => {
    const h = readHeadlines()[0]!;
    const item = {
      ...itemFromHeadline(h, 0),
      title: `${ESC}[2J${ESC}]0;pwned\u0007Raid in Myawaddy\r\nnext`,
    };
    const out = renderTerminalDigest(
      { ...buildDigest(0), stories: [storyOf("s1", item)] },
      { now, timeZone, color: false },
    );
    expect(out).not.toContain(ESC);
    expect(out).not.toContain("\u0007");
    expect(out).toContain("[2J]0;pwnedRaid in Myawaddy next");
  });

  it("says there is nothing new when the digest is empty", () => {
    expect(renderTerminalDigest(buildDigest(0), { now, timeZone, color: false })).toContain(
      "No new stories since the last digest.",
    );
  });
});

describe("renderTerminalAlert", () => {
  it("leads with the urgency and includes the summary", () => {
    const h = readHeadlines()[0]!;
    const item = publishedBefore(itemFromHeadline(h, 0, "breaking"), 1, now);
    const out = renderTerminalAlert(storyOf("s1", item), {
      now,
      timeZone,
      color: false,
    });
    expect(out.split("\n")[0]).toBe("🔴 Breaking");
    expect(out).toContain("BREAKING They Thought Their Human Trafficking Nightmare Was Over.");
    expect(out).toContain(`  ${h.summary}`);
  });
});
