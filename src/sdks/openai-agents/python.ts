import type { ResponseShape } from "../types/calls";
import { PY_AUTO } from "../sentry-python-integrations";
import type { PyHandoffs, PyRequestShape, PySdkDescriptor, PyToolDecorator } from "../types/python";

const auto = PY_AUTO.openaiAgents;

const RUN_REQUEST: PyRequestShape = {
  agent: { keyword: "starting_agent", position: 0 },
  // a str input is the user's message, a list the input items as given (Sentry's openai-agents integration)
  prompt: { keyword: "input", position: 1, textIsUserMessage: true },
};

/** `RunResult`: the final output and the usage summed over the run. */
const RUN_RESULT: ResponseShape = {
  text: "final_output",
  usage: {
    input: "context_wrapper.usage.input_tokens",
    output: "context_wrapper.usage.output_tokens",
    total: "context_wrapper.usage.total_tokens",
  },
};

/**
 * `Runner.run_streamed` returns a `RunResultStreaming` at once; the run goes on in the asyncio task it keeps in
 * `run_loop_task` (`_run_impl_task` in older releases), which ends after the last event is queued, raises the run's
 * error, or is cancelled (`result.cancel()`), and does not wait for a reader. The result then has the
 * `final_output` and `context_wrapper.usage` of `RunResult`.
 */
const RUN_STREAM = {
  taskAttributes: ["run_loop_task", "_run_impl_task"],
  result: RUN_RESULT,
  recorder: "_sentry_record_agent_run",
};

/** `@function_tool` and its 0.22 alias `@tool`; the first parameter may be a `RunContextWrapper`. */
const FUNCTION_TOOL: PyToolDecorator = {
  name: "function_tool",
  toolName: [{ keyword: "name_override" }],
  toolDescription: [{ keyword: "description_override" }],
  autoInstrumentedBy: auto,
};

/**
 * `Agent(handoffs=[billing, handoff(refunds)])`: the SDK calls `on_handoff(context)` when it hands off;
 * with `input_type=` it calls `on_handoff(context, input)` instead.
 */
const HANDOFFS: PyHandoffs = {
  keyword: "handoffs",
  wrapper: { module: "agents", export: "handoff", target: { keyword: "agent", position: 0 } },
  callbackKeyword: "on_handoff",
  callbackParameters: ["context"],
  changesCallback: ["input_type"],
  autoInstrumentedBy: auto,
  // `Agent` is a dataclass: apps set `agent.handoffs` once every agent exists (agents that hand off to each other).
  attribute: { name: "handoffs", addMethods: ["append", "insert"], listMethods: ["extend"] },
};

export const openaiAgentsPy: PySdkDescriptor = {
  id: "openai-agents",
  displayName: "OpenAI Agents",
  modules: ["agents", "agents.decorators"],
  system: "openai",
  contextTypes: ["RunContextWrapper", "ToolContext"],
  entries: [
    { export: "Agent", how: "construct", produces: "openai-agents.agent" },
    { export: "Runner", how: "value", produces: "openai-agents.runner" },
    { export: "function_tool", how: "tool-decorator", tool: FUNCTION_TOOL },
    { export: "tool", how: "tool-decorator", tool: { ...FUNCTION_TOOL, name: "tool" } },
    { export: "handoff", how: "handoff" },
  ],
  kinds: [
    {
      id: "openai-agents.agent",
      framework: "openai-agents",
      operations: [],
      modelAtCreation: [{ keyword: "model" }],
      nameAtCreation: [{ keyword: "name", position: 0 }],
      handoffs: HANDOFFS,
      factories: [{ path: "clone", produces: "openai-agents.agent", carries: true, nameAt: [{ keyword: "name" }] }],
    },
    {
      id: "openai-agents.runner",
      framework: "openai-agents",
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
        {
          path: "run_streamed",
          operation: "invoke_agent",
          request: RUN_REQUEST,
          response: {},
          streaming: true,
          runStream: RUN_STREAM,
        },
      ],
    },
  ],
};
