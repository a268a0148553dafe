import type { FileResult, Site } from "../../src/core/types";
import { findSentryInit } from "../../src/engine/sentry-setup";
import { RunSummary } from "../../src/reporters/instrument-summary";

/** The summary says what the app's own Sentry setup does with each integration a manual span would duplicate. */
function site(callee: string, integration: string, status: Site["status"], runtimeName?: string): Site {
  return {
    kind: "ai-request",
    sdk: "openai",
    operation: "chat",
    callee,
    status,
    range: { start: { line: 3, column: 5 }, end: { line: 3, column: 20 } },
    autoInstrumentedBy: { integration, since: "9.0.0", ...(runtimeName && { runtimeName }) },
  } as Site;
}

function summaryOf(path: string, sites: Site[], initFile?: [string, string]): RunSummary {
  const summary = new RunSummary(true);
  if (initFile) summary.noteSentryInit(findSentryInit(initFile[0], initFile[1])!);
  const result: FileResult = { path, language: path.endsWith(".py") ? "python" : "javascript", sites, diagnostics: [] };
  summary.add(result, true);
  return summary;
}

describe("the auto-instrumented notice follows the app's Sentry setup", () => {
  const sites = [site("client.chat.completions.create", "openAIIntegration", "instrumentable", "OpenAI")];

  it("no init found: the integration is on by default; the filter names its run-time name", () => {
    const text = summaryOf("src/a.ts", sites).render(false);
    expect(text).toContain(
      "openAIIntegration: on by default in Sentry's SDK (no Sentry.init call was found in the scanned files)",
    );
    expect(text).toContain('defaults.filter((integration) => integration.name !== "OpenAI")');
    expect(text).not.toContain("remove");
  });

  it("the init lists it: remove it there, at its file and line", () => {
    const init: [string, string] = [
      "instrument.ts",
      'import * as Sentry from "@sentry/node";\nSentry.init({ integrations: [Sentry.openAIIntegration()] });',
    ];
    const text = summaryOf("src/a.ts", sites, init).render(false);
    expect(text).toContain("openAIIntegration: listed in the integrations of your Sentry init (instrument.ts:2)");
    expect(text).toContain("or remove it there");
  });

  it("the init turns the defaults off and does not list it: no duplicate, nothing to advise", () => {
    const init: [string, string] = [
      "instrument.ts",
      'import * as Sentry from "@sentry/node";\nSentry.init({ defaultIntegrations: false });',
    ];
    const summary = summaryOf("src/a.ts", sites, init);
    expect(summary.render(false)).not.toContain("Already instrumented");
    expect(summary.toJson().autoInstrumented).toMatchObject([
      { setup: "off", skipped: false, sentryInit: "instrument.ts:2" },
    ]);
  });

  it("--skip-auto-instrumented: the sites are listed as left alone, never told to run with the flag", () => {
    const skipped = [site("client.chat.completions.create", "openAIIntegration", "skipped")];
    const text = summaryOf("src/a.ts", skipped).render(false);
    expect(text).toContain("Left to Sentry's own integrations (--skip-auto-instrumented):");
    expect(text).not.toContain("Run with --skip-auto-instrumented");
    const init: [string, string] = [
      "instrument.ts",
      'import * as Sentry from "@sentry/node";\nSentry.init({ defaultIntegrations: false });',
    ];
    expect(summaryOf("src/a.ts", skipped, init).render(false)).toContain(
      "Sentry's init (instrument.ts:2) does not turn on openAIIntegration: those calls get no span. Run without --skip-auto-instrumented",
    );
  });

  it("Python: sentry-sdk turns it on by itself; disabled_integrations is the way out", () => {
    const text = summaryOf("app/main.py", [
      site("client.chat.completions.create", "OpenAIIntegration", "instrumentable"),
    ]).render(false);
    expect(text).toContain("OpenAIIntegration: sentry-sdk turns it on by itself when its library is installed.");
    expect(text).toContain("add disabled_integrations=[OpenAIIntegration()] to sentry_sdk.init");
  });
});
