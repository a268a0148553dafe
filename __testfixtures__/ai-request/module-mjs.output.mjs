// Module style: an .mjs script with top-level await on an Anthropic call.
import Anthropic from "@anthropic-ai/sdk";
import { readFile } from "node:fs/promises";
import * as Sentry from "@sentry/node";

const anthropic = new Anthropic();
const changelog = await readFile(new URL("../CHANGELOG.md", import.meta.url), "utf8");

const message = await Sentry.startSpan(
  {
    op: "gen_ai.chat",
    name: "chat claude-haiku-4-5",
    attributes: {
      "gen_ai.operation.name": "chat",
      "gen_ai.system": "anthropic",
      "gen_ai.request.model": "claude-haiku-4-5",
      "gen_ai.request.max_tokens": 512,
    },
  },
  async (span) => {
    const response = await anthropic.messages.create({
      model: "claude-haiku-4-5",
      max_tokens: 512,
      messages: sentryRecordInput(span, "gen_ai.request.messages", [{ role: "user", content: `Write a tweet announcing this release:\n${changelog}` }]),
    });
    span.setAttributes({
      "gen_ai.response.model": response?.model,
      "gen_ai.response.id": response?.id,
      "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson(response?.content?.flatMap((block) => (block.type === "text" ? [block?.text] : []))) : undefined,
      "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(response?.content?.flatMap((block) => (block.type === "tool_use" ? [block] : []))) : undefined,
      "gen_ai.response.finish_reasons": toSpanJson([response?.stop_reason]),
      "gen_ai.usage.input_tokens": response?.usage?.input_tokens == null ? undefined : response?.usage?.input_tokens + (response?.usage?.cache_read_input_tokens ?? 0) + (response?.usage?.cache_creation_input_tokens ?? 0),
      "gen_ai.usage.output_tokens": response?.usage?.output_tokens,
      "gen_ai.usage.total_tokens": response?.usage?.input_tokens == null ? undefined : response?.usage?.input_tokens + (response?.usage?.cache_read_input_tokens ?? 0) + (response?.usage?.cache_creation_input_tokens ?? 0) + (response?.usage?.output_tokens ?? 0),
    });
    return response;
  },
);

console.log(message.content);

/** Whether Sentry may record AI prompts (inputs) or responses (outputs), as its own AI integrations decide. */
function sentryRecordsAiContent(kind) {
  const options = Sentry.getClient()?.getOptions();
  if (!options) return false;
  if (options.dataCollection) return options.dataCollection.genAI?.[kind] ?? true;
  return Number(Sentry.SDK_VERSION.split(".")[0]) >= 11 || options.sendDefaultPii === true;
}

/** JSON for a Sentry span attribute; never throws into the app, and records nothing for an empty value. */
function toSpanJson(value) {
  try {
    if (value == null || (Array.isArray(value) && value.every((item) => item == null))) return undefined;
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/** Records an AI request's input on its span and returns it unchanged; never throws into the app. */
function sentryRecordInput(span, key, value) {
  try {
    if (sentryRecordsAiContent("inputs")) {
      const recorded =
        typeof value === "string" && key !== "gen_ai.request.messages"
          ? value
          : toSpanJson(typeof value === "string" ? [{ role: "user", content: value }] : value);
      if (recorded !== undefined) span.setAttribute(key, recorded);
    }
  } catch {
    // Recording must not change what the app sends.
  }
  return value;
}
