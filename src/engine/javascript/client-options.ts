import ts from "typescript";
import type { ClientKind, ProviderHint } from "../../sdks/types/calls";
import { literalProperty } from "./property-access";
import { skipTypeWrappers } from "./purity";

/** What a client's creation options fix: its model, and the provider behind a literal base URL. */

/** Where a client's fixed model comes from: a literal at creation, or a field read at run time. */
export type ModelSource = { literal: string } | { runtimeField: string; prefix?: string };

/** The model fixed when a client or handle is created (`getGenerativeModel({ model: "gemini-2.0-flash" })`). */
export function modelAtCreation(kind: ClientKind, options: ts.Expression): ModelSource | undefined {
  for (const fieldPath of kind.modelAtCreation ?? []) {
    const value = fieldPath === "" ? skipTypeWrappers(options) : literalProperty(options, fieldPath);
    if (value && (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)))
      return { literal: value.text };
  }
  const mentioned = (kind.modelAtCreation ?? []).some(
    (fieldPath) => fieldPath !== "" && literalProperty(options, fieldPath),
  );
  if (!mentioned || !kind.modelField) return undefined;
  return {
    runtimeField: kind.modelField,
    ...(kind.modelFieldPrefix !== undefined && { prefix: kind.modelFieldPrefix }),
  };
}

/** The provider a literal base URL option names: a known API host, or a local server on a provider's default port. */
export function providerFromBaseUrl(
  options: ts.Expression,
  fields: readonly string[],
  hints: readonly ProviderHint[],
): string | undefined {
  let value: ts.Expression | undefined;
  for (const field of fields) value ??= literalProperty(options, field);
  if (!value || !(ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value))) return undefined;
  let host: string;
  try {
    host = new URL(value.text).hostname;
  } catch {
    return undefined;
  }
  const url = value.text;
  if (host === "localhost" || host === "127.0.0.1") {
    return hints.find((hint) => hint.localPort !== undefined && new RegExp(`:${hint.localPort}\\b`).test(url))?.system;
  }
  return hints.find((hint) => hint.hosts?.some((pattern) => pattern.test(host)))?.system;
}
