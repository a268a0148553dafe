import pc from "picocolors";
import type { Diagnostic, FileResult, Site, SiteStatus } from "../core/types";
import { integrationState, type IntegrationState, type SentryInit } from "../engine/sentry-setup";

export interface FileSite extends Site {
  file: string;
}

export interface SummaryJson {
  filesScanned: number;
  filesChanged: number;
  dryRun: boolean;
  sites: Record<string, Partial<Record<SiteStatus | "wrapped", number>>>;
  needsManualWork: Array<{
    file: string;
    line: number;
    column: number;
    callee: string;
    status: SiteStatus;
    reason?: string;
  }>;
  autoInstrumented: Array<{
    file: string;
    line: number;
    column: number;
    callee: string;
    integration: string;
    /** The integration's run-time `name` (JS). */
    runtimeName?: string;
    /** Left alone (`--skip-auto-instrumented`) or wrapped. */
    skipped: boolean;
    /** What the app's Sentry init does with the integration: lists it, keeps it on by default, or leaves it off. */
    setup: IntegrationState;
    /** The app's Sentry init call, when one was found (`file:line`). */
    sentryInit?: string;
  }>;
  errors: Array<{ file: string; line?: number; column?: number; message: string }>;
  /** Notes about the output (the sentry-sdk API it is written for, when the project does not say). */
  notes?: string[];
}

/** What a run found and did, for the closing summary (text or --json). */
export class RunSummary {
  filesScanned = 0;
  readonly changedFiles: string[] = [];
  readonly sites: FileSite[] = [];
  readonly errors: Array<{ file: string; diagnostic: Diagnostic }> = [];
  /** Sentry packages the added imports name that the projects' package.json files do not list. */
  readonly packagesToInstall = new Set<string>();
  /** The notes of the changed files, once each. */
  readonly notes = new Set<string>();
  /** The app's own Sentry init calls seen in the run (scanned files and the usual config files). */
  private readonly sentryInits: SentryInit[] = [];

  constructor(readonly dryRun: boolean) {}

  add(result: FileResult, changed: boolean): void {
    this.filesScanned++;
    if (changed) this.changedFiles.push(result.path);
    if (changed && result.sentryPackageToInstall) this.packagesToInstall.add(result.sentryPackageToInstall);
    if (changed) for (const note of result.notes ?? []) this.notes.add(note);
    for (const site of result.sites) this.sites.push({ ...site, file: result.path });
    for (const diagnostic of result.diagnostics) {
      if (diagnostic.severity === "error") this.errors.push({ file: result.path, diagnostic });
    }
  }

  noteSentryInit(init: SentryInit): void {
    if (!this.sentryInits.some((known) => known.file === init.file)) this.sentryInits.push(init);
  }

  private sentryInitFor(file: string): SentryInit | undefined {
    const language = file.endsWith(".py") ? "python" : "javascript";
    return this.sentryInits.find((init) => init.language === language);
  }

  addError(file: string, message: string): void {
    this.errors.push({ file, diagnostic: { severity: "error", message } });
  }

  /** A wrapped site: instrumentable in a file that changed (or would, in a dry run). */
  private isWrapped(site: FileSite): boolean {
    return site.status === "instrumentable" && this.changedFiles.includes(site.file);
  }

