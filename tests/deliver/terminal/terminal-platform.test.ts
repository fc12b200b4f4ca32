import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createTerminalPlatform } from "../../../src/deliver/terminal/terminal-platform.js";

function capture() {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk.toString("utf8")));
  return { stream, text: () => chunks.join("") };
}

describe("createTerminalPlatform", () => {
  it("prints the terminal rendering of a message, one line ending per message", async () => {
    const out = capture();
    const platform = createTerminalPlatform(out.stream);
    await platform.send({ kind: "console" }, { terminal: "KH  Raid frees 300 in Sihanoukville" });
    await platform.send({ kind: "console" }, { terminal: "MM  KK Park hand-over\n" });
    expect(out.text()).toBe("KH  Raid frees 300 in Sihanoukville\nMM  KK Park hand-over\n");
  });

  it("falls back to the Slack text when a message has no terminal rendering", async () => {
    const out = capture();
    const result = await createTerminalPlatform(out.stream).send(
      { kind: "console" },
      { slack: { text: "plain fallback", blocks: [] } },
    );
    expect(out.text()).toBe("plain fallback\n");
    expect(result.messageId).toBeNull();
  });

  it("refuses a message with nothing printable, as a retryable platform error", async () => {
    const out = capture();
    await expect(createTerminalPlatform(out.stream).send({ kind: "console" }, {})).rejects.toThrow(
      "console: no terminal rendering of the message",
    );
  });
});
