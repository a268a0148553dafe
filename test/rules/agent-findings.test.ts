import * as fs from "node:fs";
import * as path from "node:path";
import { Engine } from "../../src/engine/engine";
import { DEFAULT_ENGINE_OPTIONS } from "../../src/core/types";
import { findingsFromSites } from "../../src/rules/findings";

/** What `check` says about agent fixtures: each tool handler, tool call and handoff is a missing span, look-alikes are not. */
const ROOT = path.resolve(__dirname, "../../__testfixtures__");
const engine = new Engine(DEFAULT_ENGINE_OPTIONS);

async function findings(fixture: string): Promise<string[]> {
  const file = path.join(ROOT, fixture);
  const result = await engine.analyze(file, fs.readFileSync(file, "utf8"));
  return findingsFromSites(result).map(
    (finding) => `${finding.ruleId} ${finding.line}:${finding.column} ${finding.message}`,
  );
}

describe("check on MCP servers and clients", () => {
  it("reports each v2 registerTool handler as a missing execute_tool span named after the tool", async () => {
    expect(await findings("execute-tool/mcp-server-v2-register-tool.input.ts")).toEqual([
      'missing-span 8:1 Tool function `server.registerTool` is not inside a gen_ai.execute_tool span: run with --fix to wrap it in span "execute_tool add".',
      'missing-span 14:1 Tool function `server.registerTool` is not inside a gen_ai.execute_tool span: run with --fix to wrap it in span "execute_tool ping".',
    ]);
  });

  it("reports each client.callTool (v1 and v2) as a missing execute_tool span, named by the tool when it is written out", async () => {
    expect(await findings("execute-tool/mcp-client-call-tool.input.ts")).toEqual([
      'missing-span 9:24 Tool function `client.callTool` is not inside a gen_ai.execute_tool span: run with --fix to wrap it in span "execute_tool add".',
      'missing-span 14:10 Tool function `client.callTool` is not inside a gen_ai.execute_tool span: run with --fix to wrap it in span "execute_tool".',
      'missing-span 18:16 Tool function `client.callTool` is not inside a gen_ai.execute_tool span: run with --fix to wrap it in span "execute_tool".',
      'missing-span 22:10 Tool function `client.callTool` is not inside a gen_ai.execute_tool span: run with --fix to wrap it in span "execute_tool search".',
    ]);
    expect(await findings("execute-tool/mcp-client-v2-call-tool.input.ts")).toEqual([
      'missing-span 9:26 Tool function `this.client.callTool` is not inside a gen_ai.execute_tool span: run with --fix to wrap it in span "execute_tool get_forecast".',
      'missing-span 15:24 Tool function `client.callTool` is not inside a gen_ai.execute_tool span: run with --fix to wrap it in span "execute_tool ping".',
    ]);
  });

  it("reports a callTool whose tool name is computed in the call, and leaves it as it is", async () => {
    const code = [
      'import { Client } from "@modelcontextprotocol/client";',
      "declare function pick(): string;",
      "export const call = (client: Client) => client.callTool({ name: pick(), arguments: {} });",
      "",
    ].join("\n");
    const file = path.join(ROOT, "execute-tool/computed-name.ts");
    const analyzed = await engine.analyze(file, code);
    expect(findingsFromSites(analyzed).map((finding) => finding.message)).toEqual([
      'Tool function `client.callTool` is not inside a gen_ai.execute_tool span, and --fix cannot wrap it here (the tool\'s name is computed inside the call; put the request (or its `name`) in a variable first): wrap it by hand in span "execute_tool".',
    ]);
    expect((await engine.transform(file, code)).output ?? code).toBe(code);
  });

  it("reports nothing on the instrumented outputs or on look-alikes", async () => {
    expect(await findings("execute-tool/mcp-server-v2-register-tool.output.ts")).toEqual([]);
    expect(await findings("execute-tool/negative-mcp-server-look-alike.input.ts")).toEqual([]);
    expect(await findings("execute-tool/mcp-client-call-tool.output.ts")).toEqual([]);
    expect(await findings("execute-tool/mcp-client-v2-call-tool.output.ts")).toEqual([]);
    expect(await findings("execute-tool/negative-mcp-client-look-alike.input.ts")).toEqual([]);
  });
});

