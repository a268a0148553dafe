// CommonJS: @openai/agents loaded with require(); the Sentry namespace is required the same way.
const { Agent, Runner, tool } = require("@openai/agents");
const { z } = require("zod");

const add = tool({
  name: "add",
  description: "Add two numbers",
  parameters: z.object({ a: z.number(), b: z.number() }),
  execute: async ({ a, b }) => a + b,
});

const mathAgent = new Agent({ name: "Math Agent", instructions: "Use the tool.", tools: [add] });

async function solve(question) {
  const runner = new Runner();
  const result = await runner.run(mathAgent, question);
  return result.finalOutput;
}

module.exports = { solve };
