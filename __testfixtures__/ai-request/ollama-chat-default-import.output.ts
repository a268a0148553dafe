// Ollama: the default instance from `import ollama from "ollama"`, ollama.chat.
import ollama from "ollama";
import * as Sentry from "@sentry/node";

export async function explainError(stackTrace: string): Promise<string> {
  const response = await Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: "chat llama3.1",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "ollama",
        "gen_ai.request.model": "llama3.1",
      },
    },
    async (span) => {
      const result = await ollama.chat({
        model: "llama3.1",
        messages: sentryRecordInput(span, "gen_ai.request.messages", [
          { role: "system", content: "Explain this stack trace to a junior developer." },
          { role: "user", content: stackTrace },
        ]),
      });
      span.setAttributes({
        "gen_ai.response.model": result?.model,
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([result?.message?.content]) : undefined,
        "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(result?.message?.tool_calls) : undefined,
        "gen_ai.response.finish_reasons": toSpanJson([result?.done_reason]),
        "gen_ai.usage.input_tokens": result?.prompt_eval_count,
        "gen_ai.usage.output_tokens": result?.eval_count,
        "gen_ai.usage.total_tokens": result?.prompt_eval_count == null ? undefined : result?.prompt_eval_count + (result?.eval_count ?? 0),
      });
      return result;
    },
  );
  return response.message.content;
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
