import { LineMap } from "../core/text/lines";
import type { Language, SourceRange } from "../core/types";
import { toFinding } from "./findings";
import { isRuleId, RULE_IDS } from "./index";
import type { Finding, IgnoreComment, RuleId } from "./types";
import { unusedIgnore } from "./unused-ignore";

/**
 * `// sentry-ai-codemod-ignore-next-line [rule, ...] -- reason` and `// sentry-ai-codemod-ignore-file [rule, ...]`
 * (`/* ... *\/` too; `#` in Python). Like ESLint's disable directives: no rule list means every rule, and a
 * comment that suppresses nothing is itself reported (`unused-ignore`).
 */

export const IGNORE_MARKER = "sentry-ai-codemod-ignore-";

export type { IgnoreComment } from "./types";

/**
 * The opener must start its line or follow whitespace or the end of a statement, so a marker quoted in a string
 * (`"// sentry-ai-codemod-ignore-file"`) or in documentation (`` `// sentry-...` ``) is not a directive.
 */
const JS_DIRECTIVE = /(?<=^|[\s;,)}\]])(\/\/|\/\*)[^\S\n]*sentry-ai-codemod-ignore-(next-line|file)(?![\w-])/gm;
const PYTHON_DIRECTIVE = /(?<=^|\s)(#)[^\S\n]*sentry-ai-codemod-ignore-(next-line|file)(?![\w-])/gm;

export function parseIgnoreComments(text: string, language: Language): IgnoreComment[] {
  if (!text.includes(IGNORE_MARKER)) return [];
  const lines = new LineMap(text);
  const comments: IgnoreComment[] = [];
  const pattern = language === "python" ? PYTHON_DIRECTIVE : JS_DIRECTIVE;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (insideOtherComment(text.slice(text.lastIndexOf("\n", start - 1) + 1, start), language)) continue;
    const bodyStart = start + match[0].length;
    const isBlock = match[1] === "/*";
    const closing = isBlock ? text.indexOf("*/", bodyStart) : -1;
    const lineEnd = text.indexOf("\n", bodyStart);
    const bodyEnd = isBlock ? (closing === -1 ? text.length : closing) : lineEnd === -1 ? text.length : lineEnd;
    const end = isBlock && closing !== -1 ? closing + 2 : bodyEnd;
    const { rules, unknownRules, reason } = parseBody(text.slice(bodyStart, bodyEnd));
    const range = { start: lines.position(start), end: lines.position(trimEndOffset(text, start, end)) };
    comments.push({
      scope: match[2] === "file" ? "file" : "next-line",
      rules,
      unknownRules,
      targetLine: range.end.line + 1,
      reason,
      range,
    });
  }
  return comments;
}

/** A marker on a doc-comment line (` * // sentry-...`) or after another comment opener is an example, not a directive. */
function insideOtherComment(linePrefix: string, language: Language): boolean {
  return language === "python" ? linePrefix.includes("#") : /^\s*\*/.test(linePrefix) || linePrefix.includes("//") || linePrefix.includes("/*");
}

/** `missing-span, streaming-manual -- reason` -> rules and reason. Rules may be separated by commas or spaces. */
function parseBody(body: string): { rules: RuleId[]; unknownRules: string[]; reason?: string } {
  const separator = body.search(/(?:^|\s)--(?:\s|$)/);
  const ruleText = separator === -1 ? body : body.slice(0, separator);
  const reason = separator === -1 ? undefined : body.slice(separator).replace(/^\s*--\s*/, "").trim() || undefined;
  const names = ruleText.split(/[\s,]+/).filter((name) => name.length > 0);
  return {
    rules: names.filter(isRuleId),
    unknownRules: names.filter((name) => !isRuleId(name)),
    reason,
  };
}

/** Trailing spaces (and a CR) are not part of a line comment. */
function trimEndOffset(text: string, start: number, end: number): number {
  let offset = end;
  while (offset > start && /\s/.test(text[offset - 1])) offset--;
  return offset;
}

/**
 * Drops the findings the comments suppress and adds an `unused-ignore` finding (default severity) for each comment,
 * or rule named in one, that suppressed nothing, and for each unknown rule name. Parse errors are not findings,
 * so they can never be suppressed; `unused-ignore` findings cannot be suppressed either.
 */
export function applyIgnoreComments(findings: readonly Finding[], comments: readonly IgnoreComment[], file: string): Finding[] {
  if (comments.length === 0) return [...findings];
  const used = comments.map(() => new Set<RuleId>());
  const kept = findings.filter((finding) => {
    let suppressed = false;
    comments.forEach((comment, index) => {
      if (covers(comment, finding)) {
        used[index].add(finding.ruleId);
        suppressed = true;
      }
    });
    return !suppressed;
  });
  comments.forEach((comment, index) => {
    for (const draft of unusedIgnore.check(comment, used[index], RULE_IDS)) {
      kept.push(toFinding(draft, file, unusedIgnore.meta.defaultSeverity));
    }
  });
  return kept;
}

function covers(comment: IgnoreComment, finding: Finding): boolean {
  if (finding.ruleId === "unused-ignore") return false;
  if (comment.scope === "next-line" && finding.line !== comment.targetLine) return false;
  if (comment.rules.length === 0) return comment.unknownRules.length === 0;
  return comment.rules.includes(finding.ruleId);
}
