/**
 * The weekly briefing's messages stay within every Slack and Discord limit and never ping, however much a week
 * holds: a busy week (every country, every topic, dozens of watched names, hundreds of failing feeds with long
 * errors) whose feed text carries `<!channel>`, `@everyone` and `<@U…>`.
 */
import { describe, expect, it } from "vitest";
import type { Briefing } from "../../src/model/briefing.js";
import { TOPICS } from "../../src/model/classification.js";
import { renderBriefingChart } from "../../src/render/briefing-chart.js";
import { renderDiscordBriefing, renderSlackBriefing } from "../../src/render/briefing-messages.js";
import { assertWithinDiscordLimits, assertWithinSlackLimits } from "../support/platform-limits.js";

const NOW = new Date("2026-11-30T02:00:00Z");
const HOSTILE = "<!channel> @everyone <@U024BE7LH> <@&123456789012345678>";

function busyWeek(): Briefing {
  const codes = ["KH", "MM", "TH", "LA", "VN", "PH", "ID", "MY", "SG", "CN", "KR", "JP", "IN", "US", "GB"];
  return {
    subscriptionId: "sub_test",
    generatedAt: NOW.toISOString(),
    weekStart: new Date(NOW.getTime() - 7 * 86_400_000).toISOString(),
    storiesThisWeek: 420,
    storiesLastWeek: 380,
    countries: codes.map((key, i) => ({ key, thisWeek: 40 - i, lastWeek: 30 + i })),
    topics: TOPICS.map((key, i) => ({ key, thisWeek: i, lastWeek: 12 - i })),
    topStories: Array.from({ length: 5 }, (_, i) => ({
      title: `${HOSTILE} ${"very long headline ".repeat(30)}${i}`,
      url: `https://news.example.org/${i}`,
      outlets: Array.from({ length: 40 }, (_, k) => `Outlet ${k} ${HOSTILE}`),
    })),
    names: Array.from({ length: 80 }, (_, i) => ({
      id: `e${i}`,
      name: `${HOSTILE} Name ${i}`,
      stories: i + 1,
      isNew: i % 3 === 0,
    })),
    failing: Array.from({ length: 300 }, (_, i) => ({
      id: `feed-${i}`,
      outlet: `Outlet ${i} ${HOSTILE}`,
      lastSuccessAt: new Date(NOW.getTime() - (i + 1) * 86_400_000).toISOString(),
      consecutiveFailures: i + 1,
      lastError: `${HOSTILE} ${"upstream said no ".repeat(40)}`,
    })),
    silent: Array.from({ length: 100 }, (_, i) => ({
      id: `quiet-${i}`,
      outlet: `Quiet ${i}`,
      newestAt: new Date(NOW.getTime() - 40 * 86_400_000).toISOString(),
      usualGapMs: 6 * 3_600_000,
    })),
    series: {
      weekStarts: Array.from({ length: 12 }, (_, i) =>
        new Date(NOW.getTime() - (12 - i) * 7 * 86_400_000).toISOString(),
      ),
      countries: codes
        .slice(0, 6)
        .map((code, k) => ({ code, counts: Array.from({ length: 12 }, (_, i) => i * k) })),
    },
  };
}

describe("weekly briefing messages", () => {
  const options = { now: NOW, timeZone: "Asia/Bangkok" };

  it.each([
    ["a Slack channel", {}],
    [
      "a Slack incoming webhook (with the table and trends link)",
      { table: true, trendsUrl: "https://x.example/trends" },
    ],
  ])("stay within Slack's limits and ping nobody: %s", (_, extra) => {
    const message = renderSlackBriefing(busyWeek(), { ...options, ...extra });
    expect(() => assertWithinSlackLimits(message as unknown as Record<string, unknown>)).not.toThrow();
    expect(JSON.stringify(message.blocks)).toMatch(/… and \d+ more/);
  });

  it("stays within Discord's limits, pings nobody and shows the chart attachment", () => {
    const message = renderDiscordBriefing(busyWeek(), { ...options, image: "chart.png" });
    expect(() => assertWithinDiscordLimits(message as unknown as Record<string, unknown>)).not.toThrow();
    expect(message.embeds[0]?.image?.url).toBe("attachment://chart.png");
    expect(message.allowed_mentions).toEqual({ parse: [] });
  });

  it("a quiet week says so instead of leaving sections empty", () => {
    const quiet: Briefing = {
      ...busyWeek(),
      storiesThisWeek: 0,
      storiesLastWeek: 0,
      countries: [],
      topics: [],
      topStories: [],
      names: [],
      failing: [],
      silent: [],
    };
    const text = JSON.stringify(renderSlackBriefing(quiet, options).blocks);
    expect(text).toContain("no stories this week");
    expect(text).toContain("every feed answers and publishes");
  });

  it("the chart names every country in its legend and labels both axes", () => {
    const svg = renderBriefingChart(busyWeek().series, "Asia/Bangkok");
    for (const name of ["Cambodia", "Myanmar", "Thailand", "Laos", "Vietnam", "Philippines"]) {
      expect(svg).toContain(`>${name}</text>`);
    }
    expect(svg).toContain(">Week starting</text>");
    expect(svg).toContain(">Stories</text>");
  });
});
