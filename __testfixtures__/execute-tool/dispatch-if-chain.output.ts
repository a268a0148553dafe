// Hand-rolled dispatch of Anthropic tool_use blocks with an if / else-if chain on the tool's name.
import type Anthropic from "@anthropic-ai/sdk";
import * as Sentry from "@sentry/node";

async function searchDocs(input: unknown): Promise<string[]> {
  return [`doc for ${JSON.stringify(input)}`];
}

function calculator(input: { expression: string }): number {
  return input.expression.length;
}

export async function runTool(block: Anthropic.Messages.ToolUseBlock): Promise<unknown> {
  if (block.name === "search_docs") {
    return await Sentry.startSpan(
      {
        op: "gen_ai.execute_tool",
        name: "execute_tool search_docs",
        attributes: {
          "gen_ai.operation.name": "execute_tool",
          "gen_ai.tool.name": "search_docs",
          "gen_ai.tool.input": toSpanJson(block.input),
        },
      },
      async (span) => {
        const output = await searchDocs(block.input);
        span.setAttributes({
          "gen_ai.tool.output": toSpanJson(output),
        });
        return output;
      },
    );
  } else if (block.name === "calculator") return Sentry.startSpan(
    {
      op: "gen_ai.execute_tool",
      name: "execute_tool calculator",
      attributes: {
        "gen_ai.operation.name": "execute_tool",
        "gen_ai.tool.name": "calculator",
        "gen_ai.tool.input": toSpanJson(block.input as { expression: string }),
      },
    },
    async (span) => {
      const output = await calculator(block.input as { expression: string });
      span.setAttributes({
        "gen_ai.tool.output": toSpanJson(output),
      });
      return output;
    },
  );
  throw new Error(`unknown tool: ${block.name}`);
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
