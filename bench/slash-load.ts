/**
 * slash_load_*: open-loop load of signed Slack slash commands against the compiled `tracewire run` (issue 15.6).
 * The worker polls loopback feeds every 2 s (one feed changes every half second, so polls parse and store new
 * items), over an archive already filled, on SQLite or Postgres. Requests are sent on a fixed schedule, whether
 * or not earlier ones were answered, and each latency is counted from the request's scheduled time, so a
 * stalled worker cannot hide behind a slowed sender. Each request is signed as Slack signs it and is distinct
 * (its own response_url, on a loopback stand-in that counts the replies deferred past the worker's 2 s), so the
 * replay guard refuses none. Reference of the same run: the same commands at 1 req/s before the load. Also
 * reported: /healthz latency during the load. Everything on 127.0.0.1; bounded by rate × seconds.
 * Alone: npx tsx bench/slash-load.ts [--quick] [--store sqlite|postgres] [--cpu-prof DIR]
 */

import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { Agent, createServer, request as httpRequest, type Server } from "node:http";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { openStore } from "../src/store/open-store.js";
import { loadHeadlines } from "../tests/support/labelled-headlines.js";
import { type SignedRequest, signSlackRequest, slashCommandBody } from "../tests/support/slack-signing.js";
import { startTestPostgres } from "../tests/support/temp-db.js";
import { makeBenchFeeds } from "./bench-feeds.js";
import { fillArchive } from "./fill-archive.js";
import { forkFeedHost } from "./fork-feed-host.js";
import { atLeast, atMost, type Figures, formatTable, percentile } from "./measure.js";
import { ensureBuilt, freePort, spawnTracewire, waitForOk } from "./spawn-tracewire.js";

/** The commands sent, in turn: a full-text search, a country's latest stories, the channel's status. */
export const LOAD_COMMANDS = ["search scam", "latest KH", "status"] as const;
/** Slack's deadline for the first answer to a slash command (api.slack.com/interactivity/slash-commands). */
export const SLACK_DEADLINE_MS = 3_000;
const SECRET = "bench-slash-load-signing-secret";
/** A request unanswered after this long counts as an error (a timeout). */
const REQUEST_TIMEOUT_MS = 15_000;

/**
 * The `index`-th request of a run: one of LOAD_COMMANDS, signed at `now` with `secret`, distinct from every
 * other request of the run by its response_url (`responseBase/run/index`), so a replay guard accepts each once.
 */
export function buildSlashRequest(
  secret: string,
  responseBase: string,
  run: string,
  index: number,
  now: Date = new Date(),
): SignedRequest & { text: string } {
  const text = LOAD_COMMANDS[index % LOAD_COMMANDS.length]!;
  const body = slashCommandBody({ text, response_url: `${responseBase}/${run}/${index}` });
  return { ...signSlackRequest(secret, body, now), text };
}

interface Sample {
  status: number;
  /** From the scheduled send time to the end of the answer. */
  latencyMs: number;
  /** The worker acknowledged with "Working on…" and will post the answer to response_url. */
  deferred: boolean;
}

/** Sends `rate` requests a second for `seconds` on a fixed schedule; resolves when every one has ended. */
export async function sendOpenLoop(
  rate: number,
  seconds: number,
  send: (index: number, scheduledAt: number) => Promise<Sample>,
): Promise<Sample[]> {
  const total = Math.round(rate * seconds);
  const start = performance.now() + 20;
  const pending: Promise<Sample>[] = [];
  for (let i = 0; i < total; i++) {
    const at = start + (i * 1000) / rate;
    const wait = at - performance.now();
    if (wait >= 1) await new Promise((r) => setTimeout(r, wait));
    pending.push(send(i, at));
  }
  return Promise.all(pending);
}

/** One HTTP request on a keep-alive agent; status 0 for a transport failure or a timeout. */
function post(
  agent: Agent,
  url: URL,
  method: "GET" | "POST",
  signed: SignedRequest | null,
  scheduledAt: number,
): Promise<Sample> {
  return new Promise((resolveSample) => {
    const done = (status: number, body: string) =>
      resolveSample({
        status,
        latencyMs: performance.now() - scheduledAt,
        deferred: body.includes("Working on"),
      });
    const req = httpRequest(url, {
      method,
      agent,
      timeout: REQUEST_TIMEOUT_MS,
      headers: signed ? { ...signed.headers, "content-length": Buffer.byteLength(signed.body) } : {},
    });
    req.on("response", (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        body += chunk;
      });
      res.on("end", () => done(res.statusCode ?? 0, body));
      res.on("error", () => done(0, ""));
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", () => done(0, ""));
    req.end(signed?.body);
  });
}

