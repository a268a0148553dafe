import type { RuleMeta } from "../types";

export const malformedSpan: RuleMeta = {
  id: "malformed-span",
  defaultSeverity: "error",
  description: "A hand-written gen_ai span breaks Sentry's conventions (op, name, operation name or required attributes).",
  help:
    "Sentry classifies gen_ai spans by `gen_ai.operation.name` and names them `<operation> <subject>`. Use a known op " +
    "(`gen_ai.chat`, `gen_ai.invoke_agent`, `gen_ai.execute_tool`, `gen_ai.handoff`, ...), name the span " +
    "`chat <model>` / `invoke_agent <agent>` / `execute_tool <tool>` / `handoff from <agent> to <agent>`, set " +
    "`gen_ai.operation.name` to the op's operation, and set `gen_ai.request.model` on model calls, " +
    "`gen_ai.agent.name` on agent runs and `gen_ai.tool.name` on tool runs.",
};
