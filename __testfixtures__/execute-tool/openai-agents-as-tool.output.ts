// @openai/agents `agent.asTool(...)`: the SDK runs the sub-agent itself (agents-core's `asTool` makes the tool's
// execute and its own Runner), so there is neither a tool body nor a run call here to wrap. The site is reported
// for manual work; the writer's run gets its invoke_agent span, and lists the tool by its `toolName`.
import { Agent, run } from "@openai/agents";
import * as Sentry from "@sentry/node";

const researcher = new Agent({ name: "Researcher", instructions: "Research the topic.", model: "gpt-4o-mini" });

const writer = new Agent({
  name: "Writer",
  instructions: "Write a short article; use the research tool first.",
  model: "gpt-4o-mini",
  tools: [researcher.asTool({ toolName: "research", toolDescription: "Research a topic" })],
});

export async function write(topic: string) {
  const result = await Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent Writer",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "Writer",
        "gen_ai.request.model": "gpt-4o-mini",
        "gen_ai.request.available_tools": "[{\"name\":\"research\"}]",
        "gen_ai.request.messages": sentryRecordsAiContent("inputs") ? toSpanJson([{ role: "user", content: topic }]) : undefined,
      },
    },
    async (span) => {
      const response = await run(writer, topic);
      span.setAttributes({
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response?.finalOutput]) : undefined,
        "gen_ai.usage.input_tokens": response?.state?.usage?.inputTokens,
        "gen_ai.usage.output_tokens": response?.state?.usage?.outputTokens,
        "gen_ai.usage.total_tokens": response?.state?.usage?.totalTokens,
      });
      return response;
    },
  );
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
