import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { PassThrough } from "node:stream";
import { runCheck } from "../../src/commands/check/run-check";
import { WORKER_THRESHOLD } from "../../src/commands/check/worker-pool";
import { runInstrument } from "../../src/commands/instrument/command";
import { DEFAULT_EXTENSIONS } from "../../src/engine/engine";
import { DEFAULT_ENGINE_OPTIONS } from "../../src/core/types";
import { sourceWorkerEntry } from "../commands/check/worker-entry";

/**
 * `agentClasses` and `toolFactories` from sentry-ai-codemod.config.json: `check` reports their runs and tools,
 * and `instrument` (which reads the same file) wraps them, in a project that imports them from a package.
 */
const CONFIG = {
  agentClasses: [{ module: "@acme/agents", export: "SupportBot" }],
  toolFactories: [{ module: "@acme/agents", export: "defineTool" }],
};

const BOT = [
  'import { SupportBot } from "@acme/agents";',
  "",
  "export async function answer(question: string) {",
  '  return new SupportBot({ name: "support" }).run(question);',
  "}",
  "",
].join("\n");

const TOOLS = [
  'import { defineTool } from "@acme/agents";',
  "",
  "export const lookupOrder = defineTool({",
  '  name: "lookup_order",',
  '  description: "Look up an order",',
  "  execute: async ({ id }: { id: string }) => `order ${id}: shipped`,",
  "});",
  "",
].join("\n");

const TO_SPAN_JSON = [
  "/** JSON for a Sentry span attribute; never throws into the app, and records nothing for an empty value. */",
  "function toSpanJson(value: unknown): string | undefined {",
  "  try {",
  "    if (value == null || (Array.isArray(value) && value.every((item) => item == null))) return undefined;",
  "    return JSON.stringify(value);",
  "  } catch {",
  "    return undefined;",
  "  }",
  "}",
  "",
];

const BOT_INSTRUMENTED = [
  'import { SupportBot } from "@acme/agents";',
  'import * as Sentry from "@sentry/node";',
  "",
  "export async function answer(question: string) {",
  "  return Sentry.startSpan(",
  "    {",
  '      op: "gen_ai.invoke_agent",',
  '      name: "invoke_agent support",',
  "      attributes: {",
  '        "gen_ai.operation.name": "invoke_agent",',
  '        "gen_ai.agent.name": "support",',
  "      },",
  "    },",
  "    async (span) => {",
  '      const response = await new SupportBot({ name: "support" }).run(sentryRecordInput(span, "gen_ai.request.messages", question));',
  "      span.setAttributes({",
  '        "gen_ai.response.text": toSpanJson([response]),',
  "      });",
  "      return response;",
  "    },",
  "  );",
  "}",
  "",
  ...TO_SPAN_JSON,
  "/** Records an AI request's input on its span and returns it unchanged; never throws into the app. */",
  "function sentryRecordInput<T>(span: Sentry.Span, key: string, value: T): T {",
  "  try {",
  "    const recorded =",
  '      typeof value === "string" && key !== "gen_ai.request.messages"',
  "        ? value",
  '        : toSpanJson(typeof value === "string" ? [{ role: "user", content: value }] : value);',
  "    if (recorded !== undefined) span.setAttribute(key, recorded);",
  "  } catch {",
  "    // Recording must not change what the app sends.",
  "  }",
  "  return value;",
  "}",
  "",
].join("\n");

const TOOLS_INSTRUMENTED = [
  'import { defineTool } from "@acme/agents";',
  'import * as Sentry from "@sentry/node";',
  "",
  "export const lookupOrder = defineTool({",
  '  name: "lookup_order",',
  '  description: "Look up an order",',
  '  execute: async ({ id }: { id: string }) => runInToolSpan("lookup_order", "Look up an order", { id }, async () => `order ${id}: shipped`),',
  "});",
  "",
  ...TO_SPAN_JSON,
  "/** Runs a tool's body in a Sentry execute_tool span; its result (a promise stays a promise) and errors pass through. */",
  "function runInToolSpan<R>(name: string | undefined, description: string | undefined, input: unknown, body: () => R): R {",
  "  return Sentry.startSpan(",
  "    {",
  '      op: "gen_ai.execute_tool",',
  '      name: name ? `execute_tool ${name}` : "execute_tool",',
  "      attributes: {",
  '        "gen_ai.operation.name": "execute_tool",',
  '        "gen_ai.tool.name": name,',
  '        "gen_ai.tool.description": description,',
  '        "gen_ai.tool.input": toSpanJson(input),',
  "      },",
  "    },",
  "    (span) => {",
  "      const output = body();",
  '      const record = (value: unknown) => span.setAttribute("gen_ai.tool.output", toSpanJson(value));',
  '      if (typeof (output as { then?: unknown } | null | undefined)?.then === "function") {',
  "        (output as unknown as PromiseLike<unknown>).then(record, () => undefined);",
  "      } else {",
  "        record(output);",
  "      }",
  "      return output;",
  "    },",
  "  );",
  "}",
  "",
].join("\n");

