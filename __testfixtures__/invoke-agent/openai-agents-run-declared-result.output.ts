// @openai/agents: a run whose result variable has a declared type (as human-in-the-loop apps keep it across
// turns). The run's generic result type is inferred from that annotation; moved into the span's callback, the
// call's `const` carries the same annotation, or `RunResult<undefined, ...>` would not be assignable to it.
import { Agent, run, type RunResult } from "@openai/agents";
import * as Sentry from "@sentry/node";

const agent = new Agent({ name: "Basic test agent", instructions: "You are a helpful assistant.", model: "gpt-4.1-mini" });

export async function main(question: string) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let result: RunResult<unknown, Agent<unknown, any>> = await Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent Basic test agent",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "Basic test agent",
        "gen_ai.request.model": "gpt-4.1-mini",
      },
    },
    async (span) => {
      const response: RunResult<unknown, Agent<unknown, any>> = await run(agent, sentryRecordInput(span, "gen_ai.request.messages", question));
      span.setAttributes({
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response?.finalOutput]) : undefined,
        "gen_ai.usage.input_tokens": response?.state?.usage?.inputTokens,
        "gen_ai.usage.output_tokens": response?.state?.usage?.outputTokens,
        "gen_ai.usage.total_tokens": response?.state?.usage?.totalTokens,
      });
      return response;
    },
  );
  while (result.interruptions?.length > 0) {
    result = await Sentry.startSpan(
      {
        op: "gen_ai.invoke_agent",
        name: "invoke_agent Basic test agent",
        attributes: {
          "gen_ai.operation.name": "invoke_agent",
          "gen_ai.agent.name": "Basic test agent",
          "gen_ai.request.model": "gpt-4.1-mini",
        },
      },
      async (span) => {
        const response = await run(agent, sentryRecordInput(span, "gen_ai.request.messages", result.state));
        span.setAttributes({
          "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response?.finalOutput]) : undefined,
          "gen_ai.usage.input_tokens": response?.state?.usage?.inputTokens,
          "gen_ai.usage.output_tokens": response?.state?.usage?.outputTokens,
          "gen_ai.usage.total_tokens": response?.state?.usage?.totalTokens,
        });
        return response;
      },
    );
  }
  return result.finalOutput;
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
