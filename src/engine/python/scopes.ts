import { type PyCatalog } from "../../sdks/registry-python";
import type { PyEntry, PyKind, PySdkDescriptor } from "../../sdks/types/python";
import { field, named, type Node } from "./ast";
import { parameterName } from "./functions";

/**
 * The names each scope of one Python file binds (imports, assignments, parameters, `self.x = ...` in
 * methods, functions and classes), collected in one walk; `Resolver` turns them into values.
 */
export type Binding =
  | { t: "assign"; value: Node; pos: number; target: string }
  | { t: "annotation"; type: Node; pos: number }
  | { t: "import"; module: string; pos: number }
  | { t: "from"; module: string; name: string; pos: number }
  | { t: "def"; node: Node; pos: number }
  | { t: "class"; node: Node; pos: number }
  | { t: "param"; fn: Node; index: number; node: Node; pos: number }
  | { t: "unknown"; pos: number };

export interface ClassInfo {
  name: string;
  node: Node;
  bases: Node[];
  /** Class-body bindings and `self.x = ...` in its methods. */
  attrs: Map<string, Binding[]>;
  methods: Map<string, Node>;
}

export interface Scope {
  /** module, function_definition or class_definition node. */
  node: Node;
  kind: "module" | "function" | "class";
  names: Map<string, Binding[]>;
  parent?: Scope;
  /** For a method: its class and the name of its first parameter. */
  method?: { cls: ClassInfo; self: string };
  cls?: ClassInfo;
}

/** Facts about a value known at codemod time. */
export interface InstanceInfo {
  model?: string;
  name?: string;
  system?: string;
  async?: boolean;
}

export type Value =
  | { t: "module"; module: string }
  | { t: "entry"; sdk: PySdkDescriptor; entry: PyEntry; module: string }
  | { t: "inst"; sdk: PySdkDescriptor; kind: PyKind; info: InstanceInfo }
  | { t: "class"; cls: ClassInfo }
  | { t: "object"; cls: ClassInfo }
  | { t: "self"; cls: ClassInfo }
  | { t: "func"; node: Node }
  | { t: "imported"; module: string; name: string }
  | { t: "registry"; dict: Node }
  | { t: "registry-item"; key: Node; dict: Node };

function importedModuleName(node: Node): string {
  return node.text.replace(/\s+/g, "");
}

export class Scopes {
  readonly module: Scope;
  readonly scopes = new Map<number, Scope>();
  readonly classes: ClassInfo[] = [];
  /** Function bodies by offsets, for scope lookups without walking up the tree. */
  private readonly functionBodies: Array<{ start: number; end: number; scope: Scope }> = [];
  /** Scopes (by node id) in which one of the reserved span variable names is used. */
  readonly spanNamesUsed = new Map<number, Set<string>>();

  constructor(
    readonly root: Node,
    readonly catalog: PyCatalog,
  ) {
    this.module = { node: root, kind: "module", names: new Map() };
    this.scopes.set(root.id, this.module);
    for (const statement of named(root)) this.visit(statement, this.module);
  }

  protected bind(scope: Scope, name: string, binding: Binding): void {
    const names = scope.kind === "class" && scope.cls ? scope.cls.attrs : scope.names;
    const list = names.get(name);
    if (list) list.push(binding);
    else names.set(name, [binding]);
  }

  private bindTarget(scope: Scope, target: Node, value: Node | undefined, pos: number): void {
    if (target.type === "identifier") {
      this.bind(scope, target.text, value ? { t: "assign", value, pos, target: target.text } : { t: "unknown", pos });
      return;
    }
    if (target.type === "attribute" && scope.method) {
      const object = field(target, "object");
      const attribute = field(target, "attribute");
      if (object?.type === "identifier" && object.text === scope.method.self && attribute) {
        const binding: Binding = value ? { t: "assign", value, pos, target: attribute.text } : { t: "unknown", pos };
        const list = scope.method.cls.attrs.get(attribute.text);
        if (list) list.push(binding);
        else scope.method.cls.attrs.set(attribute.text, [binding]);
      }
      return;
    }
    if (
      ["pattern_list", "tuple_pattern", "list_pattern", "tuple", "list", "list_splat_pattern"].includes(target.type)
    ) {
      for (const part of named(target)) this.bindTarget(scope, part, undefined, pos);
    }
  }

