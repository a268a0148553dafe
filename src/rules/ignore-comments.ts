import { LineMap } from "../core/text/lines";
import type { Language, SourcePosition } from "../core/types";
import { type CommentRange, javascriptCommentRanges } from "../engine/javascript/comment-ranges";
import { toFinding } from "./findings";
import { isRuleId, RULE_IDS } from "./index";
import type { Finding, IgnoreComment, IgnoreScope, RuleId } from "./types";
import { unusedIgnore } from "./unused-ignore";

/**
 * The directive comments, like ESLint's: `// sentry-ai-codemod-ignore-next-line [rule, ...] -- reason`,
 * `// sentry-ai-codemod-ignore-line [rule, ...]` (at the end of the line it covers), `// sentry-ai-codemod-ignore-file`,
 * and `// sentry-ai-codemod-disable [rule, ...]` ... `// sentry-ai-codemod-enable [rule, ...]` around a range
 * (`/* ... *\/` too; `#` in Python). No rule list means every rule, and a comment that suppresses nothing is
 * itself reported (`unused-ignore`).
 */

/** Text every directive contains: a file without it has none (a cheap test before parsing). */
export const IGNORE_MARKER = "sentry-ai-codemod-";

export type { IgnoreComment, IgnoreScope } from "./types";

/** A comment that is a directive: the marker right after its opener (`/**` is documentation, not a directive). */
const DIRECTIVE =
  /(\/\/|\/\*|#)[^\S\n]*sentry-ai-codemod-(ignore-next-line|ignore-line|ignore-file|disable|enable)(?![\w-])/y;

const SCOPES: Readonly<Record<string, IgnoreScope>> = {
  "ignore-next-line": "next-line",
  "ignore-line": "line",
  "ignore-file": "file",
  disable: "disable",
  enable: "enable",
};

/**
 * The directives among the file's real comments: JS/TS comments come from the parsed file (`filePath` picks
 * TypeScript or JSX), Python's from a scan, so directive text in a string, template literal, regex literal, JSX
 * text or docstring is not one. `check` and `instrument` both read them here.
 */
export function parseIgnoreComments(text: string, language: Language, filePath: string): IgnoreComment[] {
  if (!text.includes(IGNORE_MARKER)) return [];
  const lines = new LineMap(text);
  const comments: IgnoreComment[] = [];
  const ranges = language === "python" ? pythonCommentRanges(text) : javascriptCommentRanges(filePath, text);
  for (const { start, end } of ranges) {
    DIRECTIVE.lastIndex = start;
    const match = DIRECTIVE.exec(text);
    if (!match || start + match[0].length > end) continue;
    const isBlock = match[1] === "/*";
    const bodyEnd = isBlock && text.startsWith("*/", end - 2) ? end - 2 : end;
    const { rules, unknownRules, reason } = parseBody(text.slice(start + match[0].length, bodyEnd));
    const range = { start: lines.position(start), end: lines.position(trimEndOffset(text, start, end)) };
    const scope = SCOPES[match[2]];
    comments.push({
      scope,
      rules,
      unknownRules,
      targetLine: scope === "line" ? range.start.line : range.end.line + 1,
      reason,
      range,
    });
  }
  pairDisableComments(comments);
  return comments;
}

/**
 * Closes each disable comment's range at the enable comments after it: an enable without rules closes every open
 * disable; one naming rules closes those rules in the disables that named them. What an enable closes nothing of
 * is kept on it, for unused-ignore.
 */
function pairDisableComments(comments: readonly IgnoreComment[]): void {
  const open: IgnoreComment[] = [];
  for (const comment of comments) {
    if (comment.scope === "disable") {
      comment.enabledAt = new Map();
      open.push(comment);
    } else if (comment.scope === "enable") {
      const at = comment.range.start;
      const keys: Array<RuleId | "*"> = comment.rules.length === 0 ? ["*"] : comment.rules;
      comment.unmatched = keys.filter((key) => {
        let matched = false;
        for (const disable of open) {
          const disabled: Array<RuleId | "*"> = disable.rules.length === 0 ? ["*"] : disable.rules;
          for (const rule of key === "*" ? disabled : disabled.filter((name) => name === key)) {
            if (disable.enabledAt?.has(rule)) continue;
            disable.enabledAt?.set(rule, at);
            matched = true;
          }
        }
        return !matched;
      });
    }
  }
}

/**
 * Python's comments, each to the end of its line: from a `#` outside string literals that no comment before it on its line holds, so
 * that a marker quoted in a string or a docstring (documentation of the comments), or after another comment's
 * `#`, is not a directive. A scan, not a parse: it knows comments, quotes, triple quotes and escapes.
 */
function pythonCommentRanges(text: string): CommentRange[] {
  const ranges: CommentRange[] = [];
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (char === "#") {
      const end = text.indexOf("\n", at);
      ranges.push({ start: at, end: end === -1 ? text.length : end });
      at = end === -1 ? text.length : end;
    } else if (char === '"' || char === "'") {
      const quote = text.startsWith(char.repeat(3), at) ? char.repeat(3) : char;
      let end = at + quote.length;
      while (end < text.length && !text.startsWith(quote, end) && (quote.length === 3 || text[end] !== "\n"))
        end += text[end] === "\\" ? 2 : 1;
      at = end + quote.length - 1;
    }
  }
  return ranges;
}

/** `missing-span, streaming-manual -- reason` -> rules and reason. Rules may be separated by commas or spaces. */
function parseBody(body: string): { rules: RuleId[]; unknownRules: string[]; reason?: string } {
  const separator = body.search(/(?:^|\s)--(?:\s|$)/);
  const ruleText = separator === -1 ? body : body.slice(0, separator);
  const reason =
    separator === -1
      ? undefined
      : body
          .slice(separator)
          .replace(/^\s*--\s*/, "")
          .trim() || undefined;
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
export function applyIgnoreComments(
  findings: readonly Finding[],
  comments: readonly IgnoreComment[],
  file: string,
): Finding[] {
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
  return (
    finding.ruleId !== "unused-ignore" &&
    isSuppressedBy(comment, finding.ruleId, { line: finding.line, column: finding.column })
  );
}

/**
 * Whether the directive comments of a file (from parseIgnoreComments) suppress `ruleId` at a position: the start
 * of the site or finding. Pure; `instrument` asks it whether to leave a site alone (`"missing-span"`).
 */
export function isSuppressed(comments: readonly IgnoreComment[], ruleId: RuleId, at: SourcePosition): boolean {
  return comments.some((comment) => isSuppressedBy(comment, ruleId, at));
}

function isSuppressedBy(comment: IgnoreComment, ruleId: RuleId, at: SourcePosition): boolean {
  const named = comment.rules.length === 0 ? comment.unknownRules.length === 0 : comment.rules.includes(ruleId);
  if (!named) return false;
  switch (comment.scope) {
    case "file":
      return true;
    case "next-line":
    case "line":
      return at.line === comment.targetLine;
    case "enable":
      return false;
    case "disable": {
      const enabledAt = comment.enabledAt?.get(comment.rules.length === 0 ? "*" : ruleId);
      return !before(at, comment.range.end) && (!enabledAt || before(at, enabledAt));
    }
  }
}

function before(a: SourcePosition, b: SourcePosition): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}
