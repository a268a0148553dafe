import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Engine } from "../../src/engine/engine";
import { sentryPackageFor } from "../../src/engine/sentry-package";
import { DEFAULT_ENGINE_OPTIONS } from "../../src/core/types";

const PREFERENCE = ["@sentry/nextjs", "@sentry/remix", "@sentry/bun", "@sentry/node"];

describe("the Sentry package an added import names", () => {
  it.each([
    [{ dependencies: { "@sentry/remix": "^9", next: "15" } }, "@sentry/remix", true],
    [{ devDependencies: { "@sentry/node": "^10" }, dependencies: { next: "15" } }, "@sentry/node", true],
    [{ dependencies: { next: "15.0.0", react: "19" } }, "@sentry/nextjs", false],
    [{ dependencies: { "@remix-run/node": "2" } }, "@sentry/remix", false],
    [{ devDependencies: { "@sveltejs/kit": "2" } }, "@sentry/sveltekit", false],
    [{ dependencies: { nuxt: "3" } }, "@sentry/nuxt", false],
    [{ dependencies: { astro: "5" } }, "@sentry/astro", false],
    [{ devDependencies: { "@types/bun": "1" } }, "@sentry/bun", false],
    [{ packageManager: "bun@1.2.0" }, "@sentry/bun", false],
    [{ dependencies: { express: "5" } }, "@sentry/node", false],
    [{}, "@sentry/node", false],
  ])("%j -> %s (declared: %s)", (manifest, name, declared) => {
    expect(sentryPackageFor(manifest, PREFERENCE)).toEqual({ name, declared });
  });
});

describe("a Next.js app without a Sentry dependency", () => {
  const source = `import OpenAI from "openai";\nconst openai = new OpenAI();\nexport const ask = (q: string) => openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: q }] });\n`;
  let root: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "sentry-package-"));
    fs.mkdirSync(path.join(root, "next-app"));
    fs.writeFileSync(
      path.join(root, "next-app", "package.json"),
      JSON.stringify({ dependencies: { next: "15.0.0", openai: "^6" } }),
    );
    fs.mkdirSync(path.join(root, "with-sentry"));
    fs.writeFileSync(
      path.join(root, "with-sentry", "package.json"),
      JSON.stringify({ dependencies: { next: "15.0.0", openai: "^6", "@sentry/nextjs": "^10" } }),
    );
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it("imports @sentry/nextjs and says the app must install it", async () => {
    const result = await new Engine(DEFAULT_ENGINE_OPTIONS).transform(path.join(root, "next-app", "ask.ts"), source);
    expect(result.output).toContain('import * as Sentry from "@sentry/nextjs";');
    expect(result.sentryPackageToInstall).toBe("@sentry/nextjs");
  });

  it("says nothing when the app already lists it", async () => {
    const result = await new Engine(DEFAULT_ENGINE_OPTIONS).transform(path.join(root, "with-sentry", "ask.ts"), source);
    expect(result.output).toContain('import * as Sentry from "@sentry/nextjs";');
    expect(result.sentryPackageToInstall).toBeUndefined();
  });

  it("--sentry-package: the named package, still reported when the app does not list it", async () => {
    const engine = new Engine({ ...DEFAULT_ENGINE_OPTIONS, sentryPackage: "@sentry/node" });
    const result = await engine.transform(path.join(root, "with-sentry", "ask.ts"), source);
    expect(result.output).toContain('import * as Sentry from "@sentry/node";');
    expect(result.sentryPackageToInstall).toBe("@sentry/node");
  });
});
