import * as fs from "node:fs";
import * as path from "node:path";
import { Engine } from "../../src/engine/engine";
import { DEFAULT_ENGINE_OPTIONS } from "../../src/core/types";
import { findingsFromSites } from "../../src/rules/findings";

/** What `check` says about the MCP fixtures: each tool handler and tool call is a missing span, look-alikes are not. */
const ROOT = path.resolve(__dirname, "../../__testfixtures__");
const engine = new Engine(DEFAULT_ENGINE_OPTIONS);

async function findings(fixture: string): Promise<string[]> {
  const file = path.join(ROOT, fixture);
  const result = await engine.analyze(file, fs.readFileSync(file, "utf8"));
  return findingsFromSites(result).map((finding) => `${finding.ruleId} ${finding.line}:${finding.column} ${finding.message}`);
}

describe("check on MCP servers and clients", () => {
  it("reports each v2 registerTool handler as a missing execute_tool span named after the tool", async () => {
    expect(await findings("execute-tool/mcp-server-v2-register-tool.input.ts")).toEqual([
      'missing-span 8:1 Tool function `server.registerTool` is not inside a gen_ai.execute_tool span: run with --fix to wrap it in span "execute_tool add".',
      'missing-span 14:1 Tool function `server.registerTool` is not inside a gen_ai.execute_tool span: run with --fix to wrap it in span "execute_tool ping".',
    ]);
  });

  it("reports nothing on the instrumented output or on look-alikes", async () => {
    expect(await findings("execute-tool/mcp-server-v2-register-tool.output.ts")).toEqual([]);
    expect(await findings("execute-tool/negative-mcp-server-look-alike.input.ts")).toEqual([]);
  });
});
