import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readSpecs, specsDir } from "./openapi-check.js";

const VENDORED = join(import.meta.dirname, "../fixtures/specs");

describe("the OpenAPI documents the stand-ins check against", () => {
  let empty: string | undefined;
  afterEach(() => {
    if (empty) rmSync(empty, { recursive: true, force: true });
    empty = undefined;
  });

  it("are read from tests/fixtures/specs inside the repository by default", () => {
    if (process.env["TRACEWIRE_SPECS_DIR"] === undefined) expect(specsDir()).toBe(VENDORED);
    const specs = readSpecs(VENDORED);
    expect(Object.keys(specs.slack["paths"] as object)).toContain("/chat.postMessage");
    expect(Object.keys(specs.discord["paths"] as object)).toContain("/webhooks/{webhook_id}/{webhook_token}");
  });

  it.each([["slack-web-openapi-v2.json"], ["discord-openapi.json"]])(
    "%s is the byte-for-byte copy whose sha256 the sidecar README names",
    (file) => {
      const sidecar = readFileSync(join(VENDORED, "README.md"), "utf8");
      const row = sidecar.split("\n").find((line) => line.startsWith(`| ${file} |`));
      const named = row?.split("|")[3]?.trim();
      const actual = createHash("sha256")
        .update(readFileSync(join(VENDORED, file)))
        .digest("hex");
      expect(named).toBe(actual);
    },
  );

  it("a missing document fails with its path and how to restore it, not as an HTTP 500", () => {
    empty = mkdtempSync(join(tmpdir(), "tracewire-specs-"));
    expect(() => readSpecs(empty!)).toThrow(
      `${join(empty, "slack-web-openapi-v2.json")}: OpenAPI document not found, so the stand-in Slack and ` +
        "Discord servers cannot check requests. Restore the vendored copy (`git checkout -- tests/fixtures/specs`)",
    );
  });
});
