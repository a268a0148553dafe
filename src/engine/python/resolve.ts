import { MODEL_NAME_SYSTEMS, PROVIDER_BY_BASE_URL_HOST, PROVIDER_PREFIX_SYSTEMS } from "../../sdks/registry-python";
import type { PyArgument, PyEntry, PySdkDescriptor } from "../../sdks/types/python";
import { argumentNode, callArguments, field, named, type Node, stringValue } from "./ast";
import { type Binding, type InstanceInfo, type Scope, Scopes, type Value } from "./scopes";
import { hostOf, isToolRegistryDict, ownReturns } from "./functions";

export type { Binding, ClassInfo, InstanceInfo, Scope, Value } from "./scopes";
export { isGenerator, isToolRegistryDict, ownReturns, parameterName } from "./functions";

/**
 * Name binding and value tracing for one Python file: which names are modules, SDK exports, clients,
 * agents, classes and functions of this file. Flow-insensitive within a scope (the last binding before a
 * use wins, then the others are tried), which is what real code needs: `client = OpenAI()` at module level,
 * `self.client = AsyncOpenAI()` in `__init__`, `def get_client(): return OpenAI()`, `client: OpenAI`
 * parameters.
 */
export class Resolver extends Scopes {
  private readonly memo = new Map<number, Value | null>();
  private readonly active = new Set<number>();

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
      if (value) return this.acrossBranches(value, binding, bindings, at);
    }
    return undefined;
  }

  /**
   * `if provider == "bedrock": client = AnthropicBedrock()` / `else: client = Anthropic()`: the name is one
   * client or the other at run time, so a provider only one branch gives is not the call's; the SDK's own
   * system stands for them all.
   */
  private acrossBranches(value: Value, chosen: Binding, bindings: Binding[], at?: Node): Value {
    if (value.t !== "inst" || chosen.t !== "assign" || value.info.system === value.sdk.system) return value;
    for (const other of bindings) {
      if (other === chosen || other.t !== "assign" || !alternatives(chosen.value, other.value)) continue;
      const alternative = this.resolveBinding(other, at);
      if (alternative?.t === "inst" && alternative.sdk === value.sdk && alternative.info.system !== value.info.system)
        return { ...value, info: { ...value.info, system: value.sdk.system } };
    }
    return value;
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
    const node: Node | undefined = type.type === "type" ? named(type)[0] : type;
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

  /** `MODEL = "openai:gpt-5.2"` bound once in its scope, then `Agent(MODEL)`: the string the name stands for. */
  constantString = (node: Node): string | undefined => {
    if (node.type !== "identifier") return undefined;
    const found = this.lookup(node.text, node);
    const [binding, ...others] = found?.bindings ?? [];
    return binding?.t === "assign" && !others.length ? stringValue(binding.value) : undefined;
  };

  /**
   * A provider given as a call to an SDK export of its own system (`OpenAI(provider=bedrock(...))`), directly
   * or through a variable each of whose bindings makes the same provider (`provider = bedrock(...)`).
   */
  private providerSystem(args: ReturnType<typeof callArguments>, specs: PyArgument[]): string | undefined {
    const systemOf = (node: Node | undefined): string | undefined => {
      const fn = node?.type === "call" ? field(node, "function") : undefined;
      const callee = fn && this.resolve(fn);
      return callee?.t === "entry" ? callee.entry.system : undefined;
    };
    for (const spec of specs) {
      const node = argumentNode(args, spec);
      if (node?.type !== "identifier") {
        const system = systemOf(node);
        if (system) return system;
        continue;
      }
      // every binding of the variable (one per `if` branch, say) names the same provider
      const systems = (this.lookup(node.text, node)?.bindings ?? []).map((binding) =>
        binding.t === "assign" ? systemOf(binding.value) : undefined,
      );
      if (systems.length && systems.every((system) => system && system === systems[0])) return systems[0];
    }
    return undefined;
  }

  private instanceOfType(value: Value | undefined): Value | undefined {
    if (!value) return undefined;
    if (value.t === "entry" && value.entry.how === "construct" && value.entry.produces) {
      const kind = this.catalog.kind(value.entry.produces);
      if (kind)
        return {
          t: "inst",
          sdk: kind.sdk,
          kind: kind.kind,
          info: { system: value.entry.system ?? value.sdk.system, async: value.entry.async },
        };
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
      case "boolean_operator": {
        // `client or Anthropic()`: the default a missing client falls back to, else what was passed.
        const [left, right] = [field(node, "left"), field(node, "right")];
        return (right && this.resolve(right)) ?? (left && this.resolve(left));
      }
      case "conditional_expression": {
        // `OpenAI() if use_openai else AsyncOpenAI()`: either branch.
        const [whenTrue, , whenFalse] = named(node);
        return (whenTrue && this.resolve(whenTrue)) ?? (whenFalse && this.resolve(whenFalse));
      }
      case "dictionary":
        return isToolRegistryDict(node, this.catalog.toolRegistryName) ? { t: "registry", dict: node } : undefined;
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
    if (value.t === "entry" && value.entry.how === "value" && value.entry.produces)
      return this.defaultInstance(value.sdk, value.entry);
    return undefined;
  }

  private defaultInstance(sdk: PySdkDescriptor, entry: PyEntry): Extract<Value, { t: "inst" }> | undefined {
    const kind = entry.produces ? this.catalog.kind(entry.produces) : undefined;
    return kind
      ? { t: "inst", sdk: kind.sdk, kind: kind.kind, info: { system: entry.system ?? sdk.system, async: entry.async } }
      : undefined;
  }

  private resolveCall(call: Node): Value | undefined {
    const fn = field(call, "function");
    if (!fn) return undefined;
    const callee = this.resolve(fn);
    if (callee?.t === "entry" && callee.entry.how === "construct")
      return this.construct(callee.sdk, callee.entry, call);
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
        const info: InstanceInfo = factory.carries
          ? { ...instance.info }
          : { system: instance.info.system, async: instance.info.async };
        const name = factory.nameAt && stringArgument(args, factory.nameAt, this.constantString);
        if (name) info.name = name;
        const model =
          produced.kind.modelAtCreation && stringArgument(args, produced.kind.modelAtCreation, this.constantString);
        if (model) info.model = model;
        return { t: "inst", sdk: produced.sdk, kind: produced.kind, info };
      }
      if (chain.length === 1 && instance.kind.chainable && !instance.kind.operations.some((op) => op.path === path))
        return instance;
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
    let model = kind.modelAtCreation && stringArgument(args, kind.modelAtCreation, this.constantString);
    const name = kind.nameAtCreation && stringArgument(args, kind.nameAtCreation, this.constantString);
    if (name) info.name = name;
    const provider = kind.providerAtCreation && stringArgument(args, kind.providerAtCreation, this.constantString);
    const providerStyle = found.sdk.providerFromModel ?? sdk.providerFromModel;
    if (model && providerStyle === "colon" && /^[\w-]+:/.test(model)) {
      const [prefix, ...rest] = model.split(":");
      info.system = PROVIDER_PREFIX_SYSTEMS[prefix] ?? info.system;
      model = rest.join(":");
    }
    if (provider) info.system = PROVIDER_PREFIX_SYSTEMS[provider] ?? info.system;
    else if (kind.providerAtCreation) info.system = this.providerSystem(args, kind.providerAtCreation) ?? info.system;
    if (model) info.model = model;
    if (sdk.baseUrlKeywords) {
      const baseUrl = sdk.baseUrlKeywords
        .map((keyword) => stringValue(args.keywords.get(keyword)?.value))
        .find((value) => value !== undefined);
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

/** Whether two nodes sit in different branches of one `if`/`elif`/`else`, `try`/`except` or `match`. */
function alternatives(a: Node, b: Node): boolean {
  const pathOf = (node: Node): Node[] => {
    const path: Node[] = [];
    for (let current: Node | null = node; current; current = current.parent) path.unshift(current);
    return path;
  };
  const [left, right] = [pathOf(a), pathOf(b)];
  let depth = 0;
  while (depth < left.length && depth < right.length && left[depth].id === right[depth].id) depth++;
  const common = left[depth - 1];
  if (!common || depth >= left.length || depth >= right.length) return false;
  if (common.type === "if_statement" || common.type === "try_statement") return true;
  return common.type === "block" && common.parent?.type === "match_statement";
}

/** Bindings in the order they should be tried for a use at `position`. */
function ordered(bindings: Binding[], position: number): Binding[] {
  const before = bindings.filter((binding) => binding.pos < position);
  const preferred = before.length ? before[before.length - 1] : bindings[0];
  return [preferred, ...[...bindings].reverse().filter((binding) => binding !== preferred)];
}

export function stringArgument(
  args: ReturnType<typeof callArguments>,
  specs: PyArgument[],
  constant?: (node: Node) => string | undefined,
): string | undefined {
  for (const spec of specs) {
    const node = argumentNode(args, spec);
    const value = stringValue(node) ?? (node && constant?.(node));
    if (value !== undefined) return value;
  }
  return undefined;
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
