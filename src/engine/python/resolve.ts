import { PROVIDER_BY_BASE_URL_HOST } from "../../sdks/registry";
import { MODEL_NAME_SYSTEMS, PROVIDER_PREFIX_SYSTEMS, type PyCatalog } from "../../sdks/registry-python";
import type { PyArgument, PyEntry, PyKind, PySdkDescriptor } from "../../sdks/types/python";
import { argumentNode, callArguments, field, named, type Node, stringValue } from "./ast";

/**
 * Name binding and value tracing for one Python file: which names are modules, SDK exports, clients,
 * agents, classes and functions of this file. Flow-insensitive within a scope (the last binding before a
 * use wins, then the others are tried), which is what real code needs: `client = OpenAI()` at module level,
 * `self.client = AsyncOpenAI()` in `__init__`, `def get_client(): return OpenAI()`, `client: OpenAI`
 * parameters.
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

export class Resolver {
  readonly module: Scope;
  readonly scopes = new Map<number, Scope>();
  readonly classes: ClassInfo[] = [];
  /** Function bodies by offsets, for scope lookups without walking up the tree. */
  private readonly functionBodies: Array<{ start: number; end: number; scope: Scope }> = [];
  /** Scopes (by node id) in which one of the reserved span variable names is used. */
  readonly spanNamesUsed = new Map<number, Set<string>>();
  private readonly memo = new Map<number, Value | null>();
  private readonly active = new Set<number>();

  constructor(
    readonly root: Node,
    readonly catalog: PyCatalog,
  ) {
    this.module = { node: root, kind: "module", names: new Map() };
    this.scopes.set(root.id, this.module);
    for (const statement of named(root)) this.visit(statement, this.module);
  }

  // ---------------------------------------------------------------- scopes

  private bind(scope: Scope, name: string, binding: Binding): void {
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
    if (["pattern_list", "tuple_pattern", "list_pattern", "tuple", "list", "list_splat_pattern"].includes(target.type)) {
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
            if (module && alias) this.bind(scope, alias.text, { t: "import", module: importedModuleName(module), pos: node.startIndex });
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
            if (original && alias) this.bind(scope, alias.text, { t: "from", module, name: original.text, pos: node.startIndex });
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
    if (!/^(_sentry_)?(span|tool_span|agent_span|gen_ai_span|_sentry_span|_sentry_tool_span|_sentry_agent_span)$/.test(name)) return;
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
    const inner: Scope = { node, kind: "function", names: new Map(), parent: scope.kind === "class" ? scope.parent : scope };
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
      const isStatic = decorated ? /@staticmethod\b/.test(decorated.text.slice(0, node.startIndex - decorated.startIndex)) : false;
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

  lookup(name: string, at: Node): { bindings: Binding[]; local: boolean } | undefined {
    let scope: Scope | undefined = this.scopeOf(at);
    let local = true;
    while (scope) {
      if (scope.kind !== "class") {
        const bindings = scope.names.get(name);
        if (bindings?.length) return { bindings, local };
      }
      scope = scope.parent;
      local = false;
    }
    return undefined;
  }

  resolveName(name: string, at: Node): Value | undefined {
    const found = this.lookup(name, at);
    if (!found) return undefined;
    return this.resolveBindings(ordered(found.bindings, found.local ? at.startIndex : Infinity), at);
  }

  resolveBindings(bindings: Binding[], at?: Node): Value | undefined {
    const [preferred] = bindings;
    if (preferred && (preferred.t === "param" || preferred.t === "unknown")) return this.resolveBinding(preferred, at);
    for (const binding of bindings) {
      const value = this.resolveBinding(binding, at);
      if (value) return value;
    }
    return undefined;
  }

  private resolveBinding(binding: Binding, _at?: Node): Value | undefined {
    switch (binding.t) {
      case "assign": {
        const value = this.resolve(binding.value);
        if (value?.t === "inst" && !value.info.name && value.kind.nameFromVariable) {
          return { ...value, info: { ...value.info, name: binding.target } };
        }
        return value;
      }
      case "annotation":
        return this.resolveAnnotation(binding.type);
      case "import":
        return { t: "module", module: binding.module };
      case "from":
        return this.importedValue(binding.module, binding.name);
      case "def":
        return { t: "func", node: binding.node };
      case "class": {
        const cls = this.classOf(binding.node);
        return cls ? { t: "class", cls } : undefined;
      }
      case "param": {
        const scope = this.scopes.get(binding.fn.id);
        if (scope?.method && binding.index === 0) return { t: "self", cls: scope.method.cls };
        const type = field(binding.node, "type");
        return type ? this.resolveAnnotation(type) : undefined;
      }
      default:
        return undefined;
    }
  }

  private importedValue(module: string, name: string): Value | undefined {
    const sub = `${module}.${name}`;
    if (this.catalog.sdkForModule(sub) || this.catalog.isPackagePrefix(sub)) return { t: "module", module: sub };
    const found = this.catalog.entry(module, name);
    if (found) return { t: "entry", sdk: found.sdk, entry: found.entry, module };
    return { t: "imported", module, name };
  }

  /** `client: OpenAI`, `Optional[AsyncOpenAI]`, `OpenAI | None`, `"OpenAI"` -> an instance of that type. */
  resolveAnnotation(type: Node): Value | undefined {
    let node: Node | undefined = type.type === "type" ? named(type)[0] : type;
    if (!node) return undefined;
    if (node.type === "generic_type") {
      const params = named(node).find((child) => child.type === "type_parameter");
      const head = named(node)[0]?.text ?? "";
      if (!params || !/^(typing\.)?(Optional|Union)$/.test(head)) return undefined;
      for (const candidate of named(params)) {
        const value = this.resolveAnnotation(candidate);
        if (value) return value;
      }
      return undefined;
    }
    if (node.type === "binary_operator") {
      for (const side of [field(node, "left"), field(node, "right")]) {
        const value = side && this.resolveAnnotation(side);
        if (value) return value;
      }
      return undefined;
    }
    if (node.type === "string") {
      const text = stringValue(node);
      if (!text || !/^[A-Za-z_][\w.]*$/.test(text)) return undefined;
      const parts = text.split(".");
      let value = this.resolveName(parts[0], type);
      for (const part of parts.slice(1)) value = value && this.attributeOf(value, part);
      return this.instanceOfType(value);
    }
    if (node.type !== "identifier" && node.type !== "attribute") return undefined;
    return this.instanceOfType(this.resolve(node));
  }

  private instanceOfType(value: Value | undefined): Value | undefined {
    if (!value) return undefined;
    if (value.t === "entry" && value.entry.how === "construct" && value.entry.produces) {
      const kind = this.catalog.kind(value.entry.produces);
      if (kind) return { t: "inst", sdk: kind.sdk, kind: kind.kind, info: { system: value.entry.system ?? value.sdk.system, async: value.entry.async } };
    }
    if (value.t === "class") return { t: "object", cls: value.cls };
    return undefined;
  }

  resolve(node: Node): Value | undefined {
    const cached = this.memo.get(node.id);
    if (cached !== undefined) return cached ?? undefined;
    if (this.active.has(node.id)) return undefined;
    this.active.add(node.id);
    let value: Value | undefined;
    try {
      value = this.compute(node);
    } finally {
      this.active.delete(node.id);
    }
    this.memo.set(node.id, value ?? null);
    return value;
  }

  private compute(node: Node): Value | undefined {
    switch (node.type) {
      case "identifier":
        return this.resolveName(node.text, node);
      case "parenthesized_expression": {
        const inner = named(node)[0];
        return inner && this.resolve(inner);
      }
      case "await": {
        const inner = named(node)[0];
        return inner && this.resolve(inner);
      }
      case "attribute": {
        const object = field(node, "object");
        const attribute = field(node, "attribute");
        if (!object || !attribute) return undefined;
        const base = this.resolve(object);
        return base && this.attributeOf(base, attribute.text);
      }
      case "call":
        return this.resolveCall(node);
      case "dictionary":
        return isToolRegistryDict(node) ? { t: "registry", dict: node } : undefined;
      case "subscript": {
        const value = field(node, "value");
        const index = field(node, "subscript");
        const base = value && this.resolve(value);
        if (base?.t === "registry" && index) return { t: "registry-item", key: index, dict: base.dict };
        return undefined;
      }
      default:
        return undefined;
    }
  }

  attributeOf(base: Value, name: string): Value | undefined {
    switch (base.t) {
      case "module": {
        const sub = `${base.module}.${name}`;
        if (this.catalog.sdkForModule(sub) || this.catalog.isPackagePrefix(sub)) return { t: "module", module: sub };
        const found = this.catalog.entry(base.module, name);
        return found ? { t: "entry", sdk: found.sdk, entry: found.entry, module: base.module } : undefined;
      }
      case "self":
      case "object":
      case "class": {
        const bindings = base.cls.attrs.get(name);
        if (bindings) {
          const value = this.resolveBindings([...bindings].reverse());
          if (value) return value;
        }
        const method = base.cls.methods.get(name);
        if (method && base.t === "class") return { t: "func", node: method };
        return undefined;
      }
      default:
        return undefined;
    }
  }

  /** A value usable as a receiver of operations: instances, `Runner`, and modules that act as a client. */
  asInstance(value: Value | undefined): Extract<Value, { t: "inst" }> | undefined {
    if (!value) return undefined;
    if (value.t === "inst") return value;
    if (value.t === "module") {
      const found = this.catalog.entry(value.module, "");
      if (found?.entry.how === "value" && found.entry.produces) return this.defaultInstance(found.sdk, found.entry);
    }
    if (value.t === "entry" && value.entry.how === "value" && value.entry.produces) return this.defaultInstance(value.sdk, value.entry);
    return undefined;
  }

  private defaultInstance(sdk: PySdkDescriptor, entry: PyEntry): Extract<Value, { t: "inst" }> | undefined {
    const kind = entry.produces ? this.catalog.kind(entry.produces) : undefined;
    return kind ? { t: "inst", sdk: kind.sdk, kind: kind.kind, info: { system: entry.system ?? sdk.system, async: entry.async } } : undefined;
  }

  private resolveCall(call: Node): Value | undefined {
    const fn = field(call, "function");
    if (!fn) return undefined;
    const callee = this.resolve(fn);
    if (callee?.t === "entry" && callee.entry.how === "construct") return this.construct(callee.sdk, callee.entry, call);
    if (callee?.t === "class") return { t: "object", cls: callee.cls };
    if (callee?.t === "func") return this.returnValue(callee.node);
    if (fn.type !== "attribute") return undefined;
    // `TOOLS.get(name)` on a tool registry
    const object = field(fn, "object");
    const method = field(fn, "attribute")?.text;
    if (object && method === "get") {
      const base = this.resolve(object);
      const key = callArguments(call).positional[0];
      if (base?.t === "registry" && key) return { t: "registry-item", key, dict: base.dict };
    }
    // factories: `client.with_options(...)`, `client.chats.create(...)`, `builder.compile(...)`
    const chain: string[] = [];
    let receiver: Node | undefined = fn;
    while (receiver?.type === "attribute") {
      const attribute = field(receiver, "attribute");
      if (!attribute) return undefined;
      chain.unshift(attribute.text);
      receiver = field(receiver, "object");
      if (!receiver) return undefined;
      const instance = this.asInstance(this.resolve(receiver));
      if (!instance) continue;
      const path = chain.join(".");
      const factory = instance.kind.factories?.find((candidate) => candidate.path === path);
      if (factory) {
        const produced = this.catalog.kind(factory.produces);
        if (!produced) return undefined;
        const args = callArguments(call);
        const info: InstanceInfo = factory.carries ? { ...instance.info } : { system: instance.info.system, async: instance.info.async };
        const name = factory.nameAt && stringArgument(args, factory.nameAt);
        if (name) info.name = name;
        const model = produced.kind.modelAtCreation && stringArgument(args, produced.kind.modelAtCreation);
        if (model) info.model = model;
        return { t: "inst", sdk: produced.sdk, kind: produced.kind, info };
      }
      if (chain.length === 1 && instance.kind.chainable && !instance.kind.operations.some((op) => op.path === path)) return instance;
      return undefined;
    }
    return undefined;
  }

  private construct(sdk: PySdkDescriptor, entry: PyEntry, call: Node): Value | undefined {
    const found = entry.produces ? this.catalog.kind(entry.produces) : undefined;
    if (!found) return undefined;
    const { kind } = found;
    const args = callArguments(call);
    const info: InstanceInfo = { system: entry.system ?? sdk.system, async: entry.async };
    let model = kind.modelAtCreation && stringArgument(args, kind.modelAtCreation);
    const name = kind.nameAtCreation && stringArgument(args, kind.nameAtCreation);
    if (name) info.name = name;
    const provider = kind.providerAtCreation && stringArgument(args, kind.providerAtCreation);
    const providerStyle = found.sdk.providerFromModel ?? sdk.providerFromModel;
    if (model && providerStyle === "colon" && /^[\w-]+:/.test(model)) {
      const [prefix, ...rest] = model.split(":");
      info.system = PROVIDER_PREFIX_SYSTEMS[prefix] ?? info.system;
      model = rest.join(":");
    }
    if (provider) info.system = PROVIDER_PREFIX_SYSTEMS[provider] ?? info.system;
    if (model) info.model = model;
    if (sdk.providerFromBaseUrl) {
      const baseUrl = stringValue(args.keywords.get("base_url")?.value);
      const host = baseUrl ? hostOf(baseUrl) : undefined;
      const match = host ? PROVIDER_BY_BASE_URL_HOST.find(([pattern]) => pattern.test(host)) : undefined;
      if (match) info.system = match[1];
    }
    if (info.system === undefined && model) info.system = systemFromModel(model, sdk);
    return { t: "inst", sdk: found.sdk, kind, info };
  }

  /** What a function of this file returns, when every `return` agrees (client factories). */
  private returnValue(fn: Node): Value | undefined {
    const body = field(fn, "body");
    if (!body) return undefined;
    let result: Value | undefined;
    for (const ret of ownReturns(body)) {
      const expression = named(ret)[0];
      if (!expression) continue;
      const value = this.resolve(expression);
      if (!value) continue;
      if (!result) result = value;
    }
    return result;
  }
}

function parameterName(param: Node): string | undefined {
  if (param.type === "identifier") return param.text;
  if (param.type === "typed_parameter") return named(param).find((child) => child.type === "identifier")?.text;
  if (param.type === "default_parameter" || param.type === "typed_default_parameter") return field(param, "name")?.text;
  if (param.type === "list_splat_pattern" || param.type === "dictionary_splat_pattern") return named(param)[0]?.text;
  return undefined;
}

export { parameterName };

/** Bindings in the order they should be tried for a use at `position`. */
function ordered(bindings: Binding[], position: number): Binding[] {
  const before = bindings.filter((binding) => binding.pos < position);
  const preferred = before.length ? before[before.length - 1] : bindings[0];
  return [preferred, ...[...bindings].reverse().filter((binding) => binding !== preferred)];
}

export function stringArgument(args: ReturnType<typeof callArguments>, specs: PyArgument[]): string | undefined {
  for (const spec of specs) {
    const value = stringValue(argumentNode(args, spec));
    if (value !== undefined) return value;
  }
  return undefined;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

export function systemFromModel(model: string, sdk: PySdkDescriptor): string | undefined {
  if (sdk.providerFromModel === "slash" && model.includes("/")) {
    const prefix = model.split("/")[0];
    return PROVIDER_PREFIX_SYSTEMS[prefix];
  }
  if (sdk.providerFromModel === "colon" && /^[\w-]+:/.test(model)) return PROVIDER_PREFIX_SYSTEMS[model.split(":")[0]];
  if (sdk.providerFromModel) return MODEL_NAME_SYSTEMS.find(([pattern]) => pattern.test(model))?.[1];
  return undefined;
}

/** `return` statements of a function body, not of functions nested in it. */
export function ownReturns(body: Node): Node[] {
  const found: Node[] = [];
  const walk = (node: Node): void => {
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === "function_definition" || child.type === "class_definition" || child.type === "lambda") continue;
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
      if (child.type === "function_definition" || child.type === "class_definition" || child.type === "lambda") continue;
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
export function isToolRegistryDict(node: Node): boolean {
  const pairs = named(node);
  if (!pairs.length) return false;
  if (!pairs.every((pair) => pair.type === "pair")) return false;
  if (!pairs.every((pair) => stringValue(field(pair, "key")) !== undefined)) return false;
  if (!pairs.every((pair) => ["identifier", "attribute"].includes(field(pair, "value")?.type ?? ""))) return false;
  const assignment = node.parent;
  if (assignment?.type !== "assignment") return false;
  const target = field(assignment, "left");
  return !!target && /tool|function/i.test(target.text);
}