describe("check on @openai/agents realtime agents", () => {
  it("reports the realtime tool and the RealtimeAgent's handoffs", async () => {
    expect(await findings("execute-tool/openai-agents-realtime-tool.input.ts")).toEqual([
      'missing-span 6:20 Tool function `tool` is not inside a gen_ai.execute_tool span: run with --fix to wrap it in span "execute_tool get_weather".',
    ]);
    expect(await findings("handoff/openai-agents-realtime-handoffs.input.ts")).toEqual([
      'missing-span 7:14 Handoff `frontDesk.on("agent_handoff")` is not inside a gen_ai.handoff span: run with --fix to wrap it in span "handoff from Front Desk to …".',
    ]);
  });

  it("reports nothing on the outputs or on look-alikes", async () => {
    expect(await findings("execute-tool/openai-agents-realtime-tool.output.ts")).toEqual([]);
    expect(await findings("handoff/openai-agents-realtime-handoffs.output.ts")).toEqual([]);
    expect(await findings("handoff/negative-realtime-look-alike.input.ts")).toEqual([]);
  });
});

describe("check on handoffs set after the agent is made", () => {
  it("reports each agent whose handoffs are assigned or pushed later", async () => {
    expect(await findings("handoff/openai-agents-handoffs-set-later.input.ts")).toEqual([
      'missing-span 5:7 Handoff `triageAgent.on("agent_handoff")` is not inside a gen_ai.handoff span: run with --fix to wrap it in span "handoff from Triage Agent to …".',
      'missing-span 6:7 Handoff `billingAgent.on("agent_handoff")` is not inside a gen_ai.handoff span: run with --fix to wrap it in span "handoff from Billing Agent to …".',
    ]);
    expect(await findings("handoff/openai-agents-realtime-handoffs-push.input.ts")).toEqual([
      'missing-span 4:7 Handoff `frontDesk.on("agent_handoff")` is not inside a gen_ai.handoff span: run with --fix to wrap it in span "handoff from Front Desk to …".',
    ]);
  });

  it("reports nothing on the outputs or on look-alikes", async () => {
    expect(await findings("handoff/openai-agents-handoffs-set-later.output.ts")).toEqual([]);
    expect(await findings("handoff/openai-agents-realtime-handoffs-push.output.ts")).toEqual([]);
    expect(await findings("handoff/negative-handoffs-set-later.input.ts")).toEqual([]);
  });
});