  private visit(node: Node, scope: Scope): void {
    switch (node.type) {
      case "decorated_definition": {
        for (const decorator of named(node)) if (decorator.type === "decorator") this.visitChildren(decorator, scope);
        const definition = field(node, "definition");
        if (definition) this.visit(definition, scope);
        return;
      }
      case "function_definition":
        this.visitFunction(node, scope);
        return;
      case "class_definition":
        this.visitClass(node, scope);
        return;
      case "import_statement":
        for (const name of named(node)) {
          if (name.type === "aliased_import") {
            const module = field(name, "name");
            const alias = field(name, "alias");
            if (module && alias)
              this.bind(scope, alias.text, { t: "import", module: importedModuleName(module), pos: node.startIndex });
          } else if (name.type === "dotted_name") {
            const first = named(name)[0];
            if (first) this.bind(scope, first.text, { t: "import", module: first.text, pos: node.startIndex });
          }
        }
        return;
      case "import_from_statement": {
        const moduleNode = field(node, "module_name");
        if (!moduleNode) return;
        const module = importedModuleName(moduleNode);
        for (const name of node.childrenForFieldName("name")) {
          if (!name) continue;
          if (name.type === "aliased_import") {
            const original = field(name, "name");
            const alias = field(name, "alias");
            if (original && alias)
              this.bind(scope, alias.text, { t: "from", module, name: original.text, pos: node.startIndex });
          } else {
            this.bind(scope, name.text, { t: "from", module, name: name.text, pos: node.startIndex });
          }
        }
        return;
      }
      case "assignment": {
        const left = field(node, "left");
        let right = field(node, "right");
        const type = field(node, "type");
        if (right) this.visit(right, scope);
        while (right?.type === "assignment") {
          const innerLeft = field(right, "left");
          right = field(right, "right");
          if (innerLeft && right) this.bindTarget(scope, innerLeft, right, node.startIndex);
        }
        if (left && right) this.bindTarget(scope, left, right, node.startIndex);
        else if (left && type) {
          if (left.type === "identifier") this.bind(scope, left.text, { t: "annotation", type, pos: node.startIndex });
          else if (left.type === "attribute" && scope.method) {
            const object = field(left, "object");
            const attribute = field(left, "attribute");
            if (object?.text === scope.method.self && attribute) {
              const list = scope.method.cls.attrs.get(attribute.text) ?? [];
              list.push({ t: "annotation", type, pos: node.startIndex });
              scope.method.cls.attrs.set(attribute.text, list);
            }
          }
        }
        if (left) this.visitChildren(left, scope);
        return;
      }
      case "augmented_assignment": {
        const left = field(node, "left");
        if (left?.type === "identifier") this.bind(scope, left.text, { t: "unknown", pos: node.startIndex });
        this.visitChildren(node, scope);
        return;
      }
      case "named_expression": {
        const name = field(node, "name");
        const value = field(node, "value");
        if (name && value) this.bind(scope, name.text, { t: "assign", value, pos: node.startIndex, target: name.text });
        this.visitChildren(node, scope);
        return;
      }
      case "for_statement":
      case "for_in_clause": {
        const left = field(node, "left");
        if (left && node.type === "for_statement") this.bindTarget(scope, left, undefined, node.startIndex);
        this.visitChildren(node, scope);
        return;
      }
      case "with_item": {
        const value = field(node, "value");
        if (value?.type === "as_pattern") {
          const target = field(value, "alias");
          const source = named(value)[0];
          const name = target ? named(target)[0] : undefined;
          if (name && source) this.bindTarget(scope, name, source, node.startIndex);
        }
        this.visitChildren(node, scope);
        return;
      }
      case "except_clause": {
        this.visitChildren(node, scope);
        return;
      }
      case "identifier":
        this.noteSpanName(scope, node.text);
        return;
      default:
        this.visitChildren(node, scope);
    }
  }