/** The loopback stand-in for Slack's response_url: counts the deferred replies posted to it. */
async function startResponseSink(): Promise<{ server: Server; base: string; received(): number }> {
  let received = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      received += 1;
      res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { server, base: `http://127.0.0.1:${port}/commands`, received: () => received };
}

/** The numbers of one phase, as printed. */
export interface LoadSummary {
  sent: number;
  answered: number;
  errors: number;
  /** Non-200 answers by status ("0" for a timeout or a dropped connection), e.g. "404×3, 0×1". */
  errorStatuses: string;
  deferred: number;
  withinDeadline: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

function summarise(samples: Sample[]): LoadSummary {
  const answered = samples.filter((s) => s.status === 200);
  const latencies = answered.map((s) => s.latencyMs);
  return {
    sent: samples.length,
    answered: answered.length,
    errors: samples.length - answered.length,
    errorStatuses: countStatuses(samples.filter((s) => s.status !== 200)),
    deferred: answered.filter((s) => s.deferred).length,
    withinDeadline: answered.filter((s) => s.latencyMs <= SLACK_DEADLINE_MS).length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.length ? Math.max(...latencies) : Number.NaN,
  };
}

/** User + system CPU seconds a process has used (Linux /proc; 0 elsewhere). */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return 0;
  }
}

function countStatuses(samples: Sample[]): string {
  const counts = new Map<number, number>();
  for (const s of samples) counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
  return [...counts].map(([status, n]) => `${status === 0 ? "no answer" : status}×${n}`).join(", ");
}

const ms = (n: number): string => (Number.isNaN(n) ? "–" : `${Math.round(n)} ms`);

export interface SlashLoadOptions {
  /** "sqlite" (a temp file) or a Postgres database URL (created empty by the caller). */
  store: "sqlite" | { postgresUrl: string };
  rate: number;
  seconds: number;
  /** Seconds of the 1 req/s reference. */
  referenceSeconds: number;
  /** Items in the archive before the worker starts. */
  archive: number;
  feeds: number;
  /** Write a V8 CPU profile of the worker to this folder (node --cpu-prof). */
  cpuProfDir?: string | undefined;
}

