import { jscodeshiftTransform } from "../src/commands/jscodeshift-adapter";

/**
 * jscodeshift-compatible transform: wraps tool bodies (`tool({ execute })` of OpenAI Agents, AI SDK, LangChain, Mastra, MCP) and hand-rolled tool dispatch in `gen_ai.execute_tool` spans.
 *
 *   jscodeshift -t node_modules/sentry-ai-codemod/dist/transforms/execute-tool.js src/
 *
 * Options: --recordInputs=false, --recordOutputs=false, --conventions=legacy, --sentryPackage=@sentry/nextjs.
 * It calls the same engine as the CLI; other kinds of span are left for their own transforms.
 */
export default function transformer(
  file: { path: string; source: string },
  _api: unknown,
  options: Record<string, unknown> = {},
): string | undefined {
  return jscodeshiftTransform(file, options, ["execute-tool"]);
}

/** jscodeshift: the engine parses TypeScript and JavaScript itself. */
export const parser = "tsx";
