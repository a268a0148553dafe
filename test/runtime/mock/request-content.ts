// Provider-neutral reading of what a request asks for: the last user text and the first offered tool.
// Every wire format keeps these in one of a handful of shapes, so one reader serves all mocks.
import { arrayField, field, isRecord, stringField } from "./json";

/** Keys that hold the conversation, in the order providers use them (chat, Google, OpenAI Responses, Cohere v1). */
const CONVERSATION_KEYS = ["messages", "contents", "input", "message"] as const;

export function lastUserText(body: unknown): string {
  for (const key of CONVERSATION_KEYS) {
    const value = field(body, key);
    if (typeof value === "string") return value;
    if (Array.isArray(value) && value.length > 0) return lastUserTextOf(value);
  }
  const prompt = field(body, "prompt");
  if (typeof prompt === "string") return prompt;
  if (Array.isArray(prompt)) return prompt.filter((p) => typeof p === "string").join(" ");
  return "";
}

function lastUserTextOf(items: unknown[]): string {
  if (items.every((item) => typeof item === "string")) return items.join(" ");
  // Google contents may omit the role for single-turn requests; OpenAI Responses input also holds
  // role-less items of other types (function_call, function_call_output), which are not user text.
  const userItems = items.filter(
    (item) =>
      isRecord(item) &&
      (item.role === "user" || item.role === undefined) &&
      (item.type === undefined || item.type === "message"),
  );
  const last = userItems[userItems.length - 1];
  return textOf(field(last, "content") ?? field(last, "parts"));
}

/** Text of a message content: a string, or an array of parts that carry `text`. */
function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content.map((part) => (typeof part === "string" ? part : (stringField(part, "text") ?? ""))).join("");
}

export interface OfferedTool {
  name: string;
  /** JSON schema of the tool's arguments, when the request declares one. */
  schema: unknown;
}

/** First tool the request offers, whatever the provider's tool-definition shape. */
export function firstOfferedTool(body: unknown): OfferedTool | undefined {
  return offeredTools(body)[0];
}

/**
 * First offered tool the conversation has not called yet, so an agent loop calls each tool once and then
 * gets a text answer. Reads calls in the OpenAI chat (`tool_calls[].function.name`) and Responses
 * (`{ type: "function_call", name }`) shapes, which is what the agent programs speak.
 */
export function firstUncalledTool(body: unknown): OfferedTool | undefined {
  const called = new Set<string>();
  for (const key of CONVERSATION_KEYS) {
    for (const item of arrayField(body, key)) {
      if (field(item, "type") === "function_call") called.add(stringField(item, "name") ?? "");
      for (const call of arrayField(item, "tool_calls")) called.add(stringField(field(call, "function"), "name") ?? "");
    }
  }
  return offeredTools(body).find((tool) => !called.has(tool.name));
}

/** How many tool calls the conversation already holds (same shapes as `firstUncalledTool`). */
export function earlierToolCalls(body: unknown): number {
  let count = 0;
  for (const key of CONVERSATION_KEYS) {
    for (const item of arrayField(body, key)) {
      if (field(item, "type") === "function_call") count++;
      count += arrayField(item, "tool_calls").length;
    }
  }
  return count;
}

function offeredTools(body: unknown): OfferedTool[] {
  const tools = [...arrayField(body, "tools"), ...arrayField(field(body, "toolConfig"), "tools")];
  return tools.map(toolOf).filter((tool): tool is OfferedTool => tool !== undefined);
}

function toolOf(tool: unknown): OfferedTool | undefined {
  const fn = field(tool, "function"); // OpenAI chat, Mistral, Groq, Cohere v2, Ollama
  const fnName = stringField(fn, "name");
  if (fnName) return { name: fnName, schema: field(fn, "parameters") };

  const spec = field(tool, "toolSpec"); // Bedrock Converse
  const specName = stringField(spec, "name");
  if (specName) return { name: specName, schema: field(field(spec, "inputSchema"), "json") };

  const declaration = arrayField(tool, "functionDeclarations")[0]; // Google
  const declarationName = stringField(declaration, "name");
  if (declarationName) {
    return {
      name: declarationName,
      schema: field(declaration, "parameters") ?? field(declaration, "parametersJsonSchema"),
    };
  }

  const name = stringField(tool, "name"); // Anthropic, OpenAI Responses
  if (name) return { name, schema: field(tool, "input_schema") ?? field(tool, "parameters") };
  return undefined;
}

/** Deterministic arguments that satisfy simple schemas: strings get the user text, numbers 42, booleans true. */
export function argumentsForSchema(schema: unknown, userText: string): Record<string, unknown> {
  const properties = field(schema, "properties");
  if (!isRecord(properties)) return {};
  const args: Record<string, unknown> = {};
  for (const [key, propertySchema] of Object.entries(properties)) {
    // Google declarations spell types in upper case ("STRING").
    const type = stringField(propertySchema, "type")?.toLowerCase();
    if (type === "string") args[key] = userText;
    else if (type === "number" || type === "integer") args[key] = 42;
    else if (type === "boolean") args[key] = true;
  }
  return args;
}
