import { afterEach, describe, expect, it } from "vitest";
import { isLoopbackAddress } from "../../src/web/web-access.js";
import { type ArchiveWorld, outsideAddress, startArchiveWorld } from "./archive-world.js";

const TOKEN = "web-archive-test-token-0123456789";
let w: ArchiveWorld | undefined;
afterEach(async () => {
  await w?.close();
  w = undefined;
});

/** The worker's URL as another machine would reach it: through a non-loopback interface. */
const outside = (world: ArchiveWorld, path: string) =>
  `http://${outsideAddress()}:${world.worker.port}${path}`;

describe("who may read the web archive", () => {
  it.each([
    ["127.0.0.1", true],
    ["127.8.9.10", true],
    ["::1", true],
    ["::ffff:127.0.0.1", true],
    ["192.0.2.2", false],
    ["::ffff:10.0.0.1", false],
    ["fd00::2", false],
    [undefined, false],
  ])("reads %s as loopback: %s", (address, loopback) => {
    expect(isLoopbackAddress(address)).toBe(loopback);
  });

  it("answers only this machine by default, while /healthz stays open", async () => {
    w = await startArchiveWorld();
    expect((await fetch(`${w.url}/`)).status).toBe(200);
    const refused = await fetch(outside(w, "/"));
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("set TRACEWIRE_WEB_TOKEN");
    expect((await fetch(outside(w, "/api/stories"))).status).toBe(403);
    expect((await fetch(`${w.url}/`, { headers: { "x-forwarded-for": "203.0.113.9" } })).status).toBe(403);
    expect((await fetch(outside(w, "/healthz"))).status).toBe(200);
  }, 60_000);

  it("lets others in with the token, as a bearer header or through the login form's cookie", async () => {
    w = await startArchiveWorld({ TRACEWIRE_WEB_TOKEN: TOKEN });
    const anonymous = await fetch(outside(w, "/trends"), { redirect: "manual" });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toBe("/login?next=%2Ftrends");
    expect((await fetch(outside(w, "/api/stories"))).status).toBe(401);
    const wrong = { authorization: "Bearer not-the-token-at-all-000000" };
    expect((await fetch(outside(w, "/api/stories"), { headers: wrong })).status).toBe(401);
    const bearer = await fetch(outside(w, "/api/stories"), { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(bearer.status).toBe(200);

    const form = { "content-type": "application/x-www-form-urlencoded" };
    const failed = await fetch(outside(w, "/login"), {
      method: "POST",
      headers: form,
      body: "token=nope&next=%2Ftrends",
    });
    expect(failed.status).toBe(401);
    const login = await fetch(outside(w, "/login"), {
      method: "POST",
      headers: form,
      body: `token=${TOKEN}&next=%2Ftrends`,
      redirect: "manual",
    });
    expect(login.status).toBe(303);
    expect(login.headers.get("location")).toBe("/trends");
    const setCookie = login.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).not.toContain(TOKEN);
    const session = setCookie.split(";")[0]!;
    const page = await fetch(outside(w, "/trends"), { headers: { cookie: session } });
    expect(page.status).toBe(200);
    expect(await page.text()).not.toContain(TOKEN);
    const offsite = await fetch(outside(w, "/login"), {
      method: "POST",
      headers: form,
      body: `token=${TOKEN}&next=%2F%2Fevil.example`,
      redirect: "manual",
    });
    expect(offsite.headers.get("location")).toBe("/");
  }, 60_000);

  it("is off with TRACEWIRE_WEB=off: the archive's paths are 404, /healthz answers", async () => {
    w = await startArchiveWorld({ TRACEWIRE_WEB: "off" });
    expect((await fetch(`${w.url}/`)).status).toBe(404);
    expect((await fetch(`${w.url}/trends`)).status).toBe(404);
    expect((await fetch(`${w.url}/healthz`)).status).toBe(200);
  }, 60_000);
});
