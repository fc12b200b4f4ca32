/**
 * The image (issue 14.10), checked without docker: the Dockerfile and .dockerignore are read as docker reads
 * them, and the test asserts what an operator would notice — a file the image needs at run time that is never
 * copied or is kept out of the build context, a Node major other than the one the tests run on, dev
 * dependencies or a compiler in the image, `tracewire` missing from PATH, a rebuild that reinstalls every
 * dependency after a code change.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGED_SETS } from "../../src/cli/eval.js";

const REPO = resolve(import.meta.dirname, "../..");

interface Instruction {
  op: string;
  args: string;
}
interface Stage {
  from: string;
  name: string | undefined;
  steps: Instruction[];
}

/** The Dockerfile as stages of instructions (continuation lines joined, comments dropped). */
function readStages(): Stage[] {
  const text = readFileSync(join(REPO, "Dockerfile"), "utf8").replace(/\\\n/g, " ");
  const stages: Stage[] = [];
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    const [op = "", ...rest] = trimmed.split(/\s+/);
    const args = rest.join(" ");
    if (op.toUpperCase() === "FROM") {
      const [from = "", , name] = args.split(/\s+/);
      stages.push({ from, name, steps: [] });
    } else stages.at(-1)?.steps.push({ op: op.toUpperCase(), args });
  }
  return stages;
}

/** Docker's .dockerignore: patterns anchored at the root, a match on a parent directory counts, last rule wins. */
function readIgnore(): (path: string) => boolean {
  const rules = readFileSync(join(REPO, ".dockerignore"), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"))
    .map((l) => {
      const include = l.startsWith("!");
      const pattern = posix.normalize((include ? l.slice(1) : l).replace(/^\//, "")).replace(/\/$/, "");
      const source = pattern
        .split(/(\*\*\/?|\*|\?)/)
        .map((part) => {
          if (part === "**/" || part === "**") return "(?:.*/)?";
          if (part === "*") return "[^/]*";
          if (part === "?") return "[^/]";
          return part.replace(/[.+^${}()|[\]\\]/g, "\\$&");
        })
        .join("");
      return { include, regex: new RegExp(`^${source}$`) };
    });
  return (path: string) => {
    const parts = path.split("/");
    const prefixes = parts.map((_, i) => parts.slice(0, i + 1).join("/"));
    let ignored = false;
    for (const rule of rules) if (prefixes.some((p) => rule.regex.test(p))) ignored = !rule.include;
    return ignored;
  };
}

function filesUnder(path: string): string[] {
  const full = join(REPO, path);
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(REPO, join(d.parentPath, d.name)));
}

const stages = readStages();
const runtime = stages.at(-1)!;
const ignored = readIgnore();
const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { bin: Record<string, string> };

/** COPY sources taken from the build context (not --from another stage) in a stage. */
function contextCopies(stage: Stage): { sources: string[]; target: string }[] {
  return stage.steps
    .filter((s) => s.op === "COPY" && !s.args.startsWith("--from"))
    .map((s) => {
      const words = s.args.split(/\s+/);
      return { sources: words.slice(0, -1), target: words.at(-1)! };
    });
}

describe("Dockerfile", () => {
  it("runs the Node major the tests run on, in every stage", () => {
    const major = process.versions.node.split(".")[0];
    for (const stage of stages) expect(stage.from).toMatch(new RegExp(`^node:${major}[-.]`));
  });

  it("installs dependencies from the lock file before copying any source, in every stage that installs", () => {
    for (const stage of stages) {
      const install = stage.steps.findIndex((s) => s.op === "RUN" && /\bnpm ci\b/.test(s.args));
      if (install < 0) continue;
      const copies = stage.steps.map((s, i) => ({ s, i })).filter(({ s }) => s.op === "COPY");
      const before = copies
        .filter(({ i }) => i < install)
        .flatMap(({ s }) => s.args.split(/\s+/).slice(0, -1));
      expect(before.sort()).toEqual(["package-lock.json", "package.json"]);
    }
  });

  it("ships runtime dependencies only: no dev install, no `prepare` build, no compiler in the image", () => {
    const fromStages = runtime.steps
      .filter((s) => s.op === "COPY" && s.args.includes("node_modules"))
      .map((s) => /--from=(\S+)/.exec(s.args)?.[1]);
    expect(fromStages).toHaveLength(1);
    const deps = stages.find((s) => s.name === fromStages[0])!;
    const install = deps.steps.find((s) => s.op === "RUN" && /\bnpm ci\b/.test(s.args))!;
    expect(install.args).toMatch(/npm ci --omit=dev --ignore-scripts/);
    expect(runtime.steps.filter((s) => s.op === "RUN").map((s) => s.args)).not.toContainEqual(
      expect.stringMatching(/apt-get install|npm (ci|install)/),
    );
    expect(runtime.steps.some((s) => s.op === "COPY" && /\bsrc\b/.test(s.args))).toBe(false);
  });

  it("puts `tracewire` on PATH, pointing at the package's bin with its shebang", () => {
    const link = runtime.steps.find((s) => s.op === "RUN" && s.args.includes("/usr/local/bin/tracewire"));
    expect(link?.args).toContain(`ln -s /app/${pkg.bin["tracewire"]} /usr/local/bin/tracewire`);
    expect(link?.args).toContain(`chmod 755 ${pkg.bin["tracewire"]}`);
    expect(readFileSync(join(REPO, "src/main.ts"), "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(runtime.steps.find((s) => s.op === "ENTRYPOINT")?.args).toBe('["tracewire"]');
  });

  it("copies every file the image reads at run time: feeds.json, its schema, and the sets eval reads", () => {
    const workdir = runtime.steps.filter((s) => s.op === "WORKDIR").at(-1)?.args;
    expect(workdir).toBe("/app");
    const copied = contextCopies(runtime).flatMap(({ sources, target }) =>
      sources.map((source) =>
        target.endsWith("/")
          ? posix.resolve(workdir!, target, posix.basename(source))
          : posix.resolve(workdir!, target),
      ),
    );
    const feedsFile = /FEEDS_FILE=(\S+)/.exec(runtime.steps.find((s) => s.op === "ENV")?.args ?? "")?.[1];
    for (const needed of [
      feedsFile,
      "/app/feeds.schema.json",
      "/app/package.json",
      `/app/${PACKAGED_SETS}`,
    ]) {
      expect(copied).toContain(needed);
    }
  });

  it("copies only files that exist and that .dockerignore lets into the build context", () => {
    for (const stage of stages) {
      for (const { sources } of contextCopies(stage)) {
        for (const source of sources) {
          expect(existsSync(join(REPO, source)), source).toBe(true);
          const files = filesUnder(source);
          expect(files.length, source).toBeGreaterThan(0);
          for (const file of files) expect(ignored(file), `${file} is kept out by .dockerignore`).toBe(false);
        }
      }
    }
  });
});

describe(".dockerignore", () => {
  it.each([
    ["node_modules/zod/package.json"],
    ["dist/src/main.js"],
    ["data/tracewire.db"],
    ["tracewire.db-wal"],
    ["bench/results.json"],
    [".git/HEAD"],
    [".env"],
    ["coverage/index.html"],
    [".tmp/x"],
    ["tests/cli/poll.test.ts"],
    ["tests/fixtures/specs/discord-openapi.json"],
  ])("keeps %s out of the build context", (path) => {
    expect(ignored(path)).toBe(true);
  });
});
