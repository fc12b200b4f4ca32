/**
 * Who may read the archive. By default only this machine (a loopback peer with no proxy header: a reverse
 * proxy on the same host forwards strangers). TRACEWIRE_WEB_TOKEN opens it to others who give the token, as
 * `Authorization: Bearer …` or through the login form's cookie. The cookie carries a keyed digest of the
 * token, never the token, and every comparison runs in constant time.
 */
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";

export const SESSION_COOKIE = "tracewire_session";

/** Whether a socket address is this machine (127.0.0.0/8, ::1, or either mapped into IPv6). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.startsWith("::ffff:") ? address.slice(7) : address;
  return plain === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(plain);
}

/** Whether the request comes straight from this machine (not through a proxy). */
export function fromLoopback(req: IncomingMessage): boolean {
  if (req.headers["x-forwarded-for"] !== undefined || req.headers["forwarded"] !== undefined) return false;
  return isLoopbackAddress(req.socket.remoteAddress);
}

/** The cookie value for a token: an HMAC, so the cookie never holds the token itself. */
export function sessionValue(token: string): string {
  return createHmac("sha256", token).update("tracewire web session v1").digest("base64url");
}

/** Compares two strings in constant time (their SHA-256 digests, so lengths leak nothing either). */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

function cookie(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return null;
}

/** Whether the request may read the archive under `token` (null: loopback only). */
export function mayRead(req: IncomingMessage, token: string | null): boolean {
  if (fromLoopback(req)) return true;
  if (token === null) return false;
  const auth = req.headers.authorization ?? "";
  if (auth.startsWith("Bearer ") && sameSecret(auth.slice(7).trim(), token)) return true;
  const session = cookie(req, SESSION_COOKIE);
  return session !== null && sameSecret(session, sessionValue(token));
}

/** The Set-Cookie header after a good login: HttpOnly, SameSite=Strict, Secure when served over https. */
export function sessionCookie(token: string, secure: boolean): string {
  return `${SESSION_COOKIE}=${sessionValue(token)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=2592000${secure ? "; Secure" : ""}`;
}

/** Reads a small form body (the login form); null when larger than `cap` bytes. */
export async function readSmallBody(req: IncomingMessage, cap = 4096): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > cap) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}
