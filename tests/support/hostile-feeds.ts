/**
 * Routes that behave like hostile feed servers (issue 8): trickle, never answer, redirect loop, 240 MB body,
 * gzip bomb, billion laughs, random bytes, an HTML page, a 500 and a 429 with Retry-After: 3600. Large bodies
 * are generated while streaming and never held in memory; every route stops when the client goes away or the
 * feed server closes (it destroys open sockets).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { createGzip } from "node:zlib";
import type { FeedServer, RouteHandler } from "./feed-server.js";

const MB = 1024 * 1024;

/** Where addHostileRoutes puts each behaviour. */
export const HOSTILE_PATHS = {
  trickle: "/hostile/trickle.xml",
  silent: "/hostile/silent.xml",
  redirectLoop: "/hostile/redirect-loop.xml",
  hugeBody: "/hostile/huge.xml",
  gzipBomb: "/hostile/gzip-bomb.xml",
  billionLaughs: "/hostile/billion-laughs.xml",
  randomBytes: "/hostile/random.xml",
  htmlPage: "/hostile/page.html",
  serverError: "/hostile/500.xml",
  rateLimited: "/hostile/429.xml",
} as const;

export type HostileName = keyof typeof HOSTILE_PATHS;

/** Adds every hostile route to the server; returns the URL of each. */
export async function addHostileRoutes(server: FeedServer): Promise<Record<HostileName, string>> {
  const routes: Record<HostileName, RouteHandler> = {
    trickle: trickleRoute(),
    silent: silentRoute(),
    redirectLoop: redirectLoopRoute(HOSTILE_PATHS.redirectLoop),
    hugeBody: hugeBodyRoute(),
    gzipBomb: gzipBombRoute(await buildGzipBomb()),
    billionLaughs: textRoute(200, "application/xml", BILLION_LAUGHS),
    randomBytes: randomBytesRoute(),
    htmlPage: textRoute(200, "text/html; charset=utf-8", HTML_PAGE),
    serverError: textRoute(500, "text/plain", "upstream exploded\n"),
    rateLimited: textRoute(429, "text/plain", "slow down\n", { "retry-after": "3600" }),
  };
  const urls = {} as Record<HostileName, string>;
  for (const name of Object.keys(routes) as HostileName[]) {
    urls[name] = server.setRoute(HOSTILE_PATHS[name], routes[name]);
  }
  return urls;
}

/** A 200 whose body arrives one byte per interval (default 1 s) for up to `durationMs` (default 5 min). */
export function trickleRoute(
  options: {
    intervalMs?: number;
    durationMs?: number;
    /** Called once the trickle stops (client gone, server closed or duration over), with bytes sent. */
    onStop?: (bytesSent: number) => void;
  } = {},
): RouteHandler {
  const { intervalMs = 1000, durationMs = 300_000, onStop } = options;
  const text = Buffer.from('<?xml version="1.0"?><rss version="2.0"><channel><title>slow</title>');
  return (_req, res) => {
    res.writeHead(200, { "content-type": "application/rss+xml" });
    res.flushHeaders();
    let sent = 0;
    const timer = setInterval(() => {
      if (sent * intervalMs >= durationMs) {
        stop();
        res.end();
        return;
      }
      res.write(text.subarray(sent % text.length, (sent % text.length) + 1));
      sent++;
    }, intervalMs);
    let stopped = false;
    const stop = (): void => {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      onStop?.(sent);
    };
    res.once("close", stop);
  };
}

/** Accepts the request and never answers; the socket stays open until the client or server closes it. */
export function silentRoute(): RouteHandler {
  return () => undefined;
}

/** Redirects to itself forever, counting hops in the query (`?hop=N`). */
export function redirectLoopRoute(path: string): RouteHandler {
  return (req, res) => {
    const hop = Number(new URL(req.url ?? "/", "http://x").searchParams.get("hop") ?? "0");
    res.writeHead(302, { location: `${path}?hop=${hop + 1}` }).end();
  };
}

