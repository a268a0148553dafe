import type { LeadingText, WrittenValue } from "../../core/written-span";
import { field, named, stringValue, type Node } from "./ast";

/** Reading the Python values of a hand-written span (names, attribute dicts) into the malformed-span rule's terms. */

/** What a span's call and its block tell about its attributes. */
export interface AttributeFacts {
  values: Map<string, WrittenValue<Node>>;
  /** False when some attribute may be set where the lint cannot see (`**splat`, helper function, computed key). */
  complete: boolean;
  /** `span.name = ...` (or `description`) in the block: the name at start is not the final one. */
  renamed: boolean;
}

/** `("x")` is `"x"`. */
export function unwrapParentheses(node: Node): Node {
  let current = node;
  while (current.type === "parenthesized_expression") {
    const inner = named(current)[0];
    if (!inner) break;
    current = inner;
  }
  return current;
}

/** Keys after the last `**splat` are certain; earlier ones may be overridden by it, so they are not trusted. */
export function addDictionary(dictionary: Node, facts: AttributeFacts): void {
  let certain = new Map<string, WrittenValue<Node>>();
  for (const item of named(dictionary)) {
    const key = item.type === "pair" ? pairKey(item) : undefined;
    const value = item.type === "pair" ? field(item, "value") : undefined;
    if (key === undefined || !value) {
      facts.complete = false;
      certain = new Map();
    } else {
      certain.set(key, writtenValue(value));
    }
  }
  for (const [key, value] of certain) facts.values.set(key, value);
}

export function pairKey(pair: Node): string | undefined {
  const key = field(pair, "key");
  return key && stringValue(unwrapParentheses(key));
}

export function writtenValue(value: Node): WrittenValue<Node> {
  return { literal: stringValue(unwrapParentheses(value)), at: value };
}

/**
 * The fixed text a span name starts with: a plain string is all fixed; an f-string up to its first `{...}`;
 * `"chat " + model` and `"chat %s" % model` / `"chat {}".format(model)` up to the run-time part.
 */
export function leadingText(node: Node): LeadingText | undefined {
  const value = unwrapParentheses(node);
  switch (value.type) {
    case "string":
      return stringLeadingText(value);
    case "concatenated_string":
      return joinedLeadingText(named(value));
    case "binary_operator": {
      const operator = field(value, "operator")?.type;
      const left = field(value, "left");
      const right = field(value, "right");
      if (operator === "+" && left && right) return joinedLeadingText([left, right]);
      if (operator === "%" && left) return upTo(leadingText(left), "%");
      return undefined;
    }
    case "call": {
      const callee = field(value, "function");
      if (callee?.type !== "attribute" || field(callee, "attribute")?.text !== "format") return undefined;
      const object = field(callee, "object");
      return object && upTo(leadingText(object), "{");
    }
    default:
      return undefined;
  }
}

/** Parts that follow each other (`"a" "b"`, `"a" + b`): fixed text runs until the first part that is not. */
function joinedLeadingText(parts: Node[]): LeadingText | undefined {
  let text = "";
  for (const [index, part] of parts.entries()) {
    const leading = leadingText(part);
    if (!leading) return index === 0 ? undefined : { text, complete: false };
    text += leading.text;
    if (!leading.complete) return { text, complete: false };
  }
  return { text, complete: true };
}

/** A format string's text before its first placeholder; the rest comes at run time. */
function upTo(leading: LeadingText | undefined, placeholder: string): LeadingText | undefined {
  if (!leading) return undefined;
  const at = leading.text.indexOf(placeholder);
  return { text: at < 0 ? leading.text : leading.text.slice(0, at), complete: false };
}

function stringLeadingText(node: Node): LeadingText | undefined {
  const plain = stringValue(node);
  if (plain !== undefined) return { text: plain, complete: true };
  const prefix = (node.children.find((child) => child?.type === "string_start")?.text ?? "")
    .replace(/["']/g, "")
    .toLowerCase();
  if (!prefix.includes("f") || prefix.includes("b")) return undefined;
  let text = "";
  for (const child of node.children) {
    if (!child || child.type === "string_start" || child.type === "string_end") continue;
    if (child.type !== "string_content") return { text, complete: false };
    const content = child.text.replace(/\{\{/g, "{").replace(/\}\}/g, "}");
    // Escapes are left to the run time: the text before the first one is still exact.
    const escape = prefix.includes("r") ? -1 : content.indexOf("\\");
    if (escape >= 0) return { text: text + content.slice(0, escape), complete: false };
    text += content;
  }
  return { text, complete: true };
}

/** A plain string as JSON (`"OpenAI call"`, as the JS rule shows it), anything else as written. */
export function shownName(node: Node): string {
  const value = unwrapParentheses(node);
  const plain = value.type === "string" || value.type === "concatenated_string" ? stringValue(value) : undefined;
  return plain === undefined ? value.text : JSON.stringify(plain);
}
