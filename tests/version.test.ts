import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { USER_AGENT } from "../src/fetch/fetch-options.js";
import { VERSION } from "../src/version.js";

describe("version", () => {
  it("is package.json's, and the User-Agent names it and the project", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    expect(VERSION).toBe(pkg.version);
    expect(USER_AGENT).toBe(`tracewire/${pkg.version} (+https://github.com/tracewire/tracewire)`);
  });
});