describe("check on openai-agents (Python) handoffs set after the agent is made", () => {
  it("reports each target assigned, appended, inserted or extended onto an agent's handoffs", async () => {
    const lines = (await findings("handoff/openai-agents-handoffs-set-later.input.py")).map((line) =>
      line.replace(/ \(Sentry's .*$/, ""),
    );
    expect(lines).toEqual([
      'missing-span 9:26 Handoff `billing_agent` is not inside a gen_ai.handoff span: run with --fix to wrap it in span "handoff from Triage agent to Billing agent".',
      'missing-span 9:41 Handoff `handoff(refund_agent,tool_name_override="transfer_to_refunds")` is not inside a gen_ai.handoff span: run with --fix to wrap it in span "handoff from Triage agent to Refund agent".',
      'missing-span 10:31 Handoff `triage_agent` is not inside a gen_ai.handoff span: run with --fix to wrap it in span "handoff from Billing agent to Triage agent".',
      'missing-span 11:31 Handoff `escalation_agent` is not inside a gen_ai.handoff span: run with --fix to wrap it in span "handoff from Refund agent to Escalation agent".',
      'missing-span 15:41 Handoff `specialist` is not inside a gen_ai.handoff span: run with --fix to wrap it in span "handoff from Escalation agent to {specialist.name}".',
    ]);
  });

  it("reports nothing on the output or on look-alikes", async () => {
    expect(await findings("handoff/openai-agents-handoffs-set-later.output.py")).toEqual([]);
    expect(await findings("handoff/negative-handoffs-set-later.input.py")).toEqual([]);
  });
});

describe("check on project agent classes that name themselves", () => {
  const spanNames = async (fixture: string): Promise<string[]> =>
    (await findings(fixture))
      .filter((line) => line.includes("invoke_agent span"))
      .map((line) => `${line.split(" ")[1]} ${/span "([^"]+)"\.$/.exec(line)![1]}`);

  it("names a JS agent by its `name` field or constructor default, and by its class name otherwise", async () => {
    expect(await spanNames("invoke-agent/custom-agent-declared-name.input.ts")).toEqual([
      "58:23 invoke_agent LabelledAgent",
      "59:10 invoke_agent NamedRouterAgent",
      "63:24 invoke_agent Router Agent",
      "64:26 invoke_agent Support Desk",
      "65:27 invoke_agent Escalations",
      "66:10 invoke_agent Billing Desk",
    ]);
  });

  it("names a Python agent by its `name` class attribute or `__init__` default, and by its class name otherwise", async () => {
    expect(await spanNames("invoke-agent/custom-agent-declared-name.input.py")).toEqual([
      "9:5 invoke_agent Router Agent",
      "16:5 invoke_agent Support Desk",
      "23:5 invoke_agent PlainAgent",
    ]);
  });

  it("reports nothing on the outputs", async () => {
    expect(await findings("invoke-agent/custom-agent-declared-name.output.ts")).toEqual([]);
    expect(await findings("invoke-agent/custom-agent-declared-name.output.py")).toEqual([]);
  });
});

describe("check on AI SDK agents' streamed runs", () => {
  it("reports each ToolLoopAgent.stream() as a fixable missing invoke_agent span, and an agent with its own onFinish for manual work", async () => {
    const found = await findings("invoke-agent/ai-tool-loop-agent-stream.input.ts");
    expect(found.filter((line) => line.includes("supportAgent.stream"))).toEqual([
      expect.stringMatching(/^missing-span 23:\d+ .*"invoke_agent support-agent"/),
      expect.stringMatching(/^missing-span 28:\d+ .*"invoke_agent support-agent"/),
    ]);
    expect(found.filter((line) => line.includes("loggingAgent.stream"))).toEqual([
      expect.stringMatching(/^streaming-manual 42:\d+ .*the agent is made with `onFinish`/),
    ]);
  });

  it("reports nothing on the output", async () => {
    expect(await findings("invoke-agent/ai-tool-loop-agent-stream.output.ts")).toEqual([
      expect.stringMatching(/^streaming-manual .*loggingAgent\.stream/),
    ]);
  });
});

describe("check on tool functions passed by reference", () => {
  it("reports runTools functions of this file as fixable, and one imported from another module as manual work", async () => {
    // (Each runner is also reported, as a missing chat span of its own.)
    const tools = (fixture: string) =>
      findings(fixture).then((found) => found.filter((finding) => finding.includes(" Tool function ")));
    expect(await tools("execute-tool/openai-run-tools-function-reference.input.ts")).toEqual([
      expect.stringMatching(/^missing-span 21:19 .*run with --fix to wrap it in span "execute_tool getWeather"\.$/),
      expect.stringMatching(/^missing-span 40:19 .*run with --fix to wrap it in span "execute_tool current_time"\.$/),
      expect.stringMatching(
        /^missing-span 60:19 .*--fix cannot wrap it here \(the tool's body is a function defined elsewhere;.*"execute_tool look_up_order"/,
      ),
    ]);
  });

  it("on the output, only the imported function is left", async () => {
    const found = await findings("execute-tool/openai-run-tools-function-reference.output.ts");
    expect(found.filter((finding) => finding.startsWith("missing-span"))).toEqual([
      expect.stringMatching(/^missing-span 138:23 .*function defined elsewhere/),
    ]);
  });
});
