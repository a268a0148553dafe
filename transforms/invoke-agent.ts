import { jscodeshiftTransform } from "../src/commands/jscodeshift-adapter";

/**
 * jscodeshift-compatible transform: wraps agent runs (`run(agent, input)`, `Runner.run`, `ToolLoopAgent.generate`, custom `*Agent.run`) in `gen_ai.invoke_agent` spans.
 *
 *   jscodeshift -t node_modules/sentry-ai-codemod/dist/transforms/invoke-agent.js src/
 *
 * Options: --recordInputs=false, --recordOutputs=false, --conventions=legacy, --sentryPackage=@sentry/nextjs,
 * --aiSdkLoopsAsAgents=true (AI SDK `generateText` with tools and a step limit is an agent run).
 * It calls the same engine as the CLI; other kinds of span are left for their own transforms.
 */
export default function transformer(
  file: { path: string; source: string },
  _api: unknown,
  options: Record<string, unknown> = {},
): string | undefined {
  return jscodeshiftTransform(file, options, ["invoke-agent"]);
}

/** jscodeshift: the engine parses TypeScript and JavaScript itself. */
export const parser = "tsx";
