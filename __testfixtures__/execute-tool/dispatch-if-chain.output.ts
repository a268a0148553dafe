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
          "gen_ai.tool.input": sentryRecordsAiContent("inputs") ? toSpanJson(block.input) : undefined,
        },
      },
      async (span) => {
        const output = await searchDocs(block.input);
        span.setAttributes({
          "gen_ai.tool.output": sentryRecordsAiContent("outputs") ? toSpanJson(output) : undefined,
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
        "gen_ai.tool.input": sentryRecordsAiContent("inputs") ? toSpanJson(block.input as { expression: string }) : undefined,
      },
    },
    async (span) => {
      const output = await calculator(block.input as { expression: string });
      span.setAttributes({
        "gen_ai.tool.output": sentryRecordsAiContent("outputs") ? toSpanJson(output) : undefined,
      });
      return output;
    },
  );
  throw new Error(`unknown tool: ${block.name}`);
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