/** A generated RSS-looking body of `bytes` (default 240 MB), streamed with backpressure, never held. */
export function hugeBodyRoute(options: { bytes?: number; declareLength?: boolean } = {}): RouteHandler {
  const { bytes = 240 * MB, declareLength = false } = options;
  const chunk = Buffer.from(
    "<item><title>filler</title><link>http://example.org/</link></item>\n".repeat(1000),
  );
  return (_req, res) => {
    res.writeHead(200, {
      "content-type": "application/rss+xml",
      ...(declareLength ? { "content-length": String(bytes) } : {}),
    });
    let sent = 0;
    let closed = false;
    res.once("close", () => {
      closed = true;
    });
    const pump = (): void => {
      while (!closed && sent < bytes) {
        const size = Math.min(chunk.length, bytes - sent);
        sent += size;
        if (!res.write(size === chunk.length ? chunk : chunk.subarray(0, size))) {
          res.once("drain", pump);
          return;
        }
      }
      if (!closed) res.end();
    };
    pump();
  };
}

const bombs = new Map<number, Promise<Buffer>>();

/** Gzip of `decodedBytes` zeros (default 400 MB, about 400 KB compressed), built once per size by streaming. */
export function buildGzipBomb(decodedBytes = 400 * MB): Promise<Buffer> {
  let bomb = bombs.get(decodedBytes);
  if (bomb === undefined) {
    bomb = new Promise<Buffer>((resolve, reject) => {
      const gzip = createGzip({ level: 9 });
      const parts: Buffer[] = [];
      gzip.on("data", (part: Buffer) => parts.push(part));
      gzip.on("end", () => resolve(Buffer.concat(parts)));
      gzip.on("error", reject);
      const zeros = Buffer.alloc(Math.min(MB, decodedBytes));
      let left = decodedBytes;
      const write = (): void => {
        while (left > 0) {
          const size = Math.min(zeros.length, left);
          left -= size;
          if (!gzip.write(size === zeros.length ? zeros : zeros.subarray(0, size))) {
            gzip.once("drain", write);
            return;
          }
        }
        gzip.end();
      };
      write();
    });
    bombs.set(decodedBytes, bomb);
  }
  return bomb;
}

/** Serves a prepared gzip bomb as an RSS feed with Content-Encoding: gzip. */
export function gzipBombRoute(bomb: Buffer): RouteHandler {
  return (_req, res) => {
    res.writeHead(200, {
      "content-type": "application/rss+xml",
      "content-encoding": "gzip",
      "content-length": String(bomb.length),
    });
    res.end(bomb);
  };
}

/** `bytes` (default 64 KB) of seeded pseudo-random noise, served as if it were RSS. */
export function randomBytesRoute(options: { bytes?: number; seed?: number } = {}): RouteHandler {
  const { bytes = 64 * 1024, seed = 0x2545f491 } = options;
  const body = Buffer.alloc(bytes);
  let state = seed >>> 0 || 1;
  for (let i = 0; i < bytes; i++) {
    // xorshift32: reproducible noise without crypto
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    body[i] = state & 0xff;
  }
  return textRoute(200, "application/rss+xml", body);
}

/** A fixed status, type and body (with optional extra headers). */
export function textRoute(
  status: number,
  contentType: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): RouteHandler {
  return (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(status, {
      "content-type": contentType,
      "content-length": String(Buffer.byteLength(body)),
      ...headers,
    });
    res.end(body);
  };
}

/** XML entity expansion: ten levels of ten, a billion "lol"s if a parser expands entities. */
export const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title><link>http://example.org/</link>
<item><title>&lol9;</title><link>http://example.org/1</link></item>
</channel></rss>
`;

/** An ordinary web page where a feed was expected (a moved feed, a login wall, a bot check). */
export const HTML_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Just a moment...</title></head>
<body><h1>Checking your browser before accessing the site.</h1>
<p>This process is automatic. Your browser will redirect to your requested content shortly.</p></body></html>
`;
