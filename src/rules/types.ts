import type { ConventionsName } from "../core/conventions";
import type { Language, Site, SourcePosition, SourceRange } from "../core/types";

/**
 * The types every part of `check` shares: rules, the driver, ignore comments, reporters and config. A leaf module:
 * it imports nothing from src/rules, so any rule file can use it without an import cycle.
 */

/** Every rule `check` reports. `unresolved-receiver` is split from `missing-span` so teams can tune it alone. */
export type RuleId = "missing-span" | "malformed-span" | "streaming-manual" | "unresolved-receiver" | "unused-ignore";

export type Severity = "error" | "warn";
export type RuleLevel = Severity | "off";

/** What reporters and docs say about a rule; SARIF copies it into `tool.driver.rules`. */
export interface RuleMeta {
  id: RuleId;
  defaultSeverity: Severity;
  /** One line: SARIF `shortDescription`, the docs' table. */
  description: string;
  /** How to fix a finding, in a few sentences: SARIF `help`. */
  help: string;
}

/** One problem in one place, ready for a reporter. Positions are 1-based; columns count UTF-16 code units. */
export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  /** Repository-relative path with forward slashes. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Says what is wrong and what to do about it. */
  message: string;
  /** `check --fix` (the `instrument` engine) can fix it. */
  fixable: boolean;
  /** Text of the finding's first line: SARIF fingerprints hash it so they survive lines moving. */
  lineText?: string;
}

/** A finding before it has a file and a severity: what analysers produce. */
export interface FindingDraft {
  ruleId: RuleId;
  range: SourceRange;
  message: string;
  fixable: boolean;
}

/**
 * Something that stopped part of the run: not a rule, never suppressible, always exit code 2.
 * `file` is repository-relative when the error belongs to a file.
 */
export interface CheckError {
  kind: "parse-error" | "read-error" | "config-error" | "git-error" | "internal-error";
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/** What a site rule needs besides the site: the conventions its messages name ops and spans by. */
export interface SiteRuleContext {
  conventions: ConventionsName;
}

/** A rule that judges each site the engine found (an LLM call, agent run, tool function or handoff). */
export interface SiteRule {
  meta: RuleMeta;
  /** The finding for one site, or undefined when the site is none of this rule's business. */
  check(site: Site, context: SiteRuleContext): FindingDraft | undefined;
}

/** The source of one file, as a rule that reads the file itself gets it. */
export interface FileSource {
  absolutePath: string;
  text: string;
  language: Language;
}

/** A rule that reads a file's source itself rather than the engine's sites (the hand-written span lint). */
export interface FileRule {
  meta: RuleMeta;
  check(source: FileSource): Promise<FindingDraft[]>;
}

/** Where a directive applies: `ignore-next-line`, `ignore-line`, `ignore-file`, `disable` (up to a matching `enable`), `enable`. */
export type IgnoreScope = "next-line" | "line" | "file" | "disable" | "enable";

/** One `sentry-ai-codemod-*` directive comment, as ignore-comments.ts reads it and unused-ignore judges it. */
export interface IgnoreComment {
  scope: IgnoreScope;
  /** Rules it names; empty means all of them. */
  rules: RuleId[];
  /** Names in the list that are not rules (typos): reported, never matched. */
  unknownRules: string[];
  /** The line a next-line or same-line comment covers (next-line: the line after the comment ends). */
  targetLine: number;
  reason?: string;
  /** The comment itself, where unused or mistyped comments are reported. */
  range: SourceRange;
  /**
   * A disable comment: where its rules are enabled again, by rule (`"*"` when it names none). A rule without an
   * entry stays disabled to the end of the file.
   */
  enabledAt?: Map<RuleId | "*", SourcePosition>;
  /** An enable comment: the rules it names (`"*"`: all) that no open disable comment had disabled. */
  unmatched?: Array<RuleId | "*">;
}

/** A rule that judges the ignore comments themselves, once they have been applied (unused-ignore). */
export interface IgnoreCommentRule {
  meta: RuleMeta;
  /** The findings for one comment, given the rules it suppressed and every rule there is (for the typo message). */
  check(comment: IgnoreComment, suppressed: ReadonlySet<RuleId>, knownRules: readonly RuleId[]): FindingDraft[];
}
