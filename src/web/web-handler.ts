/**
 * The web archive (issue 18), mounted on the worker's HTTP server: `/`, `/stories/ID`, `/entities/ID`,
 * `/trends`, `/feeds`, `/feed.xml`, `/login`, `/assets/…` and JSON under `/api/…`. Thin over commands/: each
 * route reads its filters, calls one command function and renders. Takes narrow parts of the store, the feeds,
 * the watched names, a clock and the access settings; never the environment. Answers false for any other path,
 * so /healthz, /metrics and the platforms' URLs keep their own handlers.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { loginPage } from "./login-page.js";
import { mayRead, readSmallBody, sameSecret, sessionCookie } from "./web-access.js";
import { WEB_ASSETS } from "./web-assets.js";
import type { WebDeps } from "./web-deps.js";
import { matchRoute, send } from "./web-router.js";
import { webRoutes } from "./web-routes.js";

/** A request listener that answers the archive's paths and returns false for every other one. */
export function createWebHandler(
  deps: WebDeps,
): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  const routes = webRoutes(deps);
  return async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const method = (req.method ?? "GET").toUpperCase();
    const asset = WEB_ASSETS.get(url.pathname);
    if (asset && (method === "GET" || method === "HEAD")) {
      send(res, 200, asset.contentType, asset.body, { "cache-control": "public, max-age=3600" });
      return true;
    }
    if (url.pathname === "/login") return login(deps, req, res, method, url);
    const matched = matchRoute(routes, method, url.pathname);
    if (!matched) return false;
    if (!mayRead(req, deps.token)) {
      refuse(deps, req, res, url);
      return true;
    }
    await matched.route.handle({ req, res, url, params: matched.params });
    return true;
  };
}

/** A reader who may not read: JSON 401/403 for the API, the login form (or a 403 page) otherwise. */
function refuse(deps: WebDeps, req: IncomingMessage, res: ServerResponse, url: URL): void {
  const api = url.pathname.startsWith("/api/") || url.pathname === "/feed.xml";
  if (deps.token === null) {
    const message =
      "the archive answers only on this machine; set TRACEWIRE_WEB_TOKEN to open it to others who know the token";
    if (api) send(res, 403, "application/json; charset=utf-8", JSON.stringify({ error: message }));
    else send(res, 403, "text/plain; charset=utf-8", `${message}\n`);
    return;
  }
  if (api || req.headers.authorization) {
    send(
      res,
      401,
      "application/json; charset=utf-8",
      JSON.stringify({ error: "sign in with the archive's token" }),
      {
        "www-authenticate": 'Bearer realm="tracewire"',
      },
    );
    return;
  }
  const next = `${url.pathname}${url.search}`;
  send(res, 303, "text/plain; charset=utf-8", "", { location: `/login?next=${encodeURIComponent(next)}` });
}

async function login(
  deps: WebDeps,
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  url: URL,
): Promise<boolean> {
  const next = safeNext(url.searchParams.get("next"));
  if (method === "GET" || method === "HEAD") {
    send(res, 200, "text/html; charset=utf-8", loginPage(false, next).value);
    return true;
  }
  if (method !== "POST") return false;
  const body = await readSmallBody(req);
  const form = new URLSearchParams(body ?? "");
  const token = deps.token;
  if (token === null || body === null || !sameSecret(form.get("token") ?? "", token)) {
    send(res, 401, "text/html; charset=utf-8", loginPage(true, safeNext(form.get("next"))).value);
    return true;
  }
  const secure = deps.publicUrl?.startsWith("https:") ?? false;
  send(res, 303, "text/plain; charset=utf-8", "", {
    location: safeNext(form.get("next")),
    "set-cookie": sessionCookie(token, secure),
  });
  return true;
}

/** Only a path on this site (never `//host` or a scheme) may follow a login. */
function safeNext(next: string | null): string {
  return next && /^\/(?![/\\])/.test(next) ? next : "/";
}
