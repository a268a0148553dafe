import { jscodeshiftTransform } from "../src/commands/jscodeshift-adapter";

/**
 * jscodeshift-compatible transform for OpenAI Agents handoffs: agents declared with `handoffs` get an `agent_handoff` listener that records a `gen_ai.handoff` span.
 *
 *   jscodeshift -t node_modules/sentry-ai-codemod/dist/transforms/handoff.js src/
 *
 * Options: --recordInputs=false, --recordOutputs=false, --conventions=legacy, --sentryPackage=@sentry/nextjs.
 * It calls the same engine as the CLI; other kinds of span are left for their own transforms.
 */
export default function transformer(
  file: { path: string; source: string },
  _api: unknown,
  options: Record<string, unknown> = {},
): string | undefined {
  return jscodeshiftTransform(file, options, ["handoff"]);
}

/** jscodeshift: the engine parses TypeScript and JavaScript itself. */
export const parser = "tsx";
