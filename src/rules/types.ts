import type { RuleId, Severity } from "./findings";

/** What reporters and docs say about a rule; SARIF copies it into `tool.driver.rules`. */
export interface RuleMeta {
  id: RuleId;
  defaultSeverity: Severity;
  /** One line: SARIF `shortDescription`, the docs' table. */
  description: string;
  /** How to fix a finding, in a few sentences: SARIF `help`. */
  help: string;
}
