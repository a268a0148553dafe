// CommonJS: @openai/agents loaded with require(); the Sentry namespace is required the same way.
const { Agent, Runner, tool } = require("@openai/agents");
const { z } = require("zod");
const Sentry = require("@sentry/node");

const add = tool({
  name: "add",
  description: "Add two numbers",
  parameters: z.object({ a: z.number(), b: z.number() }),
  execute: async ({ a, b }) =>
    Sentry.startSpan(
      {
        op: "gen_ai.execute_tool",
        name: "execute_tool add",
        attributes: {
          "gen_ai.operation.name": "execute_tool",
          "gen_ai.tool.name": "add",
          "gen_ai.tool.description": "Add two numbers",
          "gen_ai.tool.input": toSpanJson({ a, b }),
        },
      },
      (span) => {
        return recordToolOutput(span, a + b);
      },
    ),
});

const mathAgent = new Agent({ name: "Math Agent", instructions: "Use the tool.", tools: [add] });

async function solve(question) {
  const runner = new Runner();
  const result = await Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent Math Agent",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "Math Agent",
        "gen_ai.request.available_tools": "[{\"name\":\"add\"}]",
        "gen_ai.request.messages": toSpanJson(question),
      },
    },
    async (span) => {
      const response = await runner.run(mathAgent, question);
      span.setAttributes({
        "gen_ai.response.text": toSpanJson([response?.finalOutput]),
        "gen_ai.usage.input_tokens": response?.state?.usage?.inputTokens,
        "gen_ai.usage.output_tokens": response?.state?.usage?.outputTokens,
        "gen_ai.usage.total_tokens": response?.state?.usage?.totalTokens,
      });
      return response;
    },
  );
  return result.finalOutput;
}

module.exports = { solve };

/** JSON for a Sentry span attribute; never throws into the app, and records nothing for an empty value. */
function toSpanJson(value) {
  try {
    if (value == null || (Array.isArray(value) && value.every((item) => item == null))) return undefined;
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/** Records a tool's output on its Sentry span and returns it unchanged (a promise is recorded when it resolves). */
function recordToolOutput(span, output) {
  if (typeof output?.then === "function") {
    output.then((value) => span.setAttribute("gen_ai.tool.output", toSpanJson(value)), () => undefined);
  } else {
    span.setAttribute("gen_ai.tool.output", toSpanJson(output));
  }
  return output;
}
