/**
 * Our own small router over node:http: a route is a method, a path pattern with named groups, and a handler.
 * It replaces no framework: the worker's server already parses requests, and the archive needs a dozen routes.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

export interface WebRequest {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** The path pattern's named groups, decoded. */
  params: Record<string, string>;
}

export interface Route {
  method: "GET" | "POST";
  pattern: RegExp;
  handle(request: WebRequest): Promise<void>;
}

/** The route for a method and path, with its decoded groups; HEAD is served by GET routes. */
export function matchRoute(
  routes: readonly Route[],
  method: string,
  path: string,
): { route: Route; params: Record<string, string> } | null {
  const wanted = method === "HEAD" ? "GET" : method;
  for (const route of routes) {
    if (route.method !== wanted) continue;
    const found = route.pattern.exec(path);
    if (!found) continue;
    const params: Record<string, string> = {};
    for (const [name, value] of Object.entries(found.groups ?? {})) {
      if (value === undefined) continue;
      try {
        params[name] = decodeURIComponent(value);
      } catch {
        return null;
      }
    }
    return { route, params };
  }
  return null;
}

/** Headers on every archive answer: no inline script or style, no framing, no sniffing, no referrer leaks. */
export const SECURITY_HEADERS = {
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
  "x-frame-options": "DENY",
} as const;

/** Sends a body with the security headers. */
export function send(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    "content-type": contentType,
    "cache-control": "no-store",
    ...extra,
  });
  res.end(res.req.method === "HEAD" ? undefined : body);
}
