import type { PyCatalog, PyHandoffs } from "../../sdks/registry-python";
import { field, named, type Node } from "./ast";
import type { Analysis } from "./analyze";
import { Lines } from "./text";

/** What a module's top level imports and defines: where new imports and helpers go, and what is there already. */

const IMPORT_TYPES = new Set(["import_statement", "import_from_statement", "future_import_statement"]);
export const isImport = (node: Node) => IMPORT_TYPES.has(node.type);
export const isDefinition = (node: Node) =>
  ["function_definition", "class_definition", "decorated_definition"].includes(node.type);

export interface ModuleImports {
  sentryAlias?: string;
  json: "imported" | "missing" | "shadowed";
  definedHelpers: Set<string>;
  /** The module's `_sentry_*` functions and `_Sentry*` classes, by name (one an earlier version wrote may be brought up to date). */
  helperDefinitions: Map<string, Node>;
  firstRegular?: Node;
  lastLeadingImport?: Node;
  /** The first `from <module> import ...` of each module. */
  fromImports: Map<string, Node>;
  firstAfter(node: Node): Node | undefined;
  insertionPoint(lines: Lines, text: string): { offset: number; needsLeadingNewline: boolean };
  /** How the hand-off wrapper is reached here, and the import to add when it is not. */
  handoff(
    analysis: Analysis,
    catalog: PyCatalog,
    wrapper: PyHandoffs["wrapper"],
  ): { name: string; importText?: string };
}

/** What the module's top level imports and defines, and where new imports and helpers go. */
export function moduleImports(root: Node): ModuleImports {
  const statements = named(root);
  let sentryAlias: string | undefined;
  let json: ModuleImports["json"] = "missing";
  const definedHelpers = new Set<string>();
  const helperDefinitions = new Map<string, Node>();
  const fromImports = new Map<string, Node>();
  const boundNames = new Set<string>();
  for (const statement of statements) {
    if (statement.type === "import_statement") {
      for (const name of named(statement)) {
        if (name.type === "dotted_name") {
          if (name.text === "sentry_sdk") sentryAlias ??= "sentry_sdk";
          if (name.text === "json") json = "imported";
          boundNames.add(name.text.split(".")[0]);
        } else if (name.type === "aliased_import") {
          const module = field(name, "name")?.text;
          const alias = field(name, "alias")?.text;
          if (module === "sentry_sdk" && alias) sentryAlias ??= alias;
          if (alias) boundNames.add(alias);
          if (alias === "json" && module !== "json") json = "shadowed";
        }
      }
    } else if (statement.type === "import_from_statement") {
      const module = field(statement, "module_name")?.text.replace(/\s+/g, "");
      if (module && !fromImports.has(module)) fromImports.set(module, statement);
      for (const name of statement.childrenForFieldName("name")) {
        if (!name) continue;
        const bound = name.type === "aliased_import" ? field(name, "alias")?.text : name.text;
        if (bound) boundNames.add(bound);
        if (bound === "json") json = "shadowed";
      }
    } else if (
      statement.type === "function_definition" ||
      statement.type === "decorated_definition" ||
      statement.type === "class_definition"
    ) {
      const definition = statement.type === "decorated_definition" ? field(statement, "definition") : statement;
      const name = definition && field(definition, "name")?.text;
      if (name?.startsWith("_sentry_") || name?.startsWith("_Sentry")) definedHelpers.add(name);
      if (name && definedHelpers.has(name) && statement.type !== "decorated_definition")
        helperDefinitions.set(name, statement);
      if (name) boundNames.add(name);
    } else if (statement.type === "expression_statement") {
      const assignment = named(statement)[0];
      const left = assignment?.type === "assignment" ? field(assignment, "left") : undefined;
      if (left?.type === "identifier") {
        boundNames.add(left.text);
        if (left.text === "json") json = json === "imported" ? json : "shadowed";
      }
    }
  }
  // the module docstring and `from __future__` imports stay first
  let index = 0;
  if (
    statements[0]?.type === "expression_statement" &&
    named(statements[0]).length === 1 &&
    ["string", "concatenated_string"].includes(named(statements[0])[0].type)
  )
    index = 1;
  while (statements[index]?.type === "future_import_statement") index++;
  const preamble = index > 0 ? statements[index - 1] : undefined;
  const firstRegular = statements[index];
  let lastLeadingImport: Node | undefined;
  for (let i = index; i < statements.length && isImport(statements[i]); i++) lastLeadingImport = statements[i];
  return {
    sentryAlias,
    json,
    definedHelpers,
    helperDefinitions,
    firstRegular,
    lastLeadingImport,
    fromImports,
    firstAfter(node) {
      return statements.find((statement) => statement.startIndex >= node.endIndex);
    },
    insertionPoint(lines, text) {
      if (firstRegular) return { offset: lines.lineStart(firstRegular.startIndex), needsLeadingNewline: false };
      if (preamble) {
        const end = lines.lineEnd(preamble.endIndex);
        return end >= text.length
          ? { offset: text.length, needsLeadingNewline: true }
          : { offset: end + (text[end] === "\r" ? 2 : 1), needsLeadingNewline: false };
      }
      return { offset: 0, needsLeadingNewline: false };
    },
    handoff(analysis, catalog, wrapper) {
      for (const statement of statements) {
        if (statement.type !== "import_from_statement" && statement.type !== "import_statement") continue;
        for (const name of named(statement)) {
          const bound =
            name.type === "aliased_import"
              ? field(name, "alias")
              : name.type === "dotted_name" && statement.type === "import_from_statement"
                ? name
                : undefined;
          if (!bound || bound.id === field(statement, "module_name")?.id) continue;
          const value = analysis.resolver.resolveName(bound.text, bound);
          if (value?.t === "entry" && value.entry.how === "handoff") return { name: bound.text };
          if (value?.t === "module" && catalog.entry(value.module, wrapper.export)?.entry.how === "handoff")
            return { name: `${bound.text}.${wrapper.export}` };
        }
        if (statement.type === "import_statement") {
          for (const name of named(statement)) {
            if (name.type === "dotted_name" && name.text === wrapper.module)
              return { name: `${wrapper.module}.${wrapper.export}` };
          }
        }
      }
      const from = `from ${wrapper.module} import ${wrapper.export}`;
      if (!boundNames.has(wrapper.export)) return { name: wrapper.export, importText: from };
      return { name: `_sentry_${wrapper.export}`, importText: `${from} as _sentry_${wrapper.export}` };
    },
  };
}
