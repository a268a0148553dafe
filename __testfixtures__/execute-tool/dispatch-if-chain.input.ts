// Hand-rolled dispatch of Anthropic tool_use blocks with an if / else-if chain on the tool's name.
import type Anthropic from "@anthropic-ai/sdk";

async function searchDocs(input: unknown): Promise<string[]> {
  return [`doc for ${JSON.stringify(input)}`];
}

function calculator(input: { expression: string }): number {
  return input.expression.length;
}

export async function runTool(block: Anthropic.Messages.ToolUseBlock): Promise<unknown> {
  if (block.name === "search_docs") {
    return await searchDocs(block.input);
  } else if (block.name === "calculator") return calculator(block.input as { expression: string });
  throw new Error(`unknown tool: ${block.name}`);
}
