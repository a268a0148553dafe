// @openai/agents: run options held in a `const` object literal (openai-agents-js examples/basic/conversations.ts)
// are read as inline ones when used only by runs: no `stream` key, no stream; `stream: true`, a streamed run whose
// span ends when the run settles. Options that may change before the run (spread, passed elsewhere) stay reported.
import { Agent, run } from "@openai/agents";
import * as Sentry from "@sentry/node";

const agent = new Agent({ name: "Assistant", instructions: "Be concise." });

export async function converse(conversationId: string) {
  const options = { conversationId };
  const first = await Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent Assistant",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "Assistant",
      },
    },
    async (span) => {
      const response = await run(agent, sentryRecordInput(span, "gen_ai.request.messages", "What is the largest country in South America?"), options);
      span.setAttributes({
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response?.finalOutput]) : undefined,
        "gen_ai.usage.input_tokens": response?.state?.usage?.inputTokens,
        "gen_ai.usage.output_tokens": response?.state?.usage?.outputTokens,
        "gen_ai.usage.total_tokens": response?.state?.usage?.totalTokens,
      });
      return response;
    },
  );
  const second = await Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent Assistant",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "Assistant",
      },
    },
    async (span) => {
      const response = await run(agent, sentryRecordInput(span, "gen_ai.request.messages", "What is its capital?"), options);
      span.setAttributes({
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response?.finalOutput]) : undefined,
        "gen_ai.usage.input_tokens": response?.state?.usage?.inputTokens,
        "gen_ai.usage.output_tokens": response?.state?.usage?.outputTokens,
        "gen_ai.usage.total_tokens": response?.state?.usage?.totalTokens,
      });
      return response;
    },
  );
  return [first.finalOutput, second.finalOutput];
}

export async function mayStream(conversationId: string, extra: { maxTurns?: number }) {
  const options = { conversationId, ...extra };
  return run(agent, "Hello", options);
}

export async function changedElsewhere(conversationId: string) {
  const options = { conversationId };
  Object.assign(options, { stream: true });
  return run(agent, "Hello", options);
}

export async function streamFlag(conversationId: string) {
  const options = { conversationId, stream: true as const };
  return Sentry.startSpanManual(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent Assistant",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "Assistant",
        "gen_ai.response.streaming": true,
      },
    },
    (span) =>
      endSpanWhenRunSettles(
        span,
        run(agent, sentryRecordInput(span, "gen_ai.request.messages", "Hello"), options),
        (response) => response.completed,
        (response) =>
          response.cancelled
            ? {}
            : {
                "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response?.finalOutput]) : undefined,
                "gen_ai.usage.input_tokens": response?.state?.usage?.inputTokens,
                "gen_ai.usage.output_tokens": response?.state?.usage?.outputTokens,
                "gen_ai.usage.total_tokens": response?.state?.usage?.totalTokens,
              },
      ),
  );
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
 * Hands back what `request` resolves to once `observe` has instrumented it in place (when `observe` fails, the
 * span ends and the result is still handed back); a failed request ends the span with an error status and
 * rejects as before.
 */
function observeWhenResolved<Result>(
  span: Sentry.Span,
  request: PromiseLike<Result>,
  observe: (result: Result) => void,
): Promise<Result> {
  return Promise.resolve(request).then(
    (result) => {
      try {
        observe(result);
      } catch {
        span.end();
      }
      return result;
    },
    (error: unknown) => {
      span.setStatus({ code: 2, message: "internal_error" });
      span.end();
      throw error;
    },
  );
}

/**
 * Ends `span` when an agent run that streams is done. `settled(result)` is the run's own completion promise:
 * it resolves after the last event, rejects when the run fails, and settles as well when the app cancels the
 * stream or never reads it (the run goes on without a reader). Once it resolves, the attributes are read from
 * the result; a failed run ends the span with an error status and nothing read (its output is not there).
 * The result is handed back untouched, and the app still gets the run's error where it reads it; a run that
 * fails to start ends the span with an error status and rejects as before.
 */
function endSpanWhenRunSettles<Result>(
  span: Sentry.Span,
  request: PromiseLike<Result>,
  settled: (result: Result) => PromiseLike<unknown> | undefined,
  attributesOf: (result: Result) => StreamSpanAttributes,
): Promise<Result> {
  return observeWhenResolved(span, request, (result) => {
    const finish = (failed: boolean): void => {
      if (!span.isRecording()) return;
      try {
        if (!failed) span.setAttributes(attributesOf(result));
      } catch {
        // a reading gone wrong loses attributes, never the app's run
      }
      if (failed) span.setStatus({ code: 2, message: "internal_error" });
      span.end();
    };
    Promise.resolve(settled(result)).then(
      () => finish(false),
      () => finish(true),
    );
  });
}
