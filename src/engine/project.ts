import * as fs from "node:fs";
import * as path from "node:path";
import type { SdkCatalog } from "../sdks/registry";
import type { AutoIntegration, OperationShape } from "../sdks/types/calls";
import { type FileSource, workingTree } from "../core/file-source";
import type { ProjectInfo } from "../core/types";
import { DEFAULT_SENTRY_PACKAGE, type Manifest, sentryPackageFor } from "./sentry-package";

/**
 * Sentry packages in order of preference (a framework SDK re-exports @sentry/node and is what the app
 * imports), each with whether its default integrations patch LLM clients by themselves (server-side SDKs).
 */
const SENTRY_PACKAGES: ReadonlyArray<[name: string, autoInstrumentsAi: boolean]> = [
  ["@sentry/nextjs", true],
  ["@sentry/nuxt", true],
  ["@sentry/sveltekit", true],
  ["@sentry/remix", true],
  ["@sentry/react-router", true],
  ["@sentry/astro", true],
  ["@sentry/solidstart", true],
  ["@sentry/tanstackstart-react", true],
  ["@sentry/nestjs", true],
  ["@sentry/aws-serverless", true],
  ["@sentry/google-cloud-serverless", true],
  ["@sentry/bun", true],
  ["@sentry/deno", false],
  ["@sentry/cloudflare", false],
  ["@sentry/vercel-edge", false],
  ["@sentry/node", true],
  ["@sentry/react", false],
  ["@sentry/vue", false],
  ["@sentry/browser", false],
];

const AUTO_INSTRUMENTING_PACKAGES = new Set(SENTRY_PACKAGES.filter(([, auto]) => auto).map(([name]) => name));

/** Finds and caches each directory's nearest package.json facts. */
export class ProjectLocator {
  private readonly byDirectory = new Map<string, ProjectInfo>();

  constructor(
    private readonly catalog: SdkCatalog,
    private readonly sentryPackageOverride?: string,
    /** Where package.json is read; the installed packages' versions always come from disk (node_modules). */
    private readonly files: FileSource = workingTree,
  ) {}

  forFile(filePath: string): ProjectInfo {
    return this.forDirectory(path.dirname(path.resolve(filePath)));
  }

  private forDirectory(directory: string): ProjectInfo {
    const cached = this.byDirectory.get(directory);
    if (cached) return cached;
    const manifestPath = path.join(directory, "package.json");
    let info: ProjectInfo;
    const manifestText = this.files.readText(manifestPath);
    if (manifestText !== undefined) {
      info = this.read(directory, manifestText);
    } else {
      const parent = path.dirname(directory);
      info = parent === directory ? this.defaults(directory) : this.forDirectory(parent);
    }
    this.byDirectory.set(directory, info);
    return info;
  }

  private defaults(root: string): ProjectInfo {
    return { root, sentryPackage: this.sentryPackageOverride ?? DEFAULT_SENTRY_PACKAGE, sdkMajors: {} };
  }

  private read(root: string, manifestText: string): ProjectInfo {
    let manifest: Manifest;
    try {
      manifest = JSON.parse(manifestText) as Manifest;
    } catch {
      return this.defaults(root);
    }
    const declared = { ...manifest.peerDependencies, ...manifest.devDependencies, ...manifest.dependencies };
    const chosen = sentryPackageFor(
      manifest,
      SENTRY_PACKAGES.map(([name]) => name),
    );
    const sentryPackage = this.sentryPackageOverride ?? chosen.name;
    const sdkMajors: Record<string, number> = {};
    const sdkVersions: Record<string, string> = {};
    for (const sdk of this.catalog.sdks) {
      for (const module of sdk.modules) {
        if (!(module in declared)) continue;
        const version = cleanRange(installedVersion(module, root) ?? declared[module]);
        if (version === undefined) continue;
        sdkVersions[module] = version;
        sdkMajors[module] = Number(version.split(".")[0]);
      }
    }
    return {
      root,
      sentryPackage,
      sentryPackageDeclared: sentryPackage in declared,
      sentryVersion: installedVersion(sentryPackage, root) ?? cleanRange(declared[sentryPackage]),
      sdkMajors,
      sdkVersions,
    };
  }
}

function installedVersion(packageName: string, root: string): string | undefined {
  try {
    const manifest = require.resolve(`${packageName}/package.json`, { paths: [root] });
    return (JSON.parse(fs.readFileSync(manifest, "utf8")) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

function cleanRange(range: string | undefined): string | undefined {
  const match = range && /(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(range);
  return match ? `${match[1]}.${match[2] ?? 0}.${match[3] ?? 0}` : undefined;
}

export function compareVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let index = 0; index < 3; index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The Sentry integration that already spans this call for the project's Sentry SDK and version, if any. */
export function automaticIntegrationFor(operation: OperationShape, project: ProjectInfo): AutoIntegration | undefined {
  const integration = operation.autoInstrumentedBy;
  if (!integration || !AUTO_INSTRUMENTING_PACKAGES.has(project.sentryPackage)) return undefined;
  const version = cleanRange(project.sentryVersion);
  return !version || compareVersions(version, integration.since) >= 0 ? integration : undefined;
}
