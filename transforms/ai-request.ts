/**
 * jscodeshift transform: wraps LLM client calls in Sentry gen_ai spans (agent, tool and handoff spans have
 * their own transforms).
 *   npx jscodeshift -t node_modules/sentry-ai-codemod/dist/transforms/ai-request.js --parser=tsx src/
 * Options: --conventions=legacy --recordInputs=false --recordOutputs=false --skipAutoInstrumented=true
 *          --sentryPackage=@sentry/nextjs --aiSdkLoopsAsAgents=true (generateText tool loops become agent runs)
 */
import { type JscodeshiftFile, jscodeshiftTransform } from "../src/commands/jscodeshift-adapter";

export default function transformer(
  file: JscodeshiftFile,
  _api: unknown,
  options: Record<string, unknown> = {},
): string | undefined {
  return jscodeshiftTransform(file, options, ["ai-request"]);
}

/** jscodeshift: the engine parses TypeScript and JavaScript itself. */
export const parser = "tsx";
