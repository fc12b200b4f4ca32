/**
 * A real HTTP server on 127.0.0.1, port 0, for every test that needs feeds: static routes with ETag /
 * Last-Modified and 304s, fixture files, handler routes (see hostile-feeds.ts), and a log of every request
 * with its headers. close() destroys open sockets, so a trickling or silent route never hangs a test run.
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";

export interface LoggedRequest {
  method: string;
  /** Path with query, as requested. */
  path: string;
  headers: IncomingHttpHeaders;
}

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface StaticRoute {
  body?: string | Buffer;
  contentType?: string;
  etag?: string;
  /** An HTTP-date, e.g. "Wed, 25 Nov 2026 06:00:00 GMT". */
  lastModified?: string;
  status?: number;
  headers?: Record<string, string>;
  /** Shorthand for encoding: "gzip". */
  gzip?: boolean;
  encoding?: "gzip" | "deflate" | "br";
}

export type Route = RouteHandler | StaticRoute;

export interface FeedServer {
  /** "http://127.0.0.1:PORT". */
  origin: string;
  port: number;
  url(path: string): string;
  requests: LoggedRequest[];
  /** Requests whose path (query ignored) is `path`. */
  requestsTo(path: string): LoggedRequest[];
  /** Sets (or replaces) a route; returns its URL. */
  setRoute(path: string, route: Route): string;
  /** Serves a file with an ETag from its content and a Last-Modified from its mtime; returns its URL. */
  serveFile(path: string, filePath: string, contentType?: string): string;
  close(): Promise<void>;
}

/** Starts a feed server on 127.0.0.1 (or `host`), port 0. */
export async function startFeedServer(
  routes: Record<string, Route> = {},
  options: { host?: string } = {},
): Promise<FeedServer> {
  const table = new Map<string, Route>(Object.entries(routes));
  const requests: LoggedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const path = req.url ?? "/";
    requests.push({ method: req.method ?? "GET", path, headers: req.headers });
    const route = table.get(path) ?? table.get(pathOf(path));
    if (route === undefined) {
      res.writeHead(404, { "content-type": "text/plain" }).end(`no route for ${path}`);
      return;
    }
    if (typeof route === "function") {
      Promise.resolve(route(req, res)).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
        res.end(`route failed: ${String(error)}`);
      });
      return;
    }
    serveStatic(req, res, route);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${host}:${port}`;
  const url = (path: string): string => `${origin}${path.startsWith("/") ? path : `/${path}`}`;
  return {
    origin,
    port,
    url,
    requests,
    requestsTo: (path) => requests.filter((request) => pathOf(request.path) === path),
    setRoute: (path, route) => {
      table.set(path, route);
      return url(path);
    },
    serveFile: (path, filePath, contentType = "application/xml") => {
      const body = readFileSync(filePath);
      table.set(path, {
        body,
        contentType,
        etag: `"${createHash("sha1").update(body).digest("hex").slice(0, 16)}"`,
        lastModified: statSync(filePath).mtime.toUTCString(),
      });
      return url(path);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      }),
  };
}

function pathOf(path: string): string {
  const query = path.indexOf("?");
  return query === -1 ? path : path.slice(0, query);
}

function serveStatic(req: IncomingMessage, res: ServerResponse, route: StaticRoute): void {
  const validators: Record<string, string> = {};
  if (route.etag) validators["etag"] = route.etag;
  if (route.lastModified) validators["last-modified"] = route.lastModified;
  if (isNotModified(req, route)) {
    res.writeHead(304, validators).end();
    return;
  }
  const raw = typeof route.body === "string" ? Buffer.from(route.body) : (route.body ?? Buffer.alloc(0));
  const encoding = route.encoding ?? (route.gzip ? "gzip" : undefined);
  const body =
    encoding === "gzip"
      ? gzipSync(raw)
      : encoding === "deflate"
        ? deflateSync(raw)
        : encoding === "br"
          ? brotliCompressSync(raw)
          : raw;
  res.writeHead(route.status ?? 200, {
    "content-type": route.contentType ?? "application/xml",
    "content-length": String(body.length),
    ...(encoding ? { "content-encoding": encoding } : {}),
    ...validators,
    ...route.headers,
  });
  res.end(body);
}

/** RFC 9110 §13.1: If-None-Match wins over If-Modified-Since when both are sent. */
function isNotModified(req: IncomingMessage, route: StaticRoute): boolean {
  const ifNoneMatch = req.headers["if-none-match"];
  if (ifNoneMatch !== undefined) {
    if (!route.etag) return false;
    const tags = ifNoneMatch.split(",").map((tag) => tag.trim().replace(/^W\//, ""));
    return tags.includes("*") || tags.includes(route.etag.replace(/^W\//, ""));
  }
  const ifModifiedSince = req.headers["if-modified-since"];
  if (ifModifiedSince === undefined || !route.lastModified) return false;
  const since = Date.parse(ifModifiedSince);
  const modified = Date.parse(route.lastModified);
  return !Number.isNaN(since) && !Number.isNaN(modified) && modified <= since;
}