/** Runs the reference and the load against one worker; figures named slash_load_* (+ `_postgres`). */
export async function benchSlashLoad(options: SlashLoadOptions): Promise<Figures> {
  const label = options.store === "sqlite" ? "SQLite" : "Postgres";
  const suffix = options.store === "sqlite" ? "" : "_postgres";
  const dir = mkdtempSync(join(tmpdir(), "tracewire-bench-slash-"));
  const databaseUrl =
    options.store === "sqlite" ? `sqlite:${join(dir, "tracewire.db")}` : options.store.postgresUrl;
  const archive = await openStore(databaseUrl);
  try {
    await fillArchive(archive, options.archive);
  } finally {
    await archive.close();
  }
  const now = new Date();
  const built = makeBenchFeeds(loadHeadlines(), options.feeds, 20, now, "slash");
  const host = await forkFeedHost({ count: options.feeds, itemsPerFeed: 20, now, tag: "slash" });
  const sink = await startResponseSink();
  const agent = new Agent({ keepAlive: true, maxSockets: 1024 });
  let cli: ReturnType<typeof spawnTracewire> | undefined;
  let churn: NodeJS.Timeout | undefined;
  try {
    const feeds = built.map((f) => ({ ...f.feed, url: `${host.origin}${f.path}` }));
    writeFileSync(join(dir, "feeds.json"), JSON.stringify({ feeds }));
    const port = await freePort();
    cli = spawnTracewire(
      ["run"],
      {
        FEEDS_FILE: join(dir, "feeds.json"),
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        SLACK_SIGNING_SECRET: SECRET,
        TRACEWIRE_ALLOW_PRIVATE_HOSTS: "1",
        TRACEWIRE_POLL_INTERVAL_SECONDS: "2",
        TZ: "UTC",
      },
      options.cpuProfDir ? ["--cpu-prof", `--cpu-prof-dir=${options.cpuProfDir}`] : [],
    );
    const origin = `http://127.0.0.1:${port}`;
    await waitForOk(`${origin}/healthz`, 30_000);
    const deadline = Date.now() + 30_000;
    while ((await host.stats()).ok < options.feeds && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    if ((await host.stats()).ok < options.feeds)
      throw new Error("the worker did not poll every feed in 30 s");
    let change = 0;
    churn = setInterval(() => {
      change += 1;
      void host.prepend(change % options.feeds, `c${change}`, change).catch(() => {});
    }, 500);

    const slash = new URL(`${origin}/slack/events`);
    const sendCommand = (run: string) => (index: number, at: number) =>
      post(agent, slash, "POST", buildSlashRequest(SECRET, sink.base, run, index), at);
    const reference = summarise(await sendOpenLoop(1, options.referenceSeconds, sendCommand("ref")));
    const health = sendOpenLoop(10, options.seconds, (_, at) =>
      post(agent, new URL(`${origin}/healthz`), "GET", null, at),
    );
    const polledBefore = (await host.stats()).requests;
    const cpuBefore = cpuSeconds(cli.child.pid);
    const loadStart = performance.now();
    const load = summarise(await sendOpenLoop(options.rate, options.seconds, sendCommand("load")));
    const workerCpu = (cpuSeconds(cli.child.pid) - cpuBefore) / ((performance.now() - loadStart) / 1000);
    const polls = (await host.stats()).requests - polledBefore;
    const healthz = summarise(await health);
    clearInterval(churn);
    // Deferred answers are posted to response_url after the work ends; give them a moment to arrive.
    const expectedLate = reference.deferred + load.deferred;
    const lateBy = Date.now() + 10_000;
    while (sink.received() < expectedLate && Date.now() < lateBy) await new Promise((r) => setTimeout(r, 50));

    process.stderr.write(
      `\n  slash load (${label}, ${options.rate}/s for ${options.seconds} s, worker polling: ${polls} feed requests, ` +
        `archive ${options.archive.toLocaleString("en")} items; worker CPU ${Math.round(100 * workerCpu)}% of a core, ` +
        `machine load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores): sent ${load.sent}, answered ${load.answered}, ` +
        `errors ${load.errors}${load.errors ? ` (${load.errorStatuses})` : ""}, deferred to response_url ${load.deferred} ` +
        `(${sink.received()} of ${expectedLate} posted), within 3 s ${load.withinDeadline}; ` +
        `p50 ${ms(load.p50)}, p95 ${ms(load.p95)}, p99 ${ms(load.p99)}, max ${ms(load.max)}\n` +
        `  reference, same commands at 1/s: p50 ${ms(reference.p50)}, p99 ${ms(reference.p99)}, ` +
        `errors ${reference.errors}; /healthz during the load: p50 ${ms(healthz.p50)}, p99 ${ms(healthz.p99)}, ` +
        `errors ${healthz.errors}\n`,
    );
    return {
      [`slash_load_p99_ms${suffix}`]: atMost(load.p99, "ms", SLACK_DEADLINE_MS, reference.p99),
      [`slash_load_within_3s${suffix}`]: atLeast((100 * load.withinDeadline) / load.sent, "%", 100),
      [`slash_load_errors${suffix}`]: atMost(load.errors, "", 0),
    };
  } finally {
    if (churn) clearInterval(churn);
    if (cli) {
      cli.child.kill("SIGTERM");
      const ended = await cli.done;
      if (ended.code !== 0 && ended.stderr)
        process.stderr.write(`  worker stderr:\n${ended.stderr.slice(-2000)}\n`);
    }
    agent.destroy();
    sink.server.close();
    await host.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The run's sizes: full is 200 req/s for 10 s; quick is the same rate for 3 s over a smaller archive. */
export function slashLoadSizes(quick: boolean) {
  return quick
    ? { rate: 200, seconds: 3, referenceSeconds: 3, archive: 2_000, feeds: 10 }
    : { rate: 200, seconds: 10, referenceSeconds: 10, archive: 20_000, feeds: 20 };
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? "")).href) {
  const args = process.argv.slice(2);
  const quick = args.includes("--quick");
  const storeArg = args[args.indexOf("--store") + 1];
  const stores = args.includes("--store") ? [storeArg] : ["sqlite", "postgres"];
  const cpuProfDir = args.includes("--cpu-prof") ? resolve(args[args.indexOf("--cpu-prof") + 1]!) : undefined;
  ensureBuilt(false);
  const figures: Figures = {};
  const sizes = { ...slashLoadSizes(quick), cpuProfDir };
  if (stores.includes("sqlite")) Object.assign(figures, await benchSlashLoad({ ...sizes, store: "sqlite" }));
  if (stores.includes("postgres")) {
    const pg = await startTestPostgres();
    const url = await pg.createDatabase();
    try {
      Object.assign(figures, await benchSlashLoad({ ...sizes, store: { postgresUrl: url } }));
    } finally {
      await pg.dropDatabase(url);
      await pg.stop();
    }
  }
  console.log(formatTable(figures));
}
