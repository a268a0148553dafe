import * as fs from "node:fs";
import { createEngine, type Engine, languageOf } from "../engine/engine";
import type { AgentFramework } from "../sdks/types/agents";
import type { SdkDescriptor } from "../sdks/types/calls";
import type { PySdkDescriptor } from "../sdks/types/python";
import type { FileSource } from "../core/file-source";
import type { EngineOptions } from "../core/types";
import { errorsFromDiagnostics, findingsFromSites, toFinding } from "./findings";
import { applyIgnoreComments, IGNORE_MARKER, parseIgnoreComments } from "./ignore-comments";
import { malformedSpan } from "./malformed-span/rule";
import type { CheckError, Finding, RuleId, RuleLevel } from "./types";

/** Everything a file check needs, as plain data: it is sent as is to worker threads. */
export interface CheckContext {
  engineOptions: EngineOptions;
  /** Custom SDKs from the config, added to the built-in catalog. */
  customSdks: SdkDescriptor[];
  /** Custom Python SDKs from the config, added to the built-in Python catalog. */
  customPythonSdks?: PySdkDescriptor[];
  /** Agent classes and tool factories from the config, as frameworks added to the built-in ones. */
  agentFrameworks?: AgentFramework[];
  rules: Record<RuleId, RuleLevel>;
}

export interface CheckFileInput {
  absolutePath: string;
  /** Repository-relative path with forward slashes: what findings name. */
  file: string;
  /** Content to check instead of the file on disk (the staged blob for --staged). */
  text?: string;
}

export interface FileOutcome {
  findings: Finding[];
  errors: CheckError[];
  /** Whether the file was parsed (it passed the text prefilter). */
  parsed: boolean;
}

/**
 * One file through the check pipeline: read -> text prefilter -> engine analysis and the site rules
 * (findings.ts) -> the file rule malformed-span -> ignore comments and unused-ignore -> configured severities. Severities come last so an ignore comment for a rule that is off
 * still counts as used.
 */
export class FileChecker {
  private readonly engine: Engine;

  /** `files`: where the analysis reads the project's other files (default: the working tree). */
  constructor(
    private readonly context: CheckContext,
    files?: FileSource,
  ) {
    this.engine = createEngine(context.engineOptions, context, files);
  }

  /** The cheap text test that decides whether a file is parsed at all. */
  needsParsing(absolutePath: string, text: string): boolean {
    return this.engine.mightContainSites(absolutePath, text);
  }

  /**
   * What a result for this file depends on besides its text and the check context: the project facts the engine
   * reads (Sentry package, SDK versions) and the other files its analysis may read. `check --cache` keys on them.
   */
  resultDependsOn(absolutePath: string, text: string): { project: unknown; dependencies: string[] } {
    return {
      project: this.engine.projects.forFile(absolutePath),
      dependencies: this.engine.analysisDependencies(absolutePath, text),
    };
  }

  async check(input: CheckFileInput): Promise<FileOutcome> {
    let text = input.text;
    if (text === undefined) {
      try {
        text = fs.readFileSync(input.absolutePath, "utf8");
      } catch (error) {
        return {
          findings: [],
          errors: [{ kind: "read-error", file: input.file, message: `cannot read: ${(error as Error).message}` }],
          parsed: false,
        };
      }
    }
    const language = languageOf(input.absolutePath) ?? "javascript";
    const parsed = this.needsParsing(input.absolutePath, text);
    let findings: Finding[] = [];
    let errors: CheckError[] = [];
    if (parsed) {
      try {
        const result = await this.engine.analyze(input.absolutePath, text);
        const relative = { ...result, path: input.file };
        findings = findingsFromSites(relative, this.context.engineOptions.conventions);
        errors = errorsFromDiagnostics(relative);
      } catch (error) {
        errors = [
          { kind: "internal-error", file: input.file, message: `analysis failed: ${(error as Error).message}` },
        ];
      }
      if (errors.length === 0) {
        const drafts = await malformedSpan.check({ absolutePath: input.absolutePath, text, language });
        findings.push(...drafts.map((draft) => toFinding(draft, input.file, malformedSpan.meta.defaultSeverity)));
      }
    }
    // A file that failed to parse has no findings to match its ignore comments against: none is "unused".
    if (errors.length === 0 && text.includes(IGNORE_MARKER)) {
      findings = applyIgnoreComments(findings, parseIgnoreComments(text, language, input.absolutePath), input.file);
    }
    return { findings: this.withSeverities(findings, text), errors, parsed };
  }

  /** Drops findings of rules that are off, sets the configured severity and the line text fingerprints use. */
  private withSeverities(findings: Finding[], text: string): Finding[] {
    if (findings.length === 0) return findings;
    const lines = text.split("\n");
    const kept: Finding[] = [];
    for (const finding of findings) {
      const level = this.context.rules[finding.ruleId];
      if (level === "off") continue;
      kept.push({ ...finding, severity: level, lineText: (lines[finding.line - 1] ?? "").replace(/\r$/, "") });
    }
    return kept;
  }
}
