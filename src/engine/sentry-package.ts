/** What a package.json says about the app, for choosing the Sentry package the added import names. */
export interface Manifest {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  engines?: Record<string, string>;
  packageManager?: string;
}

/**
 * The Sentry SDK for an app's framework, when the app declares no Sentry package yet: a framework SDK wraps
 * @sentry/node with the framework's own set-up, and is what Sentry's set-up guide for that framework installs.
 */
const FRAMEWORK_SDKS: ReadonlyArray<[matches: (dependency: string) => boolean, sentryPackage: string]> = [
  [(name) => name === "next", "@sentry/nextjs"],
  [(name) => name.startsWith("@remix-run/"), "@sentry/remix"],
  [(name) => name === "@sveltejs/kit", "@sentry/sveltekit"],
  [(name) => name === "nuxt", "@sentry/nuxt"],
  [(name) => name === "astro", "@sentry/astro"],
  [(name) => name === "@types/bun" || name === "bun-types", "@sentry/bun"],
];

export const DEFAULT_SENTRY_PACKAGE = "@sentry/node";

/**
 * The Sentry package for an app: the Sentry package it already declares (the first of `preference`), else
 * the SDK for its framework (Next.js, Remix, SvelteKit, Nuxt, Astro, Bun), else @sentry/node. `declared` says
 * whether the app's package.json lists it, so the summary can tell the user to install it.
 */
export function sentryPackageFor(
  manifest: Manifest,
  preference: readonly string[],
): { name: string; declared: boolean } {
  const declared = { ...manifest.peerDependencies, ...manifest.devDependencies, ...manifest.dependencies };
  const existing = preference.find((name) => name in declared);
  if (existing) return { name: existing, declared: true };
  const names = Object.keys(declared);
  for (const [matches, sentryPackage] of FRAMEWORK_SDKS) {
    if (names.some(matches)) return { name: sentryPackage, declared: false };
  }
  if (manifest.packageManager?.startsWith("bun@") || manifest.engines?.bun)
    return { name: "@sentry/bun", declared: false };
  return { name: DEFAULT_SENTRY_PACKAGE, declared: false };
}