  toJson(): SummaryJson {
    const sites: SummaryJson["sites"] = {};
    for (const site of this.sites) {
      const key = `${site.sdk} ${site.operation}`;
      const status = this.isWrapped(site) ? "wrapped" : site.status;
      const counts = (sites[key] ??= {});
      counts[status] = (counts[status] ?? 0) + 1;
    }
    return {
      filesScanned: this.filesScanned,
      filesChanged: this.changedFiles.length,
      dryRun: this.dryRun,
      sites,
      needsManualWork: this.sites
        .filter((site) => site.status === "streaming" || site.status === "unresolved" || site.status === "unsupported")
        .map((site) => ({
          file: site.file,
          ...site.range.start,
          callee: site.callee,
          status: site.status,
          reason: site.reason,
        })),
      autoInstrumented: this.sites
        .filter((site) => site.autoInstrumentedBy && (site.status === "instrumentable" || site.status === "skipped"))
        .map((site) => {
          const integration = site.autoInstrumentedBy!.integration;
          const init = this.sentryInitFor(site.file);
          return {
            file: site.file,
            ...site.range.start,
            callee: site.callee,
            integration,
            ...(site.autoInstrumentedBy!.runtimeName && { runtimeName: site.autoInstrumentedBy!.runtimeName }),
            skipped: site.status === "skipped",
            setup: integrationState(init, integration),
            ...(init && { sentryInit: `${init.file}:${init.line}` }),
          };
        }),
      ...(this.notes.size > 0 && { notes: [...this.notes] }),
      errors: this.errors.map(({ file, diagnostic }) => ({
        file,
        ...diagnostic.range?.start,
        message: diagnostic.message,
      })),
    };
  }

  render(color: boolean): string {
    const c = color ? pc : pc.createColors(false);
    const json = this.toJson();
    const lines: string[] = [];
    const verb = this.dryRun ? "would change" : "changed";
    lines.push(
      c.bold(`${json.filesScanned} file${json.filesScanned === 1 ? "" : "s"} scanned, ${json.filesChanged} ${verb}.`),
    );
    const keys = Object.keys(json.sites).sort();
    if (keys.length === 0) {
      lines.push("No AI call sites found.");
    } else {
      lines.push("", c.bold("Sites found:"));
      const width = Math.max(...keys.map((key) => key.length));
      for (const key of keys) {
        const counts = json.sites[key];
        const parts = (
          [
            ["wrapped", this.dryRun ? "to wrap" : "wrapped"],
            ["instrumentable", "not wrapped"],
            ["instrumented", "already instrumented"],
            ["skipped", "skipped (auto-instrumented)"],
            ["ignored", "left alone (ignore comment)"],
            ["streaming", "streaming: needs manual work"],
            ["unresolved", "unresolved receiver"],
            ["unsupported", "unsupported position"],
          ] as const
        )
          .filter(([status]) => counts[status])
          .map(([status, label]) => `${counts[status]} ${label}`);
        lines.push(`  ${key.padEnd(width)}  ${parts.join(", ")}`);
      }
    }
    if (json.needsManualWork.length > 0) {
      lines.push("", c.bold(c.yellow("Needs manual work:")));
      for (const site of json.needsManualWork) {
        lines.push(`  ${site.file}:${site.line}:${site.column}  ${site.callee}  ${c.dim(site.reason ?? site.status)}`);
      }
    }
    lines.push(...this.renderAutoInstrumented(json.autoInstrumented, c));
    for (const name of this.packagesToInstall)
      lines.push("", c.bold(c.yellow(`Install ${name}: the added imports need it (npm install ${name}).`)));
    for (const note of this.notes) lines.push("", c.yellow(note));
    if (json.errors.length > 0) {
      const files = new Set(json.errors.map((error) => error.file)).size;
      lines.push(
        "",
        c.bold(
          c.red(
            `${json.errors.length} error${json.errors.length === 1 ? "" : "s"} (${files === 1 ? "this file was" : "these files were"} left unchanged):`,
          ),
        ),
      );
      for (const error of json.errors) {
        const where = error.line ? `${error.file}:${error.line}:${error.column}` : error.file;
        lines.push(`  ${where}: ${error.message}`);
      }
    }
    return lines.join("\n");
  }

