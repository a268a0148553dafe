import { CUSTOM_AGENTS, TOOL_DISPATCH } from "../../sdks/registry-agents";

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

const AGENT_SUFFIX = CUSTOM_AGENTS.classNameSuffix;
/** A class named `...Agent` created, annotated or declared here (the finder traces `new X`, `: X` and `class X`). */
const AGENT_CLASS_USE = new RegExp(`(?:\\bnew\\s+|\\bclass\\s+|:\\s*)[A-Z][\\w$]*${escape(AGENT_SUFFIX)}\\b`);
const AGENT_RUN = new RegExp(`\\.(?:${CUSTOM_AGENTS.runMethods.map(escape).join("|")})\\s*\\(`);
/**
 * Dispatch on a tool call's `.name`, or a call through a map indexed by one: outside files that import an LLM
 * SDK the finder only takes them when the expression itself says "tool", "function" or "call" (the words of
 * `TOOL_DISPATCH.toolCallExpression`). Patterns do not start with a repeated class: the regex engine would retry
 * it at every position of a large file.
 */
const TOOL_WORD = "(?:tool|function|call|\\bfc\\b)";
const DISPATCH = new RegExp(
  [
    `switch\\s*\\(\\s*[\\w$.?]*${TOOL_WORD}[\\w$.?]*\\.name\\s*\\)`,
    `${TOOL_WORD}[\\w$.?]*\\.name\\s*===?\\s*["'\`]`,
    `["'\`]\\s*===?\\s*[\\w$.?]*${TOOL_WORD}[\\w$.?]*\\.name\\b`,
    // A map named for tools (`callbacks[i]()` is not one), or any map indexed by a tool call's name; not a
    // Markdown link in a comment (`[tools](https://...)`).
    `(?:tool|function)[\\w$]*\\[[^\\]\\n]*\\]\\s*\\((?![a-z]+:\\/\\/)`,
    `\\[\\s*[\\w$.?]*${TOOL_WORD}[\\w$.?]*\\s*\\]\\s*\\((?![a-z]+:\\/\\/)`,
  ].join("|"),
  "i",
);

/**
 * Cheap text test for agent code that imports no framework (framework imports are tested with the SDK
 * modules): a custom agent class that is created and run, or hand-rolled tool dispatch. Each pattern mirrors
 * what the finder needs, so a file that fails it cannot hold such a site; false positives only cost a parse.
 */
export function mightContainAgentSites(text: string): boolean {
  // Cheapest tests first: most files of a large tree fail the first one.
  return (
    (text.includes(AGENT_SUFFIX) && AGENT_RUN.test(text) && AGENT_CLASS_USE.test(text)) ||
    (TOOL_DISPATCH.toolCallMention.test(text) && DISPATCH.test(text))
  );
}
