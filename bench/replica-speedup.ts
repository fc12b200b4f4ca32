/**
 * replica_speedup and replica_speedup_6: `feeds` loopback feeds (5 items each) answering after 200 ms; the wall
 * time of one compiled `tracewire poll` against a fresh Postgres database with an alert subscription, over that
 * of three (and six) started together on another. Each run also counts what replicas must never do: a feed
 * fetched twice (requests per path at the feed host), a story delivered twice (messages per story at a
 * stand-in Slack webhook, against the outbox's sent rows), a relevant story neither sent nor queued, and the
 * Postgres statements per polled feed and per delivery (`tracewire poll --json`'s store_statements), which must
 * not grow with the number of replicas.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { type FakeSlack, startFakeSlack } from "../tests/support/fake-slack.js";
import { loadHeadlines } from "../tests/support/labelled-headlines.js";
import { startTestPostgres, type TestPostgres } from "../tests/support/temp-db.js";
import { makeBenchFeeds } from "./bench-feeds.js";
import { type FeedHost, forkFeedHost } from "./fork-feed-host.js";
import { atMost, type Figure, type Figures, ratioFigure, wallMs } from "./measure.js";
import { ensureBuilt, spawnTracewire } from "./spawn-tracewire.js";

const PUBLIC_URL = "http://tracewire.bench";

/** What one run of `replicas` poll processes did. */
export interface ReplicaRun {
  replicas: number;
  wallMs: number;
  /** Feeds fetched (not skipped) over all replicas, and feeds fetched more than once at the host. */
  polled: number;
  feedsPolledTwice: number;
  /** Outbox rows sent, stories with a row (sent or queued), relevant stories with none. */
  sent: number;
  storiesQueuedOrSent: number;
  missing: number;
  /** Messages naming a story beyond the outbox rows sent for it. */
  repeated: number;
  pollStatements: number;
  deliverStatements: number;
}

interface PollJson {
  feeds: { result: string }[];
  delivery: { sent: number };
  store_statements?: { poll: number; deliver: number };
}

/** BENCH_CPU_PROF_DIR: one CPU profile per replica process, in DIR/<replicas>. */
function profileArgs(replicas: number): string[] {
  const dir = process.env["BENCH_CPU_PROF_DIR"];
  return dir ? ["--cpu-prof", "--cpu-prof-dir", join(dir, String(replicas))] : [];
}

/** Runs `replicas` `tracewire poll --json` together on a fresh database subscribed to `slack`. */
async function runReplicas(
  pg: TestPostgres,
  replicas: number,
  feedsFile: string,
  host: FeedHost,
  slack: FakeSlack,
): Promise<ReplicaRun> {
  const url = await pg.createDatabase();
  const env = {
    FEEDS_FILE: feedsFile,
    DATABASE_URL: url,
    TRACEWIRE_ALLOW_PRIVATE_HOSTS: "1",
    TRACEWIRE_PUBLIC_URL: PUBLIC_URL,
    TZ: "UTC",
  };
  try {
    const subscribe = await spawnTracewire(
      [
        "subscribe",
        `slack-webhook:${slack.webhookUrl(`CBENCH${replicas}0000`)}`,
        "--mode",
        "alert",
        "--scope",
        "all",
      ],
      env,
    ).done;
    if (subscribe.code !== 0)
      throw new Error(`tracewire subscribe exited ${subscribe.code}: ${subscribe.stderr}`);
    await host.reset();
    const firstMessage = slack.messages.length;
    const t0 = wallMs();
    const runs = Array.from({ length: replicas }, () =>
      spawnTracewire(["poll", "--json"], env, profileArgs(replicas), { captureStdout: true }),
    );
    const results = await Promise.all(runs.map((run) => run.done));
    const elapsed = wallMs() - t0;
    const failed = results.find((r) => r.code !== 0);
    if (failed) throw new Error(`tracewire poll exited ${failed.code}: ${failed.stderr.slice(0, 500)}`);
    const outputs = results.map((r) => JSON.parse(r.stdout) as PollJson);
    const stats = await host.stats();
    return {
      replicas,
      wallMs: elapsed,
      polled: outputs.reduce((n, o) => n + o.feeds.filter((f) => f.result !== "skipped").length, 0),
      feedsPolledTwice: Object.values(stats.byPath).filter((n) => n > 1).length,
      ...(await countDeliveries(url, slack, firstMessage)),
      pollStatements: outputs.reduce((n, o) => n + (o.store_statements?.poll ?? Number.NaN), 0),
      deliverStatements: outputs.reduce((n, o) => n + (o.store_statements?.deliver ?? Number.NaN), 0),
    };
  } finally {
    await pg.dropDatabase(url);
  }
}

