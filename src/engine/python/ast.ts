import type { Node } from "web-tree-sitter";

export type { Node };

/** Named children without comments. */
export function named(node: Node): Node[] {
  return node.namedChildren.filter((child): child is Node => child !== null && child.type !== "comment");
}

export function field(node: Node, name: string): Node | undefined {
  return node.childForFieldName(name) ?? undefined;
}

export function isAncestor(ancestor: Node, node: Node): boolean {
  return node.startIndex >= ancestor.startIndex && node.endIndex <= ancestor.endIndex && ancestor.id !== node.id
    ? walkUp(node, (candidate) => candidate.id === ancestor.id)
    : false;
}

function walkUp(node: Node, test: (candidate: Node) => boolean): boolean {
  for (let current = node.parent; current; current = current.parent) if (test(current)) return true;
  return false;
}

export function same(a: Node | null | undefined, b: Node | null | undefined): boolean {
  return !!a && !!b && a.id === b.id;
}

/** Every node of the given types in document order (tree-sitter's own search, no JavaScript walk). */
export function collect(root: Node, types: ReadonlySet<string>): Node[] {
  return root.descendantsOfType([...types]).filter((node): node is Node => node !== null);
}

/** The value of a plain string literal (no f-string interpolation, no bytes), or undefined. */
export function stringValue(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === "concatenated_string") {
    let out = "";
    for (const part of named(node)) {
      const value = stringValue(part);
      if (value === undefined) return undefined;
      out += value;
    }
    return out;
  }
  if (node.type !== "string") return undefined;
  const start = node.children.find((child) => child?.type === "string_start")?.text ?? "";
  const prefix = start.replace(/["']/g, "").toLowerCase();
  if (prefix.includes("b") || prefix.includes("f") || prefix.includes("t")) return undefined;
  const raw = prefix.includes("r");
  let out = "";
  for (const child of node.children) {
    if (!child) continue;
    if (child.type === "string_content") out += raw ? child.text : decodeEscapes(child.text);
    else if (child.type === "escape_sequence") out += raw ? child.text : decodeEscapes(child.text);
    else if (child.type === "interpolation") return undefined;
  }
  return out;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
  "\n": "",
};

function decodeEscapes(text: string): string {
  return text.replace(
    /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|N\{[^}]*\}|\r?\n|.)/g,
    (whole, esc: string) => {
      if (esc in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[esc];
      if (esc === "\r\n") return "";
      if (/^[xuU]/.test(esc)) return String.fromCodePoint(parseInt(esc.slice(1), 16));
      if (/^[0-7]+$/.test(esc)) return String.fromCodePoint(parseInt(esc, 8));
      return whole;
    },
  );
}

/** Literal scalar source text (number, True/False/None, plain string) usable as is in generated code. */
export function literalText(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  switch (node.type) {
    case "integer":
    case "float":
    case "true":
    case "false":
      return node.text;
    case "unary_operator": {
      const operand = named(node)[0];
      return operand && (operand.type === "integer" || operand.type === "float")
        ? node.text.replace(/\s+/g, "")
        : undefined;
    }
    default: {
      const value = stringValue(node);
      return value === undefined ? undefined : JSON.stringify(value);
    }
  }
}

const PURE_LEAVES = new Set(["identifier", "integer", "float", "true", "false", "none", "ellipsis"]);
const PURE_CONTAINERS = new Set([
  "attribute",
  "subscript",
  "list",
  "tuple",
  "set",
  "dictionary",
  "pair",
  "parenthesized_expression",
  "binary_operator",
  "unary_operator",
  "comparison_operator",
  "not_operator",
  "boolean_operator",
  "conditional_expression",
  "string",
  "concatenated_string",
  "interpolation",
  "list_splat",
  "dictionary_splat",
  "slice",
  "keyword_argument",
]);

/**
 * An expression whose second evaluation has no effect worth worrying about: names, attribute and item
 * reads, literals and displays of those. Calls, awaits, lambdas, comprehensions and walruses are not.
 */
export function isPure(node: Node): boolean {
  if (PURE_LEAVES.has(node.type)) return true;
  if (
    node.type === "string_start" ||
    node.type === "string_content" ||
    node.type === "string_end" ||
    node.type === "escape_sequence"
  )
    return true;
  if (node.type === "format_specifier" || node.type === "type_conversion") return true;
  if (!PURE_CONTAINERS.has(node.type)) return false;
  return named(node).every(isPure);
}

/** `a.b.c` as ["a", "b", "c"] when the expression is only names and attribute reads. */
export function dottedName(node: Node): string[] | undefined {
  if (node.type === "identifier") return [node.text];
  if (node.type === "attribute") {
    const object = field(node, "object");
    const attribute = field(node, "attribute");
    const base = object && dottedName(object);
    return base && attribute ? [...base, attribute.text] : undefined;
  }
  return undefined;
}

/** Positional and keyword arguments of a call. */
export interface CallArguments {
  positional: Node[];
  keywords: Map<string, { node: Node; value: Node }>;
  /** `*args` or `**kwargs` present: arguments the tool cannot see. */
  splat: boolean;
  /** The mapping of the call's one `**mapping`, when it has exactly one (its keys are read at run time). */
  keywordsMapping?: Node;
  list?: Node;
}

export function callArguments(call: Node): CallArguments {
  const list = field(call, "arguments");
  const out: CallArguments = { positional: [], keywords: new Map(), splat: false, list };
  if (!list || list.type !== "argument_list") return out;
  for (const argument of named(list)) {
    if (argument.type === "keyword_argument") {
      const name = field(argument, "name");
      const value = field(argument, "value");
      if (name && value) out.keywords.set(name.text, { node: argument, value });
    } else if (argument.type === "list_splat" || argument.type === "dictionary_splat") {
      if (argument.type === "dictionary_splat")
        out.keywordsMapping = out.keywordsMapping || out.splat ? undefined : named(argument)[0];
      else out.keywordsMapping = undefined;
      out.splat = true;
    } else {
      out.positional.push(argument);
    }
  }
  return out;
}

/** The node an argument spec points at, if the call passes it. */
export function argumentNode(
  args: CallArguments,
  spec: { keyword: string; position?: number } | undefined,
): Node | undefined {
  if (!spec) return undefined;
  const keyword = args.keywords.get(spec.keyword);
  if (keyword) return keyword.value;
  if (spec.position !== undefined) return args.positional[spec.position];
  return undefined;
}

/** The docstring of a function or class body, or undefined. */
export function docstringNode(body: Node | undefined): Node | undefined {
  const first = body ? named(body)[0] : undefined;
  if (!first || first.type !== "expression_statement") return undefined;
  const expression = named(first);
  if (expression.length !== 1) return undefined;
  return expression[0].type === "string" || expression[0].type === "concatenated_string" ? first : undefined;
}

/** A docstring as `inspect.cleandoc` would give it. */
export function cleanDocstring(statement: Node): string | undefined {
  const raw = stringValue(named(statement)[0]);
  if (raw === undefined) return undefined;
  const lines = raw.replace(/\t/g, "        ").split(/\r?\n/);
  let margin = Infinity;
  for (const line of lines.slice(1)) {
    const content = line.trimStart();
    if (content) margin = Math.min(margin, line.length - content.length);
  }
  const cleaned = [
    lines[0].trimStart(),
    ...lines.slice(1).map((line) => (margin === Infinity ? line : line.slice(margin)).trimEnd()),
  ];
  while (cleaned.length && !cleaned[cleaned.length - 1]) cleaned.pop();
  while (cleaned.length && !cleaned[0]) cleaned.shift();
  return cleaned.join("\n") || undefined;
}
