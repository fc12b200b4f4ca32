/**
 * The layer rules of .dependency-cruiser.cjs, checked on src/ in every `npm test`: no import from a lower layer
 * to a higher one, none between siblings, no module cycle, and no two folders importing each other.
 */
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { cruise, type ICruiseOptions, type ICruiseResult, type IModule } from "dependency-cruiser";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const config = createRequire(import.meta.url)("../.dependency-cruiser.cjs") as {
  forbidden: NonNullable<ICruiseOptions["ruleSet"]>["forbidden"];
  options: ICruiseOptions;
};

let result: ICruiseResult;

beforeAll(async () => {
  const cwd = process.cwd();
  // dependency-cruiser reads paths relative to the working directory.
  process.chdir(ROOT);
  try {
    const output = await cruise(
      ["src"],
      { ...config.options, ruleSet: { forbidden: config.forbidden }, validate: true },
      undefined,
      { tsConfig: extractTSConfig("tsconfig.json") },
    );
    result = output.output as ICruiseResult;
  } finally {
    process.chdir(cwd);
  }
});

describe("layering of src/", () => {
  it("cruises every source file", () => {
    const sources = result.modules.filter((module) => module.source.startsWith("src/"));
    expect(sources.length).toBeGreaterThan(100);
  });

  it("has no import from a lower layer to a higher one, between siblings, or in a cycle", () => {
    const violations = result.summary.violations.map(
      (v) =>
        `${v.rule.name}: ${v.from} -> ${v.to}${v.cycle ? ` (${v.cycle.map((c) => c.name).join(" -> ")})` : ""}`,
    );
    expect(violations, violations.join("\n")).toEqual([]);
  });

  it("has no two folders importing each other, directly or round a cycle", () => {
    const cycles = folderCycles(result.modules);
    expect(cycles, cycles.map((cycle) => cycle.join(" <-> ")).join("\n")).toEqual([]);
  });
});

/** src/deliver/slack/x.ts -> "deliver"; src/errors.ts -> "errors.ts". */
function folderOf(path: string): string {
  return path.split("/")[1] ?? path;
}

/** The groups of folders that reach each other through imports (strongly connected, more than one folder). */
function folderCycles(modules: IModule[]): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const module of modules) {
    if (!module.source.startsWith("src/")) continue;
    const from = folderOf(module.source);
    const targets = edges.get(from) ?? new Set<string>();
    edges.set(from, targets);
    for (const dependency of module.dependencies) {
      if (!dependency.resolved.startsWith("src/")) continue;
      const to = folderOf(dependency.resolved);
      if (to !== from) targets.add(to);
    }
  }
  const reach = (start: string): Set<string> => {
    const seen = new Set<string>();
    const stack = [start];
    while (stack.length > 0) {
      for (const next of edges.get(stack.pop()!) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
    return seen;
  };
  const reachable = new Map([...edges.keys()].map((folder) => [folder, reach(folder)]));
  const groups = new Map<string, string[]>();
  for (const [folder, seen] of reachable) {
    if (!seen.has(folder)) continue;
    const group = [...seen].filter((other) => reachable.get(other)?.has(folder)).sort();
    groups.set(group.join(","), group);
  }
  return [...groups.values()];
}
