import type { ResponseShape } from "../types/calls";
import { PY_AUTO } from "../sentry-python-integrations";
import type { PyRequestShape, PySdkDescriptor } from "../types/python";

const auto = PY_AUTO.pydanticAi;

const RUN_REQUEST: PyRequestShape = {
  // a str prompt is the user's message, as Sentry's pydantic-ai integration records it; a list of parts as given
  prompt: { keyword: "user_prompt", position: 0, textIsUserMessage: true },
};

/** `AgentRunResult`: `output` (older releases `data`), and `usage()` is a method. */
const RUN_RESULT: ResponseShape = {
  text: "output",
  usage: { input: "usage().input_tokens", output: "usage().output_tokens", total: "usage().total_tokens" },
};

const OVERRIDES = {
  toolName: [{ keyword: "name" }],
  toolDescription: [{ keyword: "description" }],
  autoInstrumentedBy: auto,
};

export const pydanticAiPy: PySdkDescriptor = {
  id: "pydantic-ai",
  displayName: "Pydantic AI",
  modules: ["pydantic_ai"],
  providerFromModel: "colon",
  contextTypes: ["RunContext"],
  entries: [{ export: "Agent", how: "construct", produces: "pydantic-ai.agent" }],
  kinds: [
    {
      id: "pydantic-ai.agent",
      framework: "pydantic-ai",
      modelAtCreation: [{ keyword: "model", position: 0 }],
      nameAtCreation: [{ keyword: "name" }],
      nameFromVariable: true,
      toolDecorators: [
        { name: "tool", contextParams: 1, ...OVERRIDES },
        { name: "tool_plain", ...OVERRIDES },
      ],
      operations: [
        {
          path: "run",
          operation: "invoke_agent",
          request: RUN_REQUEST,
          response: RUN_RESULT,
          async: true,
          autoInstrumentedBy: auto,
        },
        {
          path: "run_sync",
          operation: "invoke_agent",
          request: RUN_REQUEST,
          response: RUN_RESULT,
          autoInstrumentedBy: auto,
        },
        { path: "run_stream", operation: "invoke_agent", request: RUN_REQUEST, response: {}, streaming: true },
        { path: "run_stream_events", operation: "invoke_agent", request: RUN_REQUEST, response: {}, streaming: true },
        { path: "iter", operation: "invoke_agent", request: RUN_REQUEST, response: {}, streaming: true },
      ],
    },
  ],
};
