import { field, named, type Node, stringValue } from "./ast";

/** Facts about function bodies, parameters and literals that the scopes and the values both read. */

export function parameterName(param: Node): string | undefined {
  if (param.type === "identifier") return param.text;
  if (param.type === "typed_parameter") return named(param).find((child) => child.type === "identifier")?.text;
  if (param.type === "default_parameter" || param.type === "typed_default_parameter") return field(param, "name")?.text;
  if (param.type === "list_splat_pattern" || param.type === "dictionary_splat_pattern") return named(param)[0]?.text;
  return undefined;
}

export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/** `return` statements of a function body, not of functions nested in it. */
export function ownReturns(body: Node): Node[] {
  const found: Node[] = [];
  const walk = (node: Node): void => {
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === "function_definition" || child.type === "class_definition" || child.type === "lambda")
        continue;
      if (child.type === "return_statement") found.push(child);
      walk(child);
    }
  };
  walk(body);
  return found;
}

/** Does the function body (not nested functions) yield? */
export function isGenerator(body: Node): boolean {
  let found = false;
  const walk = (node: Node): void => {
    for (const child of node.namedChildren) {
      if (!child || found) continue;
      if (child.type === "function_definition" || child.type === "class_definition" || child.type === "lambda")
        continue;
      if (child.type === "yield") found = true;
      else walk(child);
    }
  };
  walk(body);
  return found;
}

/**
 * A dict literal that maps tool names to functions: `{"get_weather": get_weather, ...}`, every key a
 * string and every value a name. Whether it is a tool registry is decided by the name it is bound to.
 */
export function isToolRegistryDict(node: Node, registryName: RegExp): boolean {
  const pairs = named(node);
  if (!pairs.length) return false;
  if (!pairs.every((pair) => pair.type === "pair")) return false;
  if (!pairs.every((pair) => stringValue(field(pair, "key")) !== undefined)) return false;
  if (!pairs.every((pair) => ["identifier", "attribute"].includes(field(pair, "value")?.type ?? ""))) return false;
  const assignment = node.parent;
  if (assignment?.type !== "assignment") return false;
  const target = field(assignment, "left");
  return !!target && registryName.test(target.text);
}
