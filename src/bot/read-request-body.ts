/**
 * The body of a signed request from a chat platform, read once (the signature covers its exact bytes) and
 * capped: slash-command forms and interactions are a few hundred bytes, Slack's and Discord's payloads stay far
 * below the cap, so anything larger is refused (413) before it is held in memory.
 */
import type { IncomingMessage } from "node:http";

/** The largest body a platform request may carry (bytes). */
export const MAX_REQUEST_BODY = 256 * 1024;

/** The request's bytes, or null as soon as they exceed `MAX_REQUEST_BODY`. */
export async function readRequestBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BODY) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
