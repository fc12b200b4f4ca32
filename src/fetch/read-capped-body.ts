/**
 * Reads a response body under two caps, counting while streaming: bytes on the wire (before
 * decompression) and bytes after gzip/deflate/br decoding. Stops at the first byte over a cap, so a
 * 240 MB body or a gzip bomb never sits in memory. Never buffers more than maxDecodedBytes.
 */
import type { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";

export type BodyOutcome =
  | { kind: "ok"; body: Buffer; wireBytes: number }
  | { kind: "too-large"; stage: "wire" | "decoded"; cap: number }
  | { kind: "bad-encoding"; detail: string };

class CapExceeded extends Error {
  constructor(
    readonly stage: "wire" | "decoded",
    readonly cap: number,
  ) {
    super(`over the ${stage} cap of ${cap} bytes`);
  }
}

/** Decoders for a Content-Encoding header, outermost last; a string naming the problem if unsupported. */
function decodersFor(contentEncoding: string | null): Transform[] | string {
  const codings = (contentEncoding ?? "")
    .split(",")
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== "" && coding !== "identity");
  const decoders: Transform[] = [];
  for (const coding of codings.reverse()) {
    if (coding === "gzip" || coding === "x-gzip") decoders.push(createGunzip());
    else if (coding === "deflate") decoders.push(createInflate());
    else if (coding === "br") decoders.push(createBrotliDecompress());
    else return `unsupported Content-Encoding "${coding}"`;
  }
  return decoders;
}

/** The whole body, or which cap it broke. Network errors and aborts (the deadline) are thrown. */
export async function readCappedBody(
  body: Readable,
  contentEncoding: string | null,
  caps: { maxBytes: number; maxDecodedBytes: number },
  signal: AbortSignal,
): Promise<BodyOutcome> {
  const decoders = decodersFor(contentEncoding);
  if (typeof decoders === "string") {
    abandonBody(body);
    return { kind: "bad-encoding", detail: decoders };
  }
  let decoderError: Error | null = null;
  for (const decoder of decoders) {
    decoder.once("error", (error) => {
      decoderError ??= error;
    });
  }
  let wireBytes = 0;
  let decodedBytes = 0;
  const chunks: Buffer[] = [];
  async function* countWire(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of source) {
      wireBytes += chunk.length;
      if (wireBytes > caps.maxBytes) throw new CapExceeded("wire", caps.maxBytes);
      yield chunk;
    }
  }
  async function collect(source: AsyncIterable<Buffer>): Promise<void> {
    for await (const chunk of source) {
      decodedBytes += chunk.length;
      if (decodedBytes > caps.maxDecodedBytes) throw new CapExceeded("decoded", caps.maxDecodedBytes);
      chunks.push(chunk);
    }
  }
  try {
    // pipeline's overloads cannot type a spread of decoders in the middle; the stages are checked above.
    const run = pipeline as unknown as (...stages: unknown[]) => Promise<void>;
    await run(body, countWire, ...decoders, collect, { signal });
  } catch (error) {
    if (error instanceof CapExceeded) return { kind: "too-large", stage: error.stage, cap: error.cap };
    if (decoderError !== null && !signal.aborted) {
      const coding = contentEncoding?.trim().toLowerCase() ?? "";
      return { kind: "bad-encoding", detail: `${coding}: ${(decoderError as Error).message}` };
    }
    throw error;
  }
  return { kind: "ok", body: Buffer.concat(chunks, decodedBytes), wireBytes };
}

/** Closes a body we will not read; undici reports that as an "aborted" error, which is expected here. */
export function abandonBody(body: Readable): void {
  body.on("error", () => undefined);
  body.destroy();
}
