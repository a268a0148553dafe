// Streaming program (uninstrumented): AI SDK streamText whose model an app function picks (as ai-chatbot's
// getArtifactModel() does), so the request does not name it: the span takes it from the finished stream.
// Conventions: see ../../programs/openai-chat.ts; the scenarios (whole, early exit, failure) are in ../scenarios.ts.
import { createOpenAI } from "@ai-sdk/openai";
import { streamText } from "ai";
import { chunkDelivered, runScenarios } from "../scenarios";
import * as Sentry from "@sentry/node";

const openai = createOpenAI({ apiKey: "sk-mock", baseURL: `${process.env.MOCK_LLM_URL}/v1` });

let configuredModel = "gpt-4o-mini";

function artifactModel() {
  return openai.chat(configuredModel);
}

async function streamAnswer(model: string, question: string, stopEarly: boolean) {
  configuredModel = model;
  const result = Sentry.startSpanManual(
    {
      op: "gen_ai.chat",
      name: "chat",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "vercel.ai",
        "gen_ai.response.streaming": true,
      },
    },
    (span) =>
      streamText({
        model: artifactModel(),
        prompt: sentryRecordInput(span, "gen_ai.request.messages", question),
        maxRetries: 0,
        onFinish: endSpanOnFinish(span, (event) => {
          if (event?.response?.modelId) span.updateName(`chat ${event?.response?.modelId}`);
          return {
            "gen_ai.request.model": event?.response?.modelId,
            "gen_ai.response.model": event?.response?.modelId,
            "gen_ai.response.id": event?.response?.id,
            "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([event?.text]) : undefined,
            "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(event?.toolCalls) : undefined,
            "gen_ai.response.finish_reasons": toSpanJson([event?.finishReason]),
            "gen_ai.usage.input_tokens": event?.totalUsage?.inputTokens,
            "gen_ai.usage.output_tokens": event?.totalUsage?.outputTokens,
            "gen_ai.usage.total_tokens": event?.totalUsage?.totalTokens,
          };
        }),
        onError: endSpanOnError(span),
        onAbort: endSpanOnAbort(span),
      }),
  );
  let text = "";
  let chunks = 0;
  for await (const delta of result.textStream) {
    chunkDelivered(model);
    chunks++;
    text += delta;
    if (stopEarly && text) break;
  }
  // textStream leaves a failed stream's error out; the result's promises carry it.
  if (!stopEarly) await result.finishReason;
  return { text, chunks };
}

export async function main(_baseUrl: string) {
  return runScenarios(streamAnswer, { complete: "gpt-4o-mini", earlyExit: "gpt-4o-mini-early-exit" });
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

/** Attribute values a stream adds to its span when it ends. */
type StreamSpanAttributes = Record<string, string | number | boolean | undefined>;

/**
 * What an AI SDK `onFinish` event (`streamText`, `streamObject`) carries that a span records. Declared
 * here rather than inferred: the AI SDK types `onFinish` as `StreamTextOnFinishCallback<NoInfer<TOOLS>>`,
 * so a generic helper gets no event type from it (node_modules/ai/dist/index.d.ts, `streamText` options).
 * `streamObject`'s `object` is left out on purpose: naming it would make `streamObject` infer its result
 * type from this declaration instead of the schema; read it with `"object" in event`.
 */
interface AiSdkStreamEnd {
  text?: string;
  finishReason?: string;
  toolCalls?: unknown;
  response?: { id?: string; modelId?: string };
  usage?: AiSdkUsage;
  totalUsage?: AiSdkUsage;
}

interface AiSdkUsage {
  inputTokens?: number;
  outputTokens?: number;
  totalTokens?: number;
}

/**
 * AI SDK `onFinish`: records what the finished stream reports, ends the span, then runs the app's own
 * `onFinish` (when it had one) with the same event and returns what it returns. Without the app's
 * callback the helper is not generic, so it lends `streamObject` no type to infer its result from.
 */
function endSpanOnFinish(
  span: Sentry.Span,
  attributesOf: (event: AiSdkStreamEnd) => StreamSpanAttributes,
): (event: AiSdkStreamEnd) => void;
function endSpanOnFinish<Event extends AiSdkStreamEnd, Result>(
  span: Sentry.Span,
  attributesOf: (event: Event) => StreamSpanAttributes,
  onFinish: (event: Event) => Result,
): (event: Event) => Result | undefined;
function endSpanOnFinish<Event extends AiSdkStreamEnd, Result>(
  span: Sentry.Span,
  attributesOf: (event: Event) => StreamSpanAttributes,
  onFinish?: (event: Event) => Result,
): (event: Event) => Result | undefined {
  return (event) => {
    if (span.isRecording()) {
      try {
        span.setAttributes(attributesOf(event));
      } catch {
        // a reading gone wrong loses attributes, never the app's callback
      }
      span.end();
    }
    return onFinish?.(event);
  };
}

/**
 * AI SDK `onError`: marks and ends the span, then runs the app's `onError`, or, when the app had none,
 * what the AI SDK does without one (`console.error(error)`, node_modules/ai/dist/index.js `streamText`):
 * passing any `onError` replaces that default.
 */
function endSpanOnError<Event extends { error: unknown } = { error: unknown }, Result = void>(
  span: Sentry.Span,
  onError?: (event: Event) => Result,
): (event: Event) => Result | undefined {
  return (event) => {
    if (span.isRecording()) {
      span.setStatus({ code: 2, message: "internal_error" });
      span.end();
    }
    if (onError) return onError(event);
    console.error(event.error);
    return undefined;
  };
}

/**
 * AI SDK `onAbort` (`streamText` only): ends the span (an abort is the app's choice, not a failure), then
 * the app's `onAbort`. Not generic: `onAbort` is typed with the call's tool set, which a generic helper
 * would infer as `never` from an option that has no tools yet.
 */
function endSpanOnAbort(
  span: Sentry.Span,
  onAbort?: (event: never) => void | PromiseLike<void>,
): (event: unknown) => void | PromiseLike<void> {
  return (event) => {
    if (span.isRecording()) span.end();
    return onAbort?.(event as never);
  };
}
