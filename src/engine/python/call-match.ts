import type { PyOperation, PySdkDescriptor } from "../../sdks/types/python";
import { field, type Node } from "./ast";
import { type Context } from "./plans";

/** Which SDK operation a call is: its callee traced to an SDK function, or its receiver to an SDK object. */

/** The operation a call makes, the SDK it belongs to, and what is known of its client or agent. */
export interface CallMatch {
  op: PyOperation;
  sdk: PySdkDescriptor;
  sdkId: string;
  framework?: string;
  info: { model?: string; name?: string; system?: string; async?: boolean };
  receiver?: Node;
}

/** "unresolved": a method path only an SDK has, on a receiver the resolver could not trace, in a file importing one. */
export function matchCall(ctx: Context, call: Node): CallMatch | "unresolved" | undefined {
  const fn = field(call, "function");
  if (!fn) return undefined;
  const { resolver } = ctx;
  if (fn.type === "identifier" || fn.type === "attribute") {
    const callee = resolver.resolve(fn);
    if (callee?.t === "entry" && callee.entry.how === "call" && callee.entry.operation) {
      return {
        op: callee.entry.operation,
        sdk: callee.sdk,
        sdkId: callee.sdk.id,
        info: { system: callee.entry.system ?? callee.sdk.system },
      };
    }
  }
  if (fn.type !== "attribute") return undefined;
  const chain: string[] = [];
  let receiver: Node | undefined = fn;
  let distinctive = false;
  while (receiver?.type === "attribute") {
    const attribute = field(receiver, "attribute");
    receiver = field(receiver, "object");
    if (!attribute || !receiver) return undefined;
    chain.unshift(attribute.text);
    const path = chain.join(".");
    if (ctx.catalog.distinctivePaths.has(path)) distinctive = true;
    const instance = resolver.asInstance(resolver.resolve(receiver));
    if (!instance) continue;
    const op = instance.kind.operations.find((candidate) => candidate.path === path);
    if (op) {
      return {
        op,
        sdk: instance.sdk,
        sdkId: instance.kind.framework ?? instance.sdk.id,
        framework: instance.kind.framework,
        info: instance.info,
        receiver,
      };
    }
  }
  if (distinctive && ctx.catalog.importPattern.test(ctx.text)) return "unresolved";
  return undefined;
}
