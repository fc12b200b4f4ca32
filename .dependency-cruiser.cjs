/**
 * The layers of src/, top to bottom, and the rules that keep imports running downwards (issue 13).
 * tests/layering.test.ts cruises src/ with these rules in `npm test`; `npx depcruise src` runs them by hand.
 *
 * Entry points (main, cli, worker, bot, web) wire the app root (app/), which composes commands/, the spine
 * (pipeline/), routing and delivery (route/, deliver/: siblings), and below them the stages (siblings, each
 * standing on text/ and the bottom only). text/ reads the region's scripts (word boundaries, normalisation,
 * Zawgyi) for the stages that match or index words. The bottom is the shared vocabulary: model/, config/ and the top-level files
 * (errors.ts, log.ts, metrics.ts, version.ts, backoff.ts, ...). A module may import its own layer's folder
 * and any layer below; never a layer above, never a sibling.
 */

/** Top to bottom; each entry is one layer, a layer of several folders holds siblings. */
const LAYERS = [
  ["main"],
  ["cli"],
  ["worker"],
  ["bot", "web"],
  ["app"],
  ["commands"],
  ["pipeline"],
  ["route", "deliver"],
  ["fetch", "parse", "normalise", "classify", "stories", "render", "store"],
  ["text"],
  ["bottom"],
];

/** The path pattern of one folder; "main" is src/main.ts and "bottom" is model/, config/ and src/*.ts. */
function folderPath(name) {
  if (name === "main") return "^src/main\\.ts$";
  if (name === "bottom") return "^src/(model/|config/|(?!main\\.ts$)[^/]+\\.ts$)";
  return `^src/${name}/`;
}

/** A pattern for any of the folders. */
function anyOf(names) {
  return names.map(folderPath).join("|");
}

const layerRules = LAYERS.flatMap((layer, index) => {
  const above = LAYERS.slice(0, index).flat();
  const rules = [];
  for (const name of layer) {
    if (above.length > 0) {
      rules.push({
        name: `${name}-not-upwards`,
        comment: `${name} sits below ${above.join(", ")}: it must not import them (pass what it needs as parameters).`,
        severity: "error",
        from: { path: folderPath(name) },
        to: { path: anyOf(above) },
      });
    }
    const siblings = layer.filter((other) => other !== name);
    if (siblings.length > 0) {
      rules.push({
        name: `${name}-not-sideways`,
        comment: `${name} and ${siblings.join(", ")} are siblings: put a fact both need in the layer below.`,
        severity: "error",
        from: { path: folderPath(name) },
        to: { path: anyOf(siblings) },
      });
    }
  }
  return rules;
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: "in-a-layer",
      comment: "Every folder of src/ has a place in LAYERS (.dependency-cruiser.cjs): add a new one there.",
      severity: "error",
      from: { path: "^src/", pathNot: anyOf(LAYERS.flat()) },
      to: {},
    },
    {
      name: "to-a-layer",
      comment: "Every folder of src/ has a place in LAYERS (.dependency-cruiser.cjs): add a new one there.",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^src/", pathNot: anyOf(LAYERS.flat()) },
    },
    {
      name: "no-circular",
      comment: "Modules that import each other in a cycle cannot be read, tested or moved one at a time.",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "not-to-tests-or-bench",
      comment: "src/ never imports tests/ or bench/.",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^(tests|bench)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "\\.d\\.ts$" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },
  },
};
