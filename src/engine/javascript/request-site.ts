import ts from "typescript";
import type { SiteStatus } from "../../core/types";
import type { OperationShape, SdkDescriptor, StreamSpan } from "../../sdks/types/calls";
import type { ModelSource } from "./client-options";
import { literalProperty } from "./property-access";

/** An LLM request site as the request finder hands it on: the call, its SDK operation, and where its values are. */

/** Where the request object of a call can be read. */
export type RequestSource =
  /** An argument written in place (object literal, string, identifier...). */
  | { type: "argument"; node: ts.Expression }
  /** A Bedrock command held in a variable: its `input` is read at run time; `builtFrom` is the literal that built it. */
  | { type: "expression"; text: string; builtFrom?: ts.Expression };

export interface RequestSite {
  /** The expression the span replaces: the SDK call, or the whole `.withResponse()` chain. */
  node: ts.Expression;
  sdkCall: ts.CallExpression;
  sdk: SdkDescriptor;
  operation: OperationShape;
  system: string;
  /** The model fixed on the client or handle, when the call itself does not name one. */
  clientModel?: ModelSource;
  /** The receiver expression's text, for reading a model field at run time. */
  receiverText?: string;
  /** The model named by an AI SDK provider call (`openai("gpt-4o")`). */
  providerModel?: string;
  request?: RequestSource;
  /** `.data` for `.withResponse()`: the SDK result sits there. */
  resultAccessor: string;
  /** False for `.asResponse()`: the result is a raw HTTP response with no fields to read. */
  readsResult: boolean;
  callee: string;
  status: SiteStatus;
  reason?: string;
  /** Set when the call streams and its span can follow the stream: how the span ends. */
  streamSpan?: StreamSpan;
}

/** The model a site names statically (a literal in the call, the provider call, or the client's creation). */
export function staticModelOf(site: RequestSite): string | undefined {
  const path = site.operation.request.model;
  const request = site.request;
  const node =
    path && request?.type === "argument" && !site.operation.request.argumentIsInput
      ? literalProperty(request.node, path)
      : path && request?.type === "expression" && request.builtFrom
        ? literalProperty(request.builtFrom, path)
        : undefined;
  if (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))) return node.text;
  if (site.providerModel) return site.providerModel;
  return site.clientModel && "literal" in site.clientModel ? site.clientModel.literal : undefined;
}
