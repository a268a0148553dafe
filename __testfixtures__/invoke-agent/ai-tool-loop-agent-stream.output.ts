// Vercel AI SDK v6: ToolLoopAgent.stream({ prompt }) -> an invoke_agent span named by `id`, open until the stream
// finishes, fails or is aborted: streamText's onFinish / onError / onAbort, which the agent hands on from the run's
// options (its types leave them out, so they are added in a spread). The tools' spans nest under it. An agent
// made with its own onFinish (which the run's would replace) is reported.
import { openai } from "@ai-sdk/openai";
import { ToolLoopAgent, tool } from "ai";
import { z } from "zod";
import * as Sentry from "@sentry/node";

const supportAgent = new ToolLoopAgent({
  id: "support-agent",
  model: openai("gpt-4o"),
  instructions: "You are a helpful support agent.",
  tools: {
    lookup: tool({
      description: "Look an order up",
      inputSchema: z.object({ orderId: z.string() }),
      execute: async ({ orderId }) => runInToolSpan("lookup", "Look an order up", { orderId }, async () => ({ orderId, status: "shipped" })),
    }),
  },
});

export async function answer(question: string) {
  const result = await Sentry.startSpanManual(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent support-agent",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "support-agent",
        "gen_ai.request.model": "gpt-4o",
        "gen_ai.request.available_tools": "[{\"name\":\"lookup\"}]",
        "gen_ai.response.streaming": true,
      },
    },
    (span) =>
      endSpanOnRejection(
        span,
        supportAgent.stream({
          prompt: sentryRecordInput(span, "gen_ai.request.messages", `Customer asks: ${question}`),
          ...{
            onFinish: endSpanOnFinish(span, (eventValue) => ({
              "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([eventValue?.text]) : undefined,
              "gen_ai.usage.input_tokens": eventValue?.totalUsage?.inputTokens,
              "gen_ai.usage.output_tokens": eventValue?.totalUsage?.outputTokens,
              "gen_ai.usage.total_tokens": eventValue?.totalUsage?.totalTokens,
            })),
            onError: endSpanOnError(span),
            onAbort: endSpanOnAbort(span),
          },
        }),
      ),
  );
  return result.toTextStreamResponse();
}

export async function answerMessages(messages: { role: "user"; content: string }[]) {
  const result = await Sentry.startSpanManual(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent support-agent",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "support-agent",
        "gen_ai.request.model": "gpt-4o",
        "gen_ai.request.available_tools": "[{\"name\":\"lookup\"}]",
        "gen_ai.response.streaming": true,
      },
    },
    (span) =>
      endSpanOnRejection(
        span,
        supportAgent.stream({
          messages: sentryRecordInput(span, "gen_ai.request.messages", messages),
          onStepFinish: (step) => console.log(step.finishReason),
          ...{
            onFinish: endSpanOnFinish(span, (eventValue) => ({
              "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([eventValue?.text]) : undefined,
              "gen_ai.usage.input_tokens": eventValue?.totalUsage?.inputTokens,
              "gen_ai.usage.output_tokens": eventValue?.totalUsage?.outputTokens,
              "gen_ai.usage.total_tokens": eventValue?.totalUsage?.totalTokens,
            })),
            onError: endSpanOnError(span),
            onAbort: endSpanOnAbort(span),
          },
        }),
      ),
  );
  for await (const text of result.textStream) process.stdout.write(text);
}

const loggingAgent = new ToolLoopAgent({
  id: "logging-agent",
  model: openai("gpt-4o"),
  onFinish: (event) => console.log(event.totalUsage),
});

export async function logged(question: string) {
  const result = await loggingAgent.stream({ prompt: question });
  return result.toTextStreamResponse();
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

/**
 * A run that hands back its stream through a promise (AI SDK agents' `stream()`): when the promise rejects
 * (the run failed before its stream existed, so no stream callback will run), marks and ends `span` and
 * rejects as before; otherwise hands the result back unchanged, and the stream's own callbacks end the span.
 */
function endSpanOnRejection<Result>(span: Sentry.Span, run: PromiseLike<Result>): Promise<Result> {
  return Promise.resolve(run).then(undefined, (error: unknown) => {
    span.setStatus({ code: 2, message: "internal_error" });
    span.end();
    throw error;
  });
}

/** Runs a tool's body in a Sentry execute_tool span; its result (a promise stays a promise) and errors pass through. */
function runInToolSpan<R>(name: string | undefined, description: string | undefined, input: unknown, body: () => R): R {
  return Sentry.startSpan(
    {
      op: "gen_ai.execute_tool",
      name: name ? `execute_tool ${name}` : "execute_tool",
      attributes: {
        "gen_ai.operation.name": "execute_tool",
        "gen_ai.tool.name": name,
        "gen_ai.tool.description": description,
        "gen_ai.tool.input": sentryRecordsAiContent("inputs") ? toSpanJson(input) : undefined,
      },
    },
    (span) => {
      const output = body();
      const record = (value: unknown) => {
        if (sentryRecordsAiContent("outputs")) span.setAttribute("gen_ai.tool.output", toSpanJson(value));
      };
      if (typeof (output as { then?: unknown } | null | undefined)?.then === "function") {
        (output as unknown as PromiseLike<unknown>).then(record, () => undefined);
      } else {
        record(output);
      }
      return output;
    },
  );
}
