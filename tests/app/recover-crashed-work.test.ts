import { spawn } from "node:child_process";
import { once } from "node:events";
import { hostname } from "node:os";
import { describe, expect, it } from "vitest";
import { isDeadLocalOwner, ownerName } from "../../src/app/recover-crashed-work.js";

describe("isDeadLocalOwner", () => {
  it("knows a killed process on this host is dead", async () => {
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    const owner = ownerName(child.pid);
    expect(isDeadLocalOwner(owner)).toBe(false);
    child.kill("SIGKILL");
    await once(child, "exit");
    expect(isDeadLocalOwner(owner)).toBe(true);
  });

  it("never declares this process, another host or a malformed name dead", () => {
    expect(isDeadLocalOwner(ownerName())).toBe(false);
    expect(isDeadLocalOwner(`another-${hostname()}:999999:abc`)).toBe(false);
    expect(isDeadLocalOwner("replica-7")).toBe(false);
  });
});