/** The stand-in's messages per story against the outbox: repeats, and relevant stories neither sent nor queued. */
async function countDeliveries(
  url: string,
  slack: FakeSlack,
  firstMessage: number,
): Promise<Pick<ReplicaRun, "sent" | "storiesQueuedOrSent" | "missing" | "repeated">> {
  const mentions = new Map<string, number>();
  for (const message of slack.messages.slice(firstMessage)) {
    const text = JSON.stringify(message.body);
    const stories = new Set(
      [...text.matchAll(/\/stories\/([A-Za-z0-9%._~-]+)/g)].map((m) => decodeURIComponent(m[1]!)),
    );
    for (const story of stories) mentions.set(story, (mentions.get(story) ?? 0) + 1);
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = (await client.query("SELECT story_id, state FROM outbox")).rows as {
      story_id: string;
      state: string;
    }[];
    const sentPerStory = new Map<string, number>();
    for (const row of rows.filter((r) => r.state === "sent")) {
      sentPerStory.set(row.story_id, (sentPerStory.get(row.story_id) ?? 0) + 1);
    }
    let repeated = 0;
    for (const [story, n] of mentions) repeated += Math.max(0, n - (sentPerStory.get(story) ?? 0));
    const { rows: missing } = await client.query(
      `SELECT count(DISTINCT i.story_id)::int AS n FROM items i
       WHERE i.relevant AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.story_id = i.story_id)`,
    );
    return {
      sent: rows.filter((r) => r.state === "sent").length,
      storiesQueuedOrSent: new Set(rows.map((r) => r.story_id)).size,
      missing: Number(missing[0]?.n ?? 0),
      repeated,
    };
  } finally {
    await client.end();
  }
}

/** A speed-up: the single replica's wall time over this run's, with the single replica's time as reference. */
function speedup(one: ReplicaRun, many: ReplicaRun, min: number): Figure {
  const value = one.wallMs / many.wallMs;
  return { value, unit: "×", reference: one.wallMs, ratio: value, target: `≥ ${min}`, pass: value >= min };
}

const perPoll = (run: ReplicaRun) => run.pollStatements / run.polled;
const perDelivery = (run: ReplicaRun) => run.deliverStatements / Math.max(1, run.sent);

/** Polls `feeds` feeds with 1, 3 and 6 replicas; returns the speed-ups, the repeats and the statement counts. */
export async function benchReplicaSpeedup(
  pg: TestPostgres,
  options: { feeds: number; onRun?: (run: ReplicaRun) => void },
): Promise<Figures> {
  ensureBuilt(false);
  const now = new Date();
  const built = makeBenchFeeds(loadHeadlines(), options.feeds, 5, now, "rep");
  const host = await forkFeedHost({ count: options.feeds, itemsPerFeed: 5, now, latencyMs: 200, tag: "rep" });
  const slack = await startFakeSlack();
  const dir = mkdtempSync(join(tmpdir(), "tracewire-bench-replica-"));
  try {
    const feedsFile = join(dir, "feeds.json");
    const feeds = built.map((f) => ({ ...f.feed, url: `${host.origin}${f.path}` }));
    writeFileSync(feedsFile, JSON.stringify({ feeds }));
    const runs: ReplicaRun[] = [];
    for (const replicas of [1, 3, 6]) {
      const run = await runReplicas(pg, replicas, feedsFile, host, slack);
      options.onRun?.(run);
      runs.push(run);
    }
    const [one, three, six] = runs as [ReplicaRun, ReplicaRun, ReplicaRun];
    for (const run of runs) {
      if (run.missing > 0 || run.polled !== options.feeds) {
        throw new Error(
          `replica bench: with ${run.replicas} replicas ${run.polled} of ${options.feeds} feeds were polled and ` +
            `${run.missing} relevant stories were neither sent nor queued; every feed must be polled once and ` +
            "every relevant story queued (see src/pipeline/poll-feeds.ts pollClaimed)",
        );
      }
    }
    const twice = runs.reduce((n, run) => n + run.feedsPolledTwice, 0);
    const repeated = runs.reduce((n, run) => n + run.repeated, 0);
    return {
      replica_speedup: speedup(one, three, 2.8),
      replica_speedup_6: speedup(one, six, 5),
      replica_repeated_deliveries: atMost(repeated, "deliveries", 0, six.sent),
      replica_feeds_polled_twice: atMost(twice, "feeds", 0, six.polled),
      pg_statements_per_poll: ratioFigure(perPoll(six), perPoll(one), "statements", { max: 1.2 }),
      pg_statements_per_delivery: ratioFigure(perDelivery(six), perDelivery(one), "statements", { max: 1.2 }),
    };
  } finally {
    await host.stop();
    await slack.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const feeds = Number(process.argv[2] ?? 2_000);
  const pgServer = await startTestPostgres();
  try {
    const figures = await benchReplicaSpeedup(pgServer, {
      feeds,
      onRun: (run) =>
        console.log(
          `${run.replicas} replica(s): ${(run.wallMs / 1000).toFixed(2)} s, ${run.polled} feeds polled ` +
            `(${run.feedsPolledTwice} twice), ${run.sent} sent / ${run.storiesQueuedOrSent} stories queued or sent ` +
            `(${run.missing} missing, ${run.repeated} repeated); statements ${perPoll(run).toFixed(2)} per poll, ` +
            `${perDelivery(run).toFixed(2)} per delivery (${run.pollStatements} + ${run.deliverStatements})`,
        ),
    });
    for (const [name, f] of Object.entries(figures)) {
      console.log(
        `${name} ${f.value.toFixed(2)} ${f.unit} (reference ${f.reference?.toFixed(2)}, ratio ${f.ratio?.toFixed(2)}, target ${f.target}) ${f.pass ? "pass" : "FAIL"}`,
      );
    }
  } finally {
    await pgServer.stop();
  }
}
