import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";
import type { Finding } from "../rules/findings";
import { RULE_IDS, RULES } from "../rules";
import { TOOL_NAME } from "./tool-info";
import type { Printer } from "./types";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
/** The base every result's URI is relative to; its absolute location is in `originalUriBaseIds`. */
export const SOURCE_ROOT_ID = "%SRCROOT%";
export const FINGERPRINT_KEY = "primaryLocationLineHash";

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, every rule described in
 * `tool.driver.rules`, repository-relative URIs against %SRCROOT%, and `partialFingerprints` that do not change
 * when a finding merely moves to another line, so code scanning keeps one alert per problem.
 */
export const printSarif: Printer = (report) => {
  const fingerprints = fingerprintFindings(report.findings);
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: report.toolVersion,
            rules: RULES.map((rule) => ({
              id: rule.id,
              name: pascalCase(rule.id),
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.description },
              help: { text: rule.help, markdown: rule.help },
              defaultConfiguration: { level: sarifLevel(rule.defaultSeverity) },
              properties: { tags: ["sentry", "gen_ai", "observability"] },
            })),
          },
        },
        originalUriBaseIds: { [SOURCE_ROOT_ID]: { uri: directoryUri(report.root) } },
        columnKind: "utf16CodeUnits",
        results: report.findings.map((finding, index) => ({
          ruleId: finding.ruleId,
          ruleIndex: RULE_IDS.indexOf(finding.ruleId),
          level: sarifLevel(finding.severity),
          message: { text: finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: relativeUri(finding.file), uriBaseId: SOURCE_ROOT_ID },
                region: {
                  startLine: finding.line,
                  startColumn: finding.column,
                  endLine: finding.endLine,
                  endColumn: finding.endColumn,
                },
              },
            },
          ],
          partialFingerprints: { [FINGERPRINT_KEY]: fingerprints[index] },
          properties: { fixable: finding.fixable },
        })),
        invocations: [
          {
            executionSuccessful: report.errors.length === 0,
            toolExecutionNotifications: report.errors.map((error) => ({
              level: "error",
              message: { text: error.message },
              descriptor: { id: error.kind },
              ...(error.file !== undefined
                ? {
                    locations: [
                      {
                        physicalLocation: {
                          artifactLocation: { uri: relativeUri(error.file), uriBaseId: SOURCE_ROOT_ID },
                          ...(error.line !== undefined
                            ? { region: { startLine: error.line, startColumn: error.column ?? 1 } }
                            : {}),
                        },
                      },
                    ],
                  }
                : {}),
            })),
          },
        ],
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function sarifLevel(severity: "error" | "warn"): "error" | "warning" {
  return severity === "error" ? "error" : "warning";
}

/**
 * hash(rule, file, the line's text with whitespace collapsed) plus `:n` for the n-th finding with that same hash
 * in the file (GitHub's own primaryLocationLineHash counts repeats the same way). Findings arrive sorted, so the
 * count follows source order.
 */
export function fingerprintFindings(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const normalized =
      finding.lineText === undefined ? `line ${finding.line}` : finding.lineText.trim().replace(/\s+/g, " ");
    const hash = createHash("sha256")
      .update(`${finding.ruleId}\0${finding.file}\0${normalized}`)
      .digest("hex")
      .slice(0, 16);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return `${hash}:${occurrence}`;
  });
}

/** `src/my file.ts` -> `src/my%20file.ts`: a relative URI reference, each segment percent-encoded. */
function relativeUri(file: string): string {
  return file.split("/").map(encodeURIComponent).join("/");
}

function directoryUri(directory: string): string {
  const uri = pathToFileURL(directory).href;
  return uri.endsWith("/") ? uri : `${uri}/`;
}

function pascalCase(id: string): string {
  return id
    .replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())
    .replace(/^\w/, (letter) => letter.toUpperCase());
}
