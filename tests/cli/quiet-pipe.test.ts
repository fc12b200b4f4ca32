import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { quietClosedPipe } from "../../src/cli/quiet-pipe.js";

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`write ${code}`), { code });
}

describe("quietClosedPipe", () => {
  it("after EPIPE drops later writes as written, and wakes a writer waiting for drain", async () => {
    const stream = new Writable({ write: (_chunk, _encoding, done) => done() });
    const pipe = quietClosedPipe(stream);
    let drained = false;
    stream.once("drain", () => {
      drained = true;
    });
    stream.emit("error", errno("EPIPE"));
    expect(pipe.closed).toBe(true);
    expect(drained).toBe(true);
    const written = await new Promise<unknown>((resolve) => {
      expect(stream.write("one more line\n", (error) => resolve(error ?? "no error"))).toBe(true);
    });
    expect(written).toBe("no error");
  });

  it("leaves any other stdout failure an error", () => {
    const stream = new Writable({ write: (_chunk, _encoding, done) => done() });
    const pipe = quietClosedPipe(stream);
    expect(() => stream.emit("error", errno("EIO"))).toThrow("write EIO");
    expect(pipe.closed).toBe(false);
  });
});
