/**
 * The layers of src/ and the one direction they may import in (docs/architecture.md):
 *   core <- sdks <- engine <- rules <- reporters <- config <- commands <- cli
 * `npm test` runs this check (`npm run deps`), so an import the wrong way fails CI.
 */
const LAYERS = ["core", "sdks", "engine", "rules", "reporters", "config", "commands", "cli"];

/** A module path of layer `name`: `src/<name>/...` (the cli layer is the single file src/cli.ts). */
const layerPath = (name) => (name === "cli" ? "^src/cli\\.ts$" : `^src/${name}/`);

const layerRules = LAYERS.slice(0, -1).map((layer, index) => ({
  name: `${layer}-imports-only-lower-layers`,
  comment: `src/${layer} may import only ${LAYERS.slice(0, index).join(", ") || "nothing else in src"}.`,
  severity: "error",
  from: { path: layerPath(layer) },
  to: { path: LAYERS.slice(index + 1).map(layerPath) },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: "no-circular",
      comment: "Modules import each other in one direction only.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "sdk-folders-are-independent",
      comment: "Knowledge of one SDK lives in its own folder: an SDK folder does not import another one.",
      severity: "error",
      from: { path: "^src/sdks/([^/]+)/" },
      to: { path: "^src/sdks/[^/]+/", pathNot: ["^src/sdks/$1/", "^src/sdks/types/"] },
    },
    {
      name: "src-has-no-loose-files",
      comment: "Every module of src/ belongs to a layer folder (src/cli.ts is the cli layer).",
      severity: "error",
      from: { path: "^src/[^/]+$", pathNot: "^src/cli\\.ts$" },
      to: {},
    },
    {
      name: "transforms-use-the-front-door",
      comment: "The jscodeshift transforms go through the commands layer's adapter, like every other front door.",
      severity: "error",
      from: { path: "^transforms/" },
      to: { path: "^src/", pathNot: "^src/commands/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
  },
};
