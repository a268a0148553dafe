// @openai/agents: streamed runs (`{ stream: true }`) keep their invoke_agent span open until `completed` settles.
import { Agent, run, Runner } from "@openai/agents";
import * as Sentry from "@sentry/node";

const storyteller = new Agent({ name: "Storyteller", instructions: "Tell stories.", model: "gpt-4.1-mini" });

export async function tell(topic: string) {
  const stream = await Sentry.startSpanManual(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent Storyteller",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "Storyteller",
        "gen_ai.request.model": "gpt-4.1-mini",
        "gen_ai.response.streaming": true,
      },
    },
    (span) =>
      endSpanWhenRunSettles(
        span,
        run(storyteller, sentryRecordInput(span, "gen_ai.request.messages", topic), { stream: true }),
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
  await stream.completed;
  return stream.finalOutput;
}

export async function events(topic: string) {
  const runner = new Runner();
  const result = await Sentry.startSpanManual(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent Storyteller",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "Storyteller",
        "gen_ai.request.model": "gpt-4.1-mini",
        "gen_ai.response.streaming": true,
      },
    },
    (span) =>
      endSpanWhenRunSettles(
        span,
        runner.run(storyteller, sentryRecordInput(span, "gen_ai.request.messages", `Tell me about ${topic}`), { stream: true, maxTurns: 3 }),
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
  const seen: string[] = [];
  for await (const event of result) seen.push(event.type);
  return seen;
}

export async function text(topic: string) {
  const result = await Sentry.startSpanManual(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent Storyteller",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "Storyteller",
        "gen_ai.request.model": "gpt-4.1-mini",
        "gen_ai.response.streaming": true,
      },
    },
    (span) => {
      try {
        return endSpanWhenRunSettles(
          span,
          run(storyteller, sentryRecordInput(span, "gen_ai.request.messages", topic.trim().toUpperCase()), { stream: true }),
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
        );
      } catch (error) {
        span.setStatus({ code: 2, message: "internal_error" });
        span.end();
        throw error;
      }
    },
  );
  return result.toTextStream();
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
