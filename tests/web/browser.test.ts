/**
 * The web archive in a real browser (Debian's Chromium through playwright-core): every page loads without a
 * script or CSP error, a story link is followed, a filter is applied with the form, the hostile headline stays
 * text and none of its script runs, times show in the reader's zone, and screenshots of / and /trends are saved
 * under tests/artifacts/ for a person to look at.
 */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadWatchedEntities } from "../../src/config/load-watched-entities.js";
import { type ArchiveWorld, PWNED_FLAG, startArchiveWorld } from "./archive-world.js";
import { type Browser, ensureChromium, launchChromium } from "./chromium.js";

const ARTIFACTS = resolve(import.meta.dirname, "../artifacts");

let w: ArchiveWorld;
let browser: Browser;
/** Script errors, CSP reports and dialogs seen on any page. */
const problems: string[] = [];

beforeAll(async () => {
  ensureChromium();
  w = await startArchiveWorld();
  browser = await launchChromium({ timezoneId: "Asia/Bangkok" });
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await w?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.on("pageerror", (error) => problems.push(`${path}: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`${path}: ${message.text()}`);
  });
  page.on("dialog", (dialog) => {
    problems.push(`${path}: a ${dialog.type()} dialog opened`);
    void dialog.dismiss();
  });
  const response = await page.goto(`${w.url}${path}`);
  expect({ path, status: response?.status() }).toEqual({ path, status: 200 });
  return page;
}

describe("the web archive in Chromium", () => {
  it("loads every page without a script error, with times in the reader's zone", async () => {
    const [entity] = loadWatchedEntities("watchlist.json");
    const home = await open("/");
    const story = await home.locator("ol.stories a").first().getAttribute("href");
    for (const path of ["/trends", "/feeds", story!, `/entities/${entity!.id}`])
      await (await open(path)).close();
    await expect.poll(() => home.locator("time").first().textContent()).toContain("Asia/Bangkok");
    await home.close();
    expect(problems).toEqual([]);
  });

  it("follows a story link to the story's page", async () => {
    const page = await open("/");
    const first = page.locator("ol.stories a.story-title").first();
    const title = (await first.textContent())!.trim();
    await first.click();
    await page.waitForURL(/\/stories\//);
    await expect.poll(() => page.locator("h1").textContent()).toBe(title);
    expect(await page.getByRole("heading", { name: "Classification" }).count()).toBe(1);
    await page.close();
  });

  it("applies a filter from the form and keeps it in the URL", async () => {
    const page = await open("/");
    await page.getByLabel("Country").selectOption("KH");
    await page.getByLabel("Topic").selectOption("scam_compounds");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(/country=KH/);
    expect(page.url()).toContain("topic=scam_compounds");
    const stories = page.locator("ol.stories > li");
    const count = await stories.count();
    expect(count).toBeGreaterThan(0);
    expect(await stories.filter({ hasText: "Cambodia (KH)" }).count()).toBe(count);
    await page.close();
  });

  it("shows the hostile headline as text and runs none of its script", async () => {
    const page = await open("/?outlet=Hostile%20Times");
    const shown = page.locator("ol.stories a.story-title", { hasText: "onerror" });
    expect(await shown.count()).toBe(1);
    expect((await shown.textContent())?.trim()).toBe(w.hostileTitle);
    await shown.click();
    await page.waitForURL(/\/stories\//);
    expect(await page.locator("h1").textContent()).toBe(w.hostileTitle);
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    // Each payload would set this global: it must still be unset, on the list and on the story page.
    const ran = await page.evaluate(`typeof window.${PWNED_FLAG}`);
    expect(ran).toBe("undefined");
    await page.close();
    expect(problems).toEqual([]);
  });

  it("is used with the keyboard: the first Tab reaches the skip link", async () => {
    const page = await open("/");
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement.textContent")).toBe("Skip to content");
    await page.close();
  });

  it("saves screenshots of / and /trends, wide and at phone width", async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const saved: string[] = [];
    for (const [path, name] of [
      ["/", "web-home"],
      ["/trends", "web-trends"],
    ] as const) {
      for (const width of [1280, 375]) {
        const page = await open(path);
        await page.setViewportSize({ width, height: 900 });
        // At phone width nothing may scroll sideways except the tables' own wrappers.
        const overflow = await page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
        expect({ path, width, overflow }).toEqual({ path, width, overflow: 0 });
        const file = resolve(ARTIFACTS, `${name}-${width}.png`);
        await page.screenshot({ path: file, fullPage: width === 1280 });
        saved.push(file);
        await page.close();
      }
    }
    console.log(`web archive screenshots:\n${saved.join("\n")}`);
  });
});