let project: string;
const write = (file: string, text: string): void => {
  fs.mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
  fs.writeFileSync(path.join(project, file), text);
};
const read = (file: string): string => fs.readFileSync(path.join(project, file), "utf8");

beforeEach(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), "config-frameworks-"));
  write("sentry-ai-codemod.config.json", JSON.stringify(CONFIG, null, 2));
  write("src/bot.ts", BOT);
  write("src/tools.ts", TOOLS);
});

afterEach(() => fs.rmSync(project, { recursive: true, force: true }));

async function instrument(): Promise<{ code: number; stderr: string }> {
  const stderr = new PassThrough();
  let text = "";
  stderr.on("data", (chunk: Buffer) => (text += chunk.toString()));
  const code = await runInstrument({
    cwd: project,
    paths: [path.join(project, "src")],
    // `--record-inputs always --record-outputs always`: the expected text leaves out the run-time privacy gate.
    engine: { ...DEFAULT_ENGINE_OPTIONS, recordInputsAuto: false, recordOutputsAuto: false },
    extensions: DEFAULT_EXTENSIONS,
    ignore: [],
    dryRun: false,
    force: true,
    prettier: false,
    json: false,
    color: false,
    stdout: new PassThrough(),
    stderr,
  });
  return { code, stderr: text };
}

const brief = (
  findings: Array<{ ruleId: string; file: string; line: number; column: number; message: string }>,
): string[] =>
  findings.map((finding) => `${finding.ruleId} ${finding.file}:${finding.line}:${finding.column} ${finding.message}`);

describe("agent classes and tool factories from the config file", () => {
  it("check reports the runs and tools they declare as missing spans", async () => {
    const result = await runCheck({ cwd: project, workers: 0 });
    expect(brief(result.findings)).toEqual([
      'missing-span src/bot.ts:4:10 Agent run `new SupportBot(...).run` is not inside a gen_ai.invoke_agent span: run with --fix to wrap it in span "invoke_agent support".',
      'missing-span src/tools.ts:3:28 Tool function `defineTool` is not inside a gen_ai.execute_tool span: run with --fix to wrap it in span "execute_tool lookup_order".',
    ]);
    expect(result.exitCode).toBe(1);
  });

  it("without them, the same code is not an agent run or a tool", async () => {
    write("sentry-ai-codemod.config.json", "{}");
    const result = await runCheck({ cwd: project, workers: 0 });
    expect(result.findings).toEqual([]);
    expect(result.errors).toEqual([]);
  });

  it("instrument reads the same config file and wraps them; check then passes and a second run changes nothing", async () => {
    expect(await instrument()).toMatchObject({ code: 0 });
    expect(read("src/bot.ts")).toBe(BOT_INSTRUMENTED);
    expect(read("src/tools.ts")).toBe(TOOLS_INSTRUMENTED);
    const after = await runCheck({ cwd: project, workers: 0 });
    expect(after.findings).toEqual([]);
    expect(after.exitCode).toBe(0);
    await instrument();
    expect(read("src/bot.ts")).toBe(BOT_INSTRUMENTED);
    expect(read("src/tools.ts")).toBe(TOOLS_INSTRUMENTED);
  });

  it("instrument stops with exit code 2 on a bad config file, naming the key", async () => {
    write(
      "sentry-ai-codemod.config.json",
      JSON.stringify({ agentClasses: [{ module: "@acme/agents", export: "support-bot" }] }),
    );
    const { code, stderr } = await instrument();
    expect(code).toBe(2);
    expect(stderr).toContain('agentClasses[0].export: expected an export name, got "support-bot"');
    expect(read("src/bot.ts")).toBe(BOT);
  });

  it("reaches check's worker threads (the frameworks are plain data)", async () => {
    for (let index = 0; index < WORKER_THRESHOLD; index++) write(`src/bots/bot-${index}.ts`, BOT);
    const inThread = await runCheck({ cwd: project, workers: 0 });
    const onWorkers = await runCheck({ cwd: project, workers: 1, workerEntry: sourceWorkerEntry() });
    expect(onWorkers.workerThreads).toBe(1);
    expect(onWorkers.findings).toHaveLength(WORKER_THRESHOLD + 2);
    expect(onWorkers.findings).toEqual(inThread.findings);
  });
});
