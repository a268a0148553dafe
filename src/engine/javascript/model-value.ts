import type { ModelValueKind } from "./type-facts";

/** Code for a value the span reads, and whether it reads a constant hoisted inside the span callback. */
export interface ModelCode {
  code: string;
  readsHoisted: boolean;
}

/**
 * The model id, as a string, from the code that reads a request's model value. A name is used as it is; an
 * SDK model object (AI SDK `openai("gpt-4o")`) gives its id field; when the value may be either, or its type
 * is not known, the code decides at run time. `value.code` is an identifier, a property path or a hoisted
 * constant, so reading it twice evaluates nothing twice, and an optional chain means it never throws.
 */
export function modelIdCode(
  value: ModelCode,
  kind: ModelValueKind,
  idField: string | undefined,
  quote: (text: string) => string,
): ModelCode {
  if (!idField || kind === "string") return value;
  const objectId = `${value.code}?.${idField}`;
  if (kind === "model-object") return { code: objectId, readsHoisted: value.readsHoisted };
  return {
    code: `typeof ${value.code} === ${quote("string")} ? ${value.code} : ${objectId}`,
    readsHoisted: value.readsHoisted,
  };
}

/**
 * When the request does not tell the model, the response does: the statement that renames the span after the
 * call (`if (response?.model) span.updateName(`chat ${response?.model}`)`), so the name never reads "undefined".
 */
export function renameFromResponse(spanName: string, namePrefix: string, responseModel: string): string {
  return `if (${responseModel}) ${spanName}.updateName(\`${namePrefix} \${${responseModel}}\`)`;
}
