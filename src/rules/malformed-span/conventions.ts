import { ATTR, KNOWN_GEN_AI_OPS } from "../../core/conventions";
import type { LeadingText, WrittenValue } from "../../core/written-span";

export type { LeadingText, WrittenValue };

/**
 * The language-neutral half of the malformed-span rule: given what a hand-written gen_ai span's source says
 * (op, name, attributes), the problems to report and where. The JS/TS and Python linters only read their own
 * syntax into a `WrittenSpan`; the judgement and every message live here, so both languages report alike.
 * `At` is the linter's own node type: problems point back at it and the linter turns it into a range.
 */

export interface WrittenSpan<At> {
  /** The literal op, which starts with `gen_ai.`. */
  op: string;
  /** The op's value: an unknown op is reported there. */
  opValueAt: At;
  /** The whole `op: ...` / `op=...` entry: missing names and attributes are reported there. */
  opAt: At;
  /** The name given at start; undefined when the span has none. */
  name?: WrittenName<At>;
  /** The span is renamed later (`span.updateName`, `span.name = ...`): its first name is not the final one. */
  renamed: boolean;
  /** Attribute key -> what sets it, from the options and the span object, last setter winning. */
  attributes: ReadonlyMap<string, WrittenValue<At>>;
  /** False when some attribute may be set where the linter cannot see: missing ones are then not reported. */
  complete: boolean;
}

export interface WrittenName<At> {
  /** The fixed text the name starts with; undefined when it starts with a run-time value. */
  leading?: LeadingText;
  /** How the message shows the name: a quoted string, or the source text. */
  shown: string;
  at: At;
}

export interface SpanProblem<At> {
  at: At;
  message: string;
}

/** The legacy docs op: a model call named `request <model>` (older Python docs wrote `chat <model>` with it). */
const LEGACY_REQUEST_OP = "gen_ai.request";

const SUGGESTED_OPS = [...KNOWN_GEN_AI_OPS].filter((op) => op !== LEGACY_REQUEST_OP).join(", ");

/** Operation -> the attribute a span of it must carry, and what that attribute holds. */
const REQUIRED_ATTRIBUTE: Readonly<Record<string, { key: string; holds: string }>> = {
  chat: { key: ATTR.requestModel, holds: "the requested model" },
  embeddings: { key: ATTR.requestModel, holds: "the requested model" },
  text_completion: { key: ATTR.requestModel, holds: "the requested model" },
  generate_content: { key: ATTR.requestModel, holds: "the requested model" },
  invoke_agent: { key: ATTR.agentName, holds: "the agent's name" },
  execute_tool: { key: ATTR.toolName, holds: "the tool's name" },
};

const NAME_SUBJECT: Readonly<Record<string, string>> = {
  invoke_agent: "<agent name>",
  create_agent: "<agent name>",
  execute_tool: "<tool name>",
  handoff: "from <agent> to <agent>",
};

const HANDOFF_NAME = /^handoff from \S.* to \S/;

/** The problems of one hand-written gen_ai span, in a fixed order: op, name, operation name, required attribute. */
export function spanProblems<At>(span: WrittenSpan<At>): SpanProblem<At>[] {
  const { op } = span;
  if (!KNOWN_GEN_AI_OPS.has(op)) {
    return [{ at: span.opValueAt, message: `Unknown gen_ai op "${op}": use one of ${SUGGESTED_OPS}.` }];
  }
  const problems: SpanProblem<At>[] = [];
  const operation = op === LEGACY_REQUEST_OP ? "chat" : op.slice("gen_ai.".length);
  const namePrefixes = op === LEGACY_REQUEST_OP ? ["request", "chat"] : [operation];
  const nameForm = `${namePrefixes[0]} ${NAME_SUBJECT[operation] ?? "<model>"}`;

  if (!span.name) {
    problems.push({ at: span.opAt, message: `This ${op} span has no name: name it "${nameForm}".` });
  } else if (!span.renamed) {
    const form = nameFormOf(span.name.leading, namePrefixes, operation);
    if (form === "bad") {
      problems.push({ at: span.name.at, message: `Span name ${span.name.shown} should have the form "${nameForm}".` });
    } else if (
      operation === "execute_tool" &&
      span.name.leading?.complete &&
      span.name.leading.text.trim() === operation
    ) {
      // The SDKs fall back to a bare agent or model name when they do not know it, but a tool span always has a tool.
      problems.push({
        at: span.name.at,
        message: `Span name ${span.name.shown} names no tool: name it "${nameForm}", with the tool's name as in "${ATTR.toolName}".`,
      });
    }
  }

  const operationName = span.attributes.get(ATTR.operationName);
  if (operationName) {
    const value = operationName.literal;
    if (value !== undefined && value !== operation) {
      problems.push({
        at: operationName.at,
        message: `"${ATTR.operationName}" is "${value}" but the op is ${op}: set it to "${operation}".`,
      });
    }
  } else if (span.complete) {
    problems.push({
      at: span.opAt,
      message: `Set attribute "${ATTR.operationName}" to "${operation}": Sentry classifies gen_ai spans by it.`,
    });
  }

  const required = REQUIRED_ATTRIBUTE[operation];
  if (required && span.complete && !span.attributes.has(required.key)) {
    problems.push({
      at: span.opAt,
      message: `Set attribute "${required.key}" (${required.holds}) on this ${op} span.`,
    });
  }
  return problems;
}

type NameForm = "ok" | "bad" | "unknown";

/**
 * Whether a span name is `<prefix> <subject>` (or the bare prefix, which the SDKs use when the subject is
 * unknown). A name built at run time is judged by its fixed leading text; one that starts with a run-time
 * value cannot be judged.
 */
function nameFormOf(leading: LeadingText | undefined, prefixes: readonly string[], operation: string): NameForm {
  if (!leading) return "unknown";
  const forms = prefixes.map((prefix) => prefixForm(leading.text, leading.complete, prefix));
  if (forms.includes("ok")) {
    if (operation === "handoff" && leading.complete && !HANDOFF_NAME.test(leading.text)) return "bad";
    return "ok";
  }
  return forms.includes("unknown") ? "unknown" : "bad";
}

function prefixForm(text: string, complete: boolean, prefix: string): NameForm {
  if (complete) return text === prefix || text.startsWith(`${prefix} `) ? "ok" : "bad";
  if (text.startsWith(`${prefix} `)) return "ok";
  // `${prefix}${x}` or `ch${x}`: the run-time part may supply the rest of the word and the space.
  return prefix.startsWith(text) ? "unknown" : "bad";
}
