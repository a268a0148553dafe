import pc from "picocolors";
import type { Diagnostic, FileResult, Site, SiteStatus } from "../core/types";

export interface FileSite extends Site {
  file: string;
}

export interface SummaryJson {
  filesScanned: number;
  filesChanged: number;
  dryRun: boolean;
  sites: Record<string, Partial<Record<SiteStatus | "wrapped", number>>>;
  needsManualWork: Array<{ file: string; line: number; column: number; callee: string; status: SiteStatus; reason?: string }>;
  autoInstrumented: Array<{ file: string; line: number; column: number; callee: string; integration: string }>;
  errors: Array<{ file: string; line?: number; column?: number; message: string }>;
}

/** What a run found and did, for the closing summary (text or --json). */
export class RunSummary {
  filesScanned = 0;
  readonly changedFiles: string[] = [];
  readonly sites: FileSite[] = [];
  readonly errors: Array<{ file: string; diagnostic: Diagnostic }> = [];
  /** Sentry packages the added imports name that the projects' package.json files do not list. */
  readonly packagesToInstall = new Set<string>();

  constructor(readonly dryRun: boolean) {}

  add(result: FileResult, changed: boolean): void {
    this.filesScanned++;
    if (changed) this.changedFiles.push(result.path);
    if (changed && result.sentryPackageToInstall) this.packagesToInstall.add(result.sentryPackageToInstall);
    for (const site of result.sites) this.sites.push({ ...site, file: result.path });
    for (const diagnostic of result.diagnostics) {
      if (diagnostic.severity === "error") this.errors.push({ file: result.path, diagnostic });
    }
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
        .map((site) => ({ file: site.file, ...site.range.start, callee: site.callee, status: site.status, reason: site.reason })),
      autoInstrumented: this.sites
        .filter((site) => site.autoInstrumentedBy && (site.status === "instrumentable" || site.status === "skipped"))
        .map((site) => ({ file: site.file, ...site.range.start, callee: site.callee, integration: site.autoInstrumentedBy!.integration })),
      errors: this.errors.map(({ file, diagnostic }) => ({ file, ...diagnostic.range?.start, message: diagnostic.message })),
    };
  }

  render(color: boolean): string {
    const c = color ? pc : pc.createColors(false);
    const json = this.toJson();
    const lines: string[] = [];
    const verb = this.dryRun ? "would change" : "changed";
    lines.push(c.bold(`${json.filesScanned} file${json.filesScanned === 1 ? "" : "s"} scanned, ${json.filesChanged} ${verb}.`));
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
    if (json.autoInstrumented.length > 0) {
      const integrations = [...new Set(json.autoInstrumented.map((site) => site.integration))].join(", ");
      lines.push(
        "",
        c.bold(c.yellow("Already instrumented by Sentry's own integrations (a manual span would duplicate them):")),
      );
      for (const site of json.autoInstrumented) {
        lines.push(`  ${site.file}:${site.line}:${site.column}  ${site.callee}  ${c.dim(site.integration)}`);
      }
      lines.push(
        c.dim(`  Run with --skip-auto-instrumented to leave these alone, or remove ${integrations} from Sentry.init's integrations.`),
      );
    }
    for (const name of this.packagesToInstall) lines.push("", c.bold(c.yellow(`Install ${name}: the added imports need it (npm install ${name}).`)));
    if (json.errors.length > 0) {
      lines.push("", c.bold(c.red(`${json.errors.length} error${json.errors.length === 1 ? "" : "s"}:`)));
      for (const error of json.errors) {
        const where = error.line ? `${error.file}:${error.line}:${error.column}` : error.file;
        lines.push(`  ${where}: ${error.message}`);
      }
    }
    return lines.join("\n");
  }
}
