// @openai/agents `agent.asTool(...)`: the SDK runs the sub-agent itself (agents-core's `asTool` makes the tool's
// execute and its own Runner), so there is neither a tool body nor a run call here to wrap. The tool object is
// wrapped where it is made: its `invoke` runs in an execute_tool span around the sub-agent's invoke_agent span.
// The writer's run gets its invoke_agent span, and lists the tool by its `toolName`.
import { Agent, run } from "@openai/agents";
import * as Sentry from "@sentry/node";

const researcher = new Agent({ name: "Researcher", instructions: "Research the topic.", model: "gpt-4o-mini" });

const writer = new Agent({
  name: "Writer",
  instructions: "Write a short article; use the research tool first.",
  model: "gpt-4o-mini",
  tools: [withAgentToolSpan(researcher.asTool({ toolName: "research", toolDescription: "Research a topic" }), "Researcher")],
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
      },
    },
    async (span) => {
      const response = await run(writer, sentryRecordInput(span, "gen_ai.request.messages", topic));
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

/** Runs an agent used as a tool in Sentry execute_tool and invoke_agent spans; the tool object is returned as it is. */
function withAgentToolSpan<T extends { name: string; description?: string; invoke: (...args: never[]) => Promise<unknown> }>(tool: T, agentName: string | undefined): T {
  const invoke = tool.invoke as unknown as (...args: unknown[]) => Promise<unknown>;
  const traced = function (this: unknown, ...args: unknown[]): Promise<unknown> {
    return Sentry.startSpan(
      {
        op: "gen_ai.execute_tool",
        name: `execute_tool ${tool.name}`,
        attributes: {
          "gen_ai.operation.name": "execute_tool",
          "gen_ai.tool.name": tool.name,
          "gen_ai.tool.description": tool.description,
          "gen_ai.tool.input": sentryRecordsAiContent("inputs") ? (typeof args[1] === "string" ? args[1] : toSpanJson(args[1])) : undefined,
        },
      },
      (span) =>
        Sentry.startSpan(
          { op: "gen_ai.invoke_agent", name: agentName ? `invoke_agent ${agentName}` : "invoke_agent", attributes: { "gen_ai.operation.name": "invoke_agent", "gen_ai.agent.name": agentName } },
          async () => {
            const output = await invoke.apply(this, args);
            if (sentryRecordsAiContent("outputs")) span.setAttribute("gen_ai.tool.output", toSpanJson(output));
            return output;
          },
        ),
    );
  };
  tool.invoke = traced as unknown as T["invoke"];
  return tool;
}
