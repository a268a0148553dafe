// A long system prompt template and messages built by a call are recorded where they are written, not copied.
// The model, picked by a call after them, stays in place (hoisting it would run it first): the response names it.
import Anthropic from "@anthropic-ai/sdk";
import * as Sentry from "@sentry/node";

const anthropic = new Anthropic();

function buildMessages(question: string): Anthropic.MessageParam[] {
  return [{ role: "user", content: question }];
}

function pickModel(): string {
  return process.env.SUPPORT_MODEL ?? "claude-3-5-haiku-latest";
}

export async function support(product: string, question: string) {
  const message = await Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: "chat",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "anthropic",
        "gen_ai.request.max_tokens": 1024,
      },
    },
    async (span) => {
      const response = await anthropic.messages.create({
        messages: sentryRecordInput(span, "gen_ai.request.messages", buildMessages(question)),
        model: pickModel(),
        max_tokens: 1024,
        system: sentryRecordInput(span, "gen_ai.system_instructions", `You are the support assistant for ${product}.

Answer in two or three sentences.
Never promise refunds; point to the billing page instead.
If the question is not about ${product}, say so politely.`),
      });
      span.setAttributes({
        "gen_ai.request.model": response?.model,
        "gen_ai.response.model": response?.model,
        "gen_ai.response.id": response?.id,
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson(response?.content?.flatMap((block) => (block.type === "text" ? [block?.text] : []))) : undefined,
        "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(response?.content?.flatMap((block) => (block.type === "tool_use" ? [block] : []))) : undefined,
        "gen_ai.response.finish_reasons": toSpanJson([response?.stop_reason]),
        "gen_ai.usage.input_tokens": response?.usage?.input_tokens == null ? undefined : response?.usage?.input_tokens + (response?.usage?.cache_read_input_tokens ?? 0) + (response?.usage?.cache_creation_input_tokens ?? 0),
        "gen_ai.usage.output_tokens": response?.usage?.output_tokens,
        "gen_ai.usage.total_tokens": response?.usage?.input_tokens == null ? undefined : response?.usage?.input_tokens + (response?.usage?.cache_read_input_tokens ?? 0) + (response?.usage?.cache_creation_input_tokens ?? 0) + (response?.usage?.output_tokens ?? 0),
      });
      if (response?.model) span.updateName(`chat ${response?.model}`);
      return response;
    },
  );
  return message.content;
}

/** Whether Sentry may record AI prompts (inputs) or responses (outputs), as its own AI integrations decide. */
function sentryRecordsAiContent(kind: "inputs" | "outputs"): boolean {
  // SDK 11 has dataCollection and no sendDefaultPii; older SDKs may have no dataCollection.
  const options: { sendDefaultPii?: boolean; dataCollection?: { genAI?: { inputs?: boolean; outputs?: boolean } } } | undefined =
    Sentry.getClient()?.getOptions();
  if (!options) return false;
  if (options.dataCollection) return options.dataCollection.genAI?.[kind] ?? true;
  return Number(Sentry.SDK_VERSION.split(".")[0]) >= 11 || options.sendDefaultPii === true;
}

/** JSON for a Sentry span attribute; never throws into the app, and records nothing for an empty value. */
function toSpanJson(value: unknown): string | undefined {
  try {
    if (value == null || (Array.isArray(value) && value.every((item) => item == null))) return undefined;
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/** Records an AI request's input on its span and returns it unchanged; never throws into the app. */
function sentryRecordInput<T>(span: Sentry.Span, key: string, value: T): T {
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