  /** The sites Sentry's own integrations span too, and what the app's setup does about it. */
  private renderAutoInstrumented(
    sites: SummaryJson["autoInstrumented"],
    c: ReturnType<typeof pc.createColors>,
  ): string[] {
    const lines: string[] = [];
    const list = (group: SummaryJson["autoInstrumented"]): string[] =>
      group.map((site) => `  ${site.file}:${site.line}:${site.column}  ${site.callee}  ${c.dim(site.integration)}`);
    const duplicates = sites.filter((site) => !site.skipped && site.setup !== "off");
    if (duplicates.length > 0) {
      lines.push(
        "",
        c.bold(c.yellow("Already instrumented by Sentry's own integrations (a manual span would duplicate them):")),
        ...list(duplicates),
      );
      for (const advice of duplicateAdvice(duplicates)) lines.push(c.dim(`  ${advice}`));
    }
    const skipped = sites.filter((site) => site.skipped);
    if (skipped.length > 0) {
      lines.push("", c.bold("Left to Sentry's own integrations (--skip-auto-instrumented):"), ...list(skipped));
      const off = skipped.filter((site) => site.setup === "off");
      if (off.length > 0) {
        const names = [...new Set(off.map((site) => site.integration))].join(", ");
        lines.push(
          c.yellow(
            `  Sentry's init (${off[0]!.sentryInit}) does not turn on ${names}: those calls get no span. Run without --skip-auto-instrumented to span them.`,
          ),
        );
      }
    }
    return lines;
  }
}

/** One line per kind of setup: what it does and the two ways out (leave the calls to Sentry, or turn it off). */
function duplicateAdvice(sites: SummaryJson["autoInstrumented"]): string[] {
  const advice: string[] = [];
  const names = (group: SummaryJson["autoInstrumented"]): string[] => [
    ...new Set(group.map((site) => site.integration)),
  ];
  const skipHint = (count: number): string =>
    `Run with --skip-auto-instrumented to leave these calls to ${count === 1 ? "it" : "them"}`;
  for (const python of [false, true]) {
    const group = sites.filter((site) => site.file.endsWith(".py") === python);
    const listed = group.filter((site) => site.setup === "listed");
    const byDefault = group.filter((site) => site.setup === "default");
    const at = group[0]?.sentryInit;
    if (listed.length > 0) {
      const listedNames = names(listed);
      advice.push(
        `${listedNames.join(", ")}: listed in the integrations of your Sentry init (${at}). ${skipHint(listedNames.length)}, ` +
          `or remove ${listedNames.length === 1 ? "it" : "them"} there.`,
      );
    }
    if (byDefault.length === 0) continue;
    const defaultNames = names(byDefault);
    if (python) {
      const disable = defaultNames.map((name) => `${name}()`).join(", ");
      advice.push(
        `${defaultNames.join(", ")}: sentry-sdk turns ${defaultNames.length === 1 ? "it" : "them"} on by itself when ${defaultNames.length === 1 ? "its library is" : "their libraries are"} installed${at ? ` (your sentry_sdk.init: ${at})` : ""}. ` +
          `${skipHint(defaultNames.length)}, or add disabled_integrations=[${disable}] to sentry_sdk.init.`,
      );
    } else {
      const where = at
        ? `, and your Sentry.init (${at}) keeps the default integrations`
        : " (no Sentry.init call was found in the scanned files)";
      const runtimeNames = [...new Set(byDefault.map((site) => site.runtimeName).filter((name) => name !== undefined))];
      const filter =
        runtimeNames.length === 1
          ? `integration.name !== ${JSON.stringify(runtimeNames[0])}`
          : `![${runtimeNames.map((name) => JSON.stringify(name)).join(", ")}].includes(integration.name)`;
      advice.push(
        `${defaultNames.join(", ")}: on by default in Sentry's SDK${where}. ${skipHint(defaultNames.length)}, ` +
          `or leave ${defaultNames.length === 1 ? "it" : "them"} out of the defaults in Sentry.init: ` +
          `integrations: (defaults) => defaults.filter((integration) => ${filter}).`,
      );
    }
  }
  return advice;
}
