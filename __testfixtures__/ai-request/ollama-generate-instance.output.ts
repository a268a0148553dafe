// Ollama: a configured `new Ollama({ host })` instance, generate with prompt + system.
import { Ollama } from "ollama";
import * as Sentry from "@sentry/node";

const ollama = new Ollama({ host: "http://gpu-box.internal:11434" });

export async function writeCommitMessage(diff: string): Promise<string> {
  const response = await Sentry.startSpan(
    {
      op: "gen_ai.text_completion",
      name: "text_completion qwen2.5-coder:7b",
      attributes: {
        "gen_ai.operation.name": "text_completion",
        "gen_ai.system": "ollama",
        "gen_ai.request.model": "qwen2.5-coder:7b",
      },
    },
    async (span) => {
      const result = await ollama.generate({
        model: "qwen2.5-coder:7b",
        system: sentryRecordInput(span, "gen_ai.system_instructions", "Write a conventional-commit message for this diff. One line."),
        prompt: sentryRecordInput(span, "gen_ai.request.messages", diff),
      });
      span.setAttributes({
        "gen_ai.response.model": result?.model,
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([result?.response]) : undefined,
        "gen_ai.response.finish_reasons": toSpanJson([result?.done_reason]),
        "gen_ai.usage.input_tokens": result?.prompt_eval_count,
        "gen_ai.usage.output_tokens": result?.eval_count,
        "gen_ai.usage.total_tokens": result?.prompt_eval_count == null ? undefined : result?.prompt_eval_count + (result?.eval_count ?? 0),
      });
      return result;
    },
  );
  return (response.response ?? "").trim();
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
