import { once } from "node:events";
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.js";

/** A loopback port nothing listens on: one the system just handed out and that was closed again. */
async function closedPort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  await once(server, "close");
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

describe("an unreachable Postgres", () => {
  it("is one clean line (and a hint) at the default log level, exit 2, no stack trace", async () => {
    const port = await closedPort();
    const out = await runCli(["search", "scam"], {
      env: { DATABASE_URL: `postgres://tracewire:s3cret@127.0.0.1:${port}/tracewire`, LOG_LEVEL: "info" },
    });
    expect(out.code).toBe(2);
    expect(out.stdout).toBe("");
    const lines = out.stderr.trimEnd().split("\n");
    expect(lines[0]).toMatch(new RegExp(`^tracewire: 127\\.0\\.0\\.1:${port}/tracewire: .*ECONNREFUSED`));
    expect(lines.slice(1)).toEqual([
      "  hint: check that Postgres is running and reachable from here; nothing half-written was kept",
    ]);
    expect(out.stderr).not.toContain("s3cret");
  });
});