  /** Remember where the names the generated code uses for spans are already taken. */
  private noteSpanName(scope: Scope, name: string): void {
    if (
      !/^(_sentry_)?(span|tool_span|agent_span|gen_ai_span|_sentry_span|_sentry_tool_span|_sentry_agent_span)$/.test(
        name,
      )
    )
      return;
    const scopeId = scope.kind === "class" && scope.parent ? scope.parent.node.id : scope.node.id;
    const used = this.spanNamesUsed.get(scopeId) ?? new Set<string>();
    used.add(name);
    this.spanNamesUsed.set(scopeId, used);
  }

  private visitChildren(node: Node, scope: Scope): void {
    for (const child of node.namedChildren) if (child) this.visit(child, scope);
  }

  private visitFunction(node: Node, scope: Scope): void {
    const name = field(node, "name");
    if (name) this.bind(scope, name.text, { t: "def", node, pos: node.startIndex });
    const parameters = field(node, "parameters");
    const inner: Scope = {
      node,
      kind: "function",
      names: new Map(),
      parent: scope.kind === "class" ? scope.parent : scope,
    };
    this.scopes.set(node.id, inner);
    const params = parameters ? named(parameters) : [];
    params.forEach((param, index) => {
      const paramName = parameterName(param);
      if (paramName) {
        this.bind(inner, paramName, { t: "param", fn: node, index, node: param, pos: node.startIndex });
        this.noteSpanName(inner, paramName);
      }
      const value = field(param, "value");
      if (value) this.visit(value, scope);
    });
    if (scope.kind === "class" && scope.cls && name) {
      scope.cls.methods.set(name.text, node);
      const decorated = node.parent?.type === "decorated_definition" ? node.parent : undefined;
      const isStatic = decorated
        ? /@staticmethod\b/.test(decorated.text.slice(0, node.startIndex - decorated.startIndex))
        : false;
      const first = params[0] ? parameterName(params[0]) : undefined;
      if (!isStatic && first) inner.method = { cls: scope.cls, self: first };
    }
    const body = field(node, "body");
    if (body) {
      this.functionBodies.push({ start: body.startIndex, end: body.endIndex, scope: inner });
      for (const statement of named(body)) this.visit(statement, inner);
    }
  }

  private visitClass(node: Node, scope: Scope): void {
    const name = field(node, "name");
    if (name) this.bind(scope, name.text, { t: "class", node, pos: node.startIndex });
    const superclasses = field(node, "superclasses");
    const cls: ClassInfo = {
      name: name?.text ?? "",
      node,
      bases: superclasses ? named(superclasses).filter((base) => base.type !== "keyword_argument") : [],
      attrs: new Map(),
      methods: new Map(),
    };
    this.classes.push(cls);
    if (superclasses) this.visitChildren(superclasses, scope);
    const inner: Scope = { node, kind: "class", names: new Map(), parent: scope, cls };
    this.scopes.set(node.id, inner);
    const body = field(node, "body");
    if (body) for (const statement of named(body)) this.visit(statement, inner);
  }

  classOf(node: Node): ClassInfo | undefined {
    return this.classes.find((cls) => cls.node.id === node.id);
  }

  /** The innermost function (or the module) whose body holds `node`, found by offsets. */
  scopeOf(node: Node): Scope {
    const start = node.startIndex;
    const end = node.endIndex;
    let best: { start: number; end: number; scope: Scope } | undefined;
    for (const body of this.functionBodies) {
      if (body.start <= start && end <= body.end && (!best || body.start >= best.start)) best = body;
    }
    return best?.scope ?? this.module;
  }

  // ---------------------------------------------------------------- values
}
